import { describe, expect, it } from "vitest";
import distance from "@turf/distance";
import { spreadColocated } from "./spread-colocated";

describe("spreadColocated", () => {
  it("keeps a lone place where it is", () => {
    const out = spreadColocated([{ slug: "a", lng: 110.6962, lat: 29.3982, rank: 1 }]);
    expect(out.get("a")).toEqual({ lng: 110.6962, lat: 29.3982 });
  });

  it("puts the best-ranked member of a shared spot in the centre and spreads the rest", () => {
    const items = [
      { slug: "b", lng: 110.65, lat: 29.43, rank: 3 },
      { slug: "seat", lng: 110.651389, lat: 29.428889, rank: 1 },
      { slug: "c", lng: 110.65, lat: 29.43, rank: 3 },
      { slug: "far", lng: 110.61, lat: 29.42, rank: 1 },
    ];
    const out = spreadColocated(items);
    expect(out.get("seat")).toEqual({ lng: 110.651389, lat: 29.428889 });
    expect(out.get("far")).toEqual({ lng: 110.61, lat: 29.42 });
    const b = out.get("b");
    const c = out.get("c");
    if (!b || !c) throw new Error("missing positions");
    // i = 1 and 2 on the spiral: r = 495·√1.5 ≈ 606 m and 495·√2.5 ≈ 783 m from the seat
    // (the layout uses a flat local approximation, so the sphere may differ by a metre).
    expect(Math.round(distance([110.651389, 29.428889], [b.lng, b.lat], { units: "meters" }))).toBe(606);
    expect(Math.round(distance([110.651389, 29.428889], [c.lng, c.lat], { units: "meters" }))).toBe(782);
    // no two markers of the group closer than 1.1 × spacing (550 m)
    expect(Math.round(distance([b.lng, b.lat], [c.lng, c.lat], { units: "meters" }))).toBeGreaterThanOrEqual(605);
  });

  it("does not mutate its input", () => {
    const items = [
      { slug: "x", lng: 110.65, lat: 29.43, rank: 2 },
      { slug: "y", lng: 110.65, lat: 29.43, rank: 1 },
    ];
    const copy = structuredClone(items);
    spreadColocated(items);
    expect(items).toEqual(copy);
  });
});
