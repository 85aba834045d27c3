import { describe, expect, it } from "vitest";
import { checkMoveContract, checkSpentBudget } from "@/lib/test-support/move-contract";
import { chainMatrix, orderOf, tourOf } from "@/lib/test-support/tours";
import { swapStops } from "./swap-stops";
import { tourLength } from "./tour";

const never = () => false;

describe("swapStops", () => {
  it("swaps two neighbours on the chain: 1 2 4 3 (cost 13) → 1 2 3 4 (cost 4)", () => {
    const { problem, tour } = tourOf({ matrix: chainMatrix(5), start: 0, returnToStart: false }, [1, 2, 4, 3]);
    expect(tourLength(tour)).toBe(13);
    const better = swapStops(tour, never);
    expect(orderOf(problem, better)).toEqual([1, 2, 3, 4]);
    expect(tourLength(better)).toBe(4);
  });

  it("swaps 3 and 1 across stop 2 pinned second: 3 [2] 1 4 (cost 22) → 1 [2] 3 4 (cost 4)", () => {
    const input = { matrix: chainMatrix(5), start: 0, returnToStart: false, pinned: { 2: 1 } };
    const { problem, tour } = tourOf(input, [3, 2, 1, 4]);
    expect(tourLength(tour)).toBe(22);
    const better = swapStops(tour, never);
    expect(orderOf(problem, better)).toEqual([1, 2, 3, 4]);
    expect(tourLength(better)).toBe(4);
  });

  it("never lengthens a tour, moves a pin or writes to its input (300 random tours)", () => {
    expect(checkMoveContract(swapStops, 13)).toBeGreaterThan(200);
  });

  it("does nothing once the time budget is spent", () => {
    checkSpentBudget(swapStops, tourOf({ matrix: chainMatrix(5), start: 0, returnToStart: false }, [1, 2, 4, 3]).tour);
  });
});
