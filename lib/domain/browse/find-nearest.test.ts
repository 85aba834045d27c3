import { describe, expect, it } from "vitest";
import { findNearest } from "./find-nearest";
import { SAMPLE_PLACES } from "@/lib/test-support/sample-places";
import { knownSpots } from "../known-spot";
import type { LngLat } from "../geo";

/** Independent haversine on Turf's sphere (mean Earth radius 6,371,008.8 m). */
function haversineM({ lng: lng1, lat: lat1 }: LngLat, { lng: lng2, lat: lat2 }: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371008.8 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

const SEAT: LngLat = { lng: 110.651389, lat: 29.428889 };
const ZHUMUGANG: LngLat = { lng: 110.6301, lat: 29.4512 };
const LUOTAN: LngLat = { lng: 110.6712, lat: 29.4105 };
const GLASS_BRIDGE: LngLat = { lng: 110.6962, lat: 29.3982 };

/**
 * The sample places with a known spot, as the panel builds them: 袁任远故居 (village-level) at
 * 株木岗村's point; 九歌山鬼 and 苗岭村 (no known spot) are not candidates at all.
 */
const CANDIDATES = [...knownSpots(SAMPLE_PLACES)].map(([slug, spot]) => ({ slug, ...spot.point }));

describe("findNearest", () => {
  it("the independent haversine gives the pinned metres", () => {
    expect(Math.round(haversineM(SEAT, LUOTAN))).toBe(2804);
    expect(Math.round(haversineM(SEAT, ZHUMUGANG))).toBe(3226);
    expect(Math.round(haversineM(SEAT, GLASS_BRIDGE))).toBe(5521);
    expect(Math.round(haversineM(ZHUMUGANG, LUOTAN))).toBe(6027);
  });

  it("has a candidate for every place with a known spot, and none for the places without one", () => {
    expect(CANDIDATES.map((c) => c.slug).sort()).toEqual(
      ["township-government", "village-luotan", "village-sanguansi", "village-zhumugang", "yuan-renyuan-former-residence", "zhangjiajie-grand-canyon-glass-bridge"],
    );
  });

  it("from a place: excludes itself, keeps same-spot places at 0 m, ties by slug", () => {
    expect(findNearest(CANDIDATES, { slug: "village-sanguansi" }, { count: 10 })).toEqual([
      { slug: "township-government", distanceM: 0 },
      { slug: "village-luotan", distanceM: Math.round(haversineM(SEAT, LUOTAN)) },
      { slug: "village-zhumugang", distanceM: Math.round(haversineM(SEAT, ZHUMUGANG)) },
      { slug: "yuan-renyuan-former-residence", distanceM: Math.round(haversineM(SEAT, ZHUMUGANG)) },
      { slug: "zhangjiajie-grand-canyon-glass-bridge", distanceM: Math.round(haversineM(SEAT, GLASS_BRIDGE)) },
    ]);
    expect(findNearest(CANDIDATES, { slug: "village-sanguansi" }, { count: 10 }).map((n) => n.distanceM)).toEqual([0, 2804, 3226, 3226, 5521]);
  });

  it("defaults to 5 results; a village-level place is at its village's point", () => {
    expect(findNearest(CANDIDATES, { slug: "village-zhumugang" })).toEqual([
      { slug: "yuan-renyuan-former-residence", distanceM: 0 },
      { slug: "township-government", distanceM: 3226 },
      { slug: "village-sanguansi", distanceM: 3226 },
      { slug: "village-luotan", distanceM: 6027 },
      { slug: "zhangjiajie-grand-canyon-glass-bridge", distanceM: Math.round(haversineM(ZHUMUGANG, GLASS_BRIDGE)) },
    ]);
  });

  it("excludeSameSpot drops places at the origin's exact point", () => {
    // the government shares 三官寺村's point
    expect(findNearest(CANDIDATES, { slug: "village-sanguansi" }, { count: 2, excludeSameSpot: true })).toEqual([
      { slug: "village-luotan", distanceM: 2804 },
      { slug: "village-zhumugang", distanceM: 3226 },
    ]);
  });

  it("from a [lng, lat] point nothing is 'itself'", () => {
    expect(findNearest(CANDIDATES, SEAT, { count: 3 })).toEqual([
      { slug: "township-government", distanceM: 0 },
      { slug: "village-sanguansi", distanceM: 0 },
      { slug: "village-luotan", distanceM: 2804 },
    ]);
    expect(findNearest(CANDIDATES, SEAT, { count: 3, excludeSameSpot: true })).toEqual([
      { slug: "village-luotan", distanceM: 2804 },
      { slug: "village-zhumugang", distanceM: 3226 },
      { slug: "yuan-renyuan-former-residence", distanceM: 3226 },
    ]);
  });

  it("handles unknown origins, odd counts and empty input", () => {
    expect(findNearest(CANDIDATES, { slug: "nowhere" })).toEqual([]);
    // a place without a known spot is no origin: it has no candidate
    expect(findNearest(CANDIDATES, { slug: "jiuge-shangui" })).toEqual([]);
    expect(findNearest(CANDIDATES, SEAT, { count: 0 })).toEqual([]);
    expect(findNearest(CANDIDATES, SEAT, { count: -3 })).toEqual([]);
    expect(findNearest(CANDIDATES, SEAT, { count: Number.NaN })).toEqual([]);
    expect(findNearest(CANDIDATES, SEAT, { count: 1.9 })).toHaveLength(1);
    expect(findNearest(CANDIDATES, SEAT, { count: Number.POSITIVE_INFINITY })).toHaveLength(6);
    expect(findNearest([], SEAT)).toEqual([]);
  });

  it("does not mutate its input", () => {
    const before = structuredClone(CANDIDATES);
    findNearest(CANDIDATES, { slug: "village-luotan" }, { count: 10 });
    expect(CANDIDATES).toEqual(before);
  });
});
