import { describe, expect, it } from "vitest";
import { lineMatrix, randomTours, tourOf } from "@/lib/test-support/tours";
import { NOWHERE, legCostOf, tourFromOrder, tourLength, tourToOrder } from "./tour";
import { tourCost } from "./tour-cost";

// node: 0  1  2  3  4
// x:    0  1  2  3  4
const m = lineMatrix([0, 1, 2, 3, 4]);

describe("tourFromOrder / tourToOrder", () => {
  it("frames an open tour from the start node with NOWHERE as its tail; every stop is free", () => {
    const { tour } = tourOf({ matrix: m, start: 0, returnToStart: false }, [2, 1, 3, 4]);
    expect([...tour.nodes]).toEqual([0, 2, 1, 3, 4, NOWHERE]);
    expect(tour.blocks).toEqual([[1, 4]]);
    expect(tour.free).toEqual([1, 2, 3, 4]);
    // 0→2→1→3→4 = 2 + 1 + 2 + 1; the leg to NOWHERE costs nothing.
    expect(tourLength(tour)).toBe(6);
  });

  it("ends a round trip at the start node and splits the free positions at a pin", () => {
    const { tour } = tourOf({ matrix: m, start: 0, returnToStart: true, pinned: { 3: 1 } }, [1, 3, 2, 4]);
    expect([...tour.nodes]).toEqual([0, 1, 3, 2, 4, 0]);
    expect(tour.blocks).toEqual([
      [1, 1],
      [3, 4],
    ]);
    expect(tour.free).toEqual([1, 3, 4]);
    expect(tourLength(tour)).toBe(1 + 2 + 1 + 2 + 4);
  });

  it("rotates a round trip without a start so the pinned stop is head and tail, and back", () => {
    // Stops 0..4 (no start node); stop 4 pinned at position 2.
    const input = { matrix: m, returnToStart: true, pinned: { 4: 2 } };
    const order = [0, 1, 4, 2, 3];
    const { problem, tour } = tourOf(input, order);
    expect([...tour.nodes]).toEqual([4, 2, 3, 0, 1, 4]);
    expect(tour.blocks).toEqual([[1, 4]]);
    expect(tourToOrder(problem, tour)).toEqual(order);
    // 0→1→4→2→3→0 = 1 + 3 + 2 + 1 + 3
    expect(tourLength(tour)).toBe(10);
  });

  it("round-trips every order and costs it as tourCost does, on 200 random instances", () => {
    for (const { problem, tour } of randomTours(7, 200)) {
      const order = tourToOrder(problem, tour);
      expect(tourLength(tour)).toBeCloseTo(tourCost(order, problem.matrix, problem), 6);
      const again = tourFromOrder(problem, order, tour.leg);
      expect([...again.nodes]).toEqual([...tour.nodes]);
    }
  });
});

describe("legCostOf", () => {
  it("reads the matrix and costs legs to and from NOWHERE as 0", () => {
    const leg = legCostOf([
      [0, 3],
      [4, 0],
    ]);
    expect([leg(0, 1), leg(1, 0), leg(NOWHERE, 1), leg(0, NOWHERE)]).toEqual([3, 4, 0, 0]);
  });
});
