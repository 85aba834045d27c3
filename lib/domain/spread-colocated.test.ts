import { describe, expect, it } from "vitest";
import distance from "@turf/distance";
import { spreadColocated } from "./spread-colocated";

describe("spreadColocated", () => {
  it("keeps a lone place where it is", () => {
    const out = spreadColocated([{ slug: "a", lng: 110.6962, lat: 29.3982, rank: 1 }]);
    expect(out.get("a")).toEqual([110.6962, 29.3982]);
  });

  it("puts the best-ranked member of a shared spot in the centre and spreads the rest", () => {
    const items = [
      { slug: "b", lng: 110.65, lat: 29.43, rank: 3 },
      { slug: "seat", lng: 110.651389, lat: 29.428889, rank: 1 },
      { slug: "c", lng: 110.65, lat: 29.43, rank: 3 },
      { slug: "far", lng: 110.61, lat: 29.42, rank: 1 },
    ];
    const out = spreadColocated(items);
    expect(out.get("seat")).toEqual([110.651389, 29.428889]);
    expect(out.get("far")).toEqual([110.61, 29.42]);
    const b = out.get("b");
    const c = out.get("c");
    if (!b || !c) throw new Error("missing positions");
    // i = 1 and 2 on the spiral: r = 330·√1.5 ≈ 404 m and 330·√2.5 ≈ 522 m from the seat
    // (521 m on the sphere: the layout uses a flat local approximation).
    expect(Math.round(distance([110.651389, 29.428889], [...b], { units: "meters" }))).toBe(404);
    expect(Math.round(distance([110.651389, 29.428889], [...c], { units: "meters" }))).toBe(521);
    expect(Math.round(distance([...b], [...c], { units: "meters" }))).toBeGreaterThan(300);
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
