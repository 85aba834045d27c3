import { describe, expect, it } from "vitest";
import { checkMoveContract, checkSpentBudget } from "@/lib/test-support/move-contract";
import { chainMatrix, lineMatrix, orderOf, tourOf } from "@/lib/test-support/tours";
import { orOpt } from "./or-opt";
import { tourLength } from "./tour";

const never = () => false;

describe("orOpt", () => {
  it("moves the far stop 1 to the front on a line: 2 3 4 1 (cost 7) → 1 2 3 4 (cost 4)", () => {
    const { problem, tour } = tourOf({ matrix: lineMatrix([0, 1, 2, 3, 4]), start: 0, returnToStart: false }, [2, 3, 4, 1]);
    expect(tourLength(tour)).toBe(7);
    const better = orOpt(tour, never);
    expect(orderOf(problem, better)).toEqual([1, 2, 3, 4]);
    expect(tourLength(better)).toBe(4);
  });

  it("moves the run 4 3 reversed behind 2 on the chain: 1 4 3 2 (cost 13) → 1 2 3 4 (cost 4)", () => {
    // No single stop can move to a cheaper place here; only the pair, turned round, can.
    const { problem, tour } = tourOf({ matrix: chainMatrix(5), start: 0, returnToStart: false }, [1, 4, 3, 2]);
    const better = orOpt(tour, never);
    expect(orderOf(problem, better)).toEqual([1, 2, 3, 4]);
    expect(tourLength(better)).toBe(4);
  });

  it("leaves a pinned stop in place even when moving it would be cheaper", () => {
    // Stop 1 pinned last; the free stops 2 3 4 are already in their best order.
    const input = { matrix: lineMatrix([0, 1, 2, 3, 4]), start: 0, returnToStart: false, pinned: { 1: 3 } };
    const { tour } = tourOf(input, [2, 3, 4, 1]);
    expect(orOpt(tour, never)).toBe(tour);
  });

  it("never lengthens a tour, moves a pin or writes to its input (300 random tours)", () => {
    expect(checkMoveContract(orOpt, 12)).toBeGreaterThan(200);
  });

  it("does nothing once the time budget is spent", () => {
    checkSpentBudget(orOpt, tourOf({ matrix: chainMatrix(5), start: 0, returnToStart: false }, [1, 4, 3, 2]).tour);
  });
});
