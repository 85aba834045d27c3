import { describe, expect, it } from "vitest";
import raw from "@/data/guide-data.json";
import { SAMPLE_PLACES } from "@/lib/test-support/sample-places";
import { validateGuideData } from "./guide-data-schema";
import type { SpotInput } from "./known-spot";
import { unlocatedPlaces } from "./unlocated-places";

/** The reviewed data file's places as the map sees them. */
function dataPlaces(): SpotInput[] {
  const data = validateGuideData(raw);
  const villages = new Map(data.villages.map((v) => [v.slug, { slug: v.slug, nameZh: v.nameZh, nameEn: v.nameEn, pinyin: v.pinyin }]));
  return data.places.map((p) => ({
    slug: p.slug,
    kind: p.kind,
    village: p.village === null ? null : (villages.get(p.village) ?? null),
    location: {
      point: p.location.lat !== undefined && p.location.lng !== undefined ? { lng: p.location.lng, lat: p.location.lat } : null,
      precision: p.location.precision,
    },
  }));
}

describe("unlocatedPlaces", () => {
  it("gathers the places without a known spot, in their order", () => {
    expect(unlocatedPlaces(SAMPLE_PLACES).map((p) => p.slug)).toEqual(["jiuge-shangui", "village-miaoling"]);
  });

  it("resolves village points from all places, not only the ones shown", () => {
    // 袁任远故居 alone (filtered to red) still sits at 株木岗村's point when the village is known
    const residence = SAMPLE_PLACES.filter((p) => p.slug === "yuan-renyuan-former-residence");
    expect(unlocatedPlaces(residence, SAMPLE_PLACES)).toEqual([]);
    expect(unlocatedPlaces(residence)).toEqual(residence);
  });

  it("in the reviewed data: 28 of 33 places have no known spot; the 5 others are the seat's three and the canyon's two", () => {
    const places = dataPlaces();
    const unlocated = unlocatedPlaces(places).map((p) => p.slug);
    expect(places).toHaveLength(33);
    expect(unlocated).toHaveLength(28);
    expect(places.filter((p) => !unlocated.includes(p.slug)).map((p) => p.slug).sort()).toEqual(
      ["sanguansi-old-street", "township-government", "village-sanguansi", "zhangjiajie-grand-canyon", "zhangjiajie-grand-canyon-glass-bridge"],
    );
    // 罗潭村 has no point, so its two village-level places are gathered too
    expect(unlocated).toEqual(expect.arrayContaining(["village-luotan", "jiuge-shangui", "luotan-picking-gardens"]));
  });
});
