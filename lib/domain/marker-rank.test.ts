import { describe, expect, it } from "vitest";
import type { LocationPrecision, PlaceKind } from "./place-kinds";
import { markerRank } from "./marker-rank";
import { spreadColocated } from "./spread-colocated";

const SPOT = { lng: 110.651389, lat: 29.428889 };

function place(slug: string, kind: PlaceKind, precision: LocationPrecision) {
  return { slug, kind, location: { precision } };
}

/** The slug drawn in the centre of the shared spot (spreadColocated keeps it where it is). */
function centreOf(places: ReturnType<typeof place>[]): string[] {
  const out = spreadColocated(places.map((p) => ({ slug: p.slug, ...SPOT, rank: markerRank(p) })));
  return places.filter((p) => {
    const at = out.get(p.slug);
    return at?.lng === SPOT.lng && at.lat === SPOT.lat;
  }).map((p) => p.slug);
}

describe("markerRank", () => {
  it("orders a shared spot: better-known precision first, then the service, then villages, then the rest", () => {
    const places = [
      place("scenic-township", "scenic", "township"),
      place("village-approx", "village", "approximate"),
      place("red-exact", "red", "exact"),
      place("government-village", "service", "village"),
      place("village-exact", "village", "exact"),
      place("camp-approx", "camp", "approximate"),
      place("government-exact", "service", "exact"),
      place("lodging-village", "lodging", "village"),
    ];
    const order = [...places].sort((a, b) => markerRank(a) - markerRank(b)).map((p) => p.slug);
    expect(order).toEqual([
      "government-exact",
      "village-exact",
      "red-exact",
      "village-approx",
      "camp-approx",
      "government-village",
      "lodging-village",
      "scenic-township",
    ]);
  });

  it("draws the township government in the centre of the seat, not the village or a placeholder place", () => {
    expect(
      centreOf([
        place("village-sanguansi", "village", "approximate"),
        place("placeholder-project", "scenic", "township"),
        place("township-government", "service", "approximate"),
      ]),
    ).toEqual(["township-government"]);
  });

  it("puts an exactly known place before the government whose spot is only approximate", () => {
    expect(
      centreOf([place("government", "service", "approximate"), place("old-street", "street", "exact")]),
    ).toEqual(["old-street"]);
  });

  it("puts the village before other places of the same precision", () => {
    expect(centreOf([place("a-homestay", "lodging", "village"), place("village-luotan", "village", "village")])).toEqual([
      "village-luotan",
    ]);
  });
});
