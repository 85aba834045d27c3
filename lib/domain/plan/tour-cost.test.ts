import { describe, expect, it } from "vitest";
import { tourCost } from "./tour-cost";

const m = [
  [0, 1, 2, 3],
  [1, 0, 4, 5],
  [2, 4, 0, 6],
  [3, 5, 6, 0],
];

describe("tourCost", () => {
  it("adds the leg from the start and, when returning, the leg back", () => {
    expect(tourCost([1, 2, 3], m, { start: 0, returnToStart: false })).toBe(1 + 4 + 6);
    expect(tourCost([1, 2, 3], m, { start: 0, returnToStart: true })).toBe(1 + 4 + 6 + 3);
  });

  it("without a start, a return closes the loop to the first stop", () => {
    expect(tourCost([0, 1, 2, 3], m, { returnToStart: false })).toBe(1 + 4 + 6);
    expect(tourCost([0, 1, 2, 3], m, { returnToStart: true })).toBe(1 + 4 + 6 + 3);
  });

  it("is 0 for an empty order and throws for an index outside the matrix", () => {
    expect(tourCost([], m, { start: 0, returnToStart: true })).toBe(0);
    expect(() => tourCost([1, 9], m, { returnToStart: false })).toThrow(RangeError);
  });
});
