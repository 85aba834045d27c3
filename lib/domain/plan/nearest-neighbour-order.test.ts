import { describe, expect, it } from "vitest";
import { lineMatrix } from "@/lib/test-support/tours";
import { nearestNeighbourOrder } from "./nearest-neighbour-order";
import { normalizeOrderProblem } from "./order-problem";
import { legCostOf } from "./tour";

// node:   0  1  2  3  4  5
// x:      0  5  1  4  2  3
const withStart = lineMatrix([0, 5, 1, 4, 2, 3]);
// The same stops without the start node: node i here is node i + 1 above.
const withoutStart = lineMatrix([5, 1, 4, 2, 3]);

function nearest(input: Parameters<typeof normalizeOrderProblem>[0], first?: number): number[] {
  return nearestNeighbourOrder(normalizeOrderProblem(input), legCostOf(input.matrix), first);
}

describe("nearestNeighbourOrder", () => {
  it("walks from the start to the nearest unvisited stop each time: x 1, 2, 3, 4, 5", () => {
    expect(nearest({ matrix: withStart, start: 0, returnToStart: false })).toEqual([2, 4, 5, 3, 1]);
  });

  it("puts pinned stops at their positions and goes on from them", () => {
    // Stop 1 (x 5) pinned first: then x 4, 3, 2, 1.
    expect(nearest({ matrix: withStart, start: 0, returnToStart: false, pinned: { 1: 0 } })).toEqual([1, 3, 5, 4, 2]);
    // Stop 3 (x 4) pinned last: it is never picked earlier, so x 1, 2, 3, then 5, then 4.
    expect(nearest({ matrix: withStart, start: 0, returnToStart: true, pinned: { 3: 4 } })).toEqual([2, 4, 5, 1, 3]);
  });

  it("without a start opens with `first`, or else with the lowest stop", () => {
    expect(nearest({ matrix: withoutStart, returnToStart: true }, 0)).toEqual([0, 2, 4, 3, 1]);
    expect(nearest({ matrix: withoutStart, returnToStart: true }, 1)).toEqual([1, 3, 4, 2, 0]);
    expect(nearest({ matrix: withoutStart, returnToStart: false })).toEqual([0, 2, 4, 3, 1]);
  });
});
