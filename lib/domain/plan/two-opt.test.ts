import { describe, expect, it } from "vitest";
import { checkMoveContract, checkSpentBudget } from "@/lib/test-support/move-contract";
import { chainMatrix, lineMatrix, orderOf, tourOf } from "@/lib/test-support/tours";
import { tourLength } from "./tour";
import { twoOpt } from "./two-opt";

const never = () => false;

describe("twoOpt", () => {
  it("reverses the stretch 4 3 2 of the chain 0–1–2–3–4: cost 1 + 10 + 1 + 1 → 4", () => {
    const { problem, tour } = tourOf({ matrix: chainMatrix(5), start: 0, returnToStart: false }, [1, 4, 3, 2]);
    expect(tourLength(tour)).toBe(13);
    const better = twoOpt(tour, never);
    expect(orderOf(problem, better)).toEqual([1, 2, 3, 4]);
    expect(tourLength(better)).toBe(4);
  });

  it("keeps stop 1 pinned last on a line: 3 2 4 | 1 (cost 9) becomes 2 3 4 | 1 (cost 7), not 1 2 3 4", () => {
    // x = node index; from the start at 0.
    const input = { matrix: lineMatrix([0, 1, 2, 3, 4]), start: 0, returnToStart: false, pinned: { 1: 3 } };
    const { problem, tour } = tourOf(input, [3, 2, 4, 1]);
    expect(tourLength(tour)).toBe(9);
    const better = twoOpt(tour, never);
    expect(orderOf(problem, better)).toEqual([2, 3, 4, 1]);
    expect(tourLength(better)).toBe(7);
  });

  it("returns the same tour when no reversal helps", () => {
    const { tour } = tourOf({ matrix: chainMatrix(5), start: 0, returnToStart: true }, [1, 2, 3, 4]);
    expect(twoOpt(tour, never)).toBe(tour);
  });

  it("never lengthens a tour, moves a pin or writes to its input (300 random tours)", () => {
    expect(checkMoveContract(twoOpt, 11)).toBeGreaterThan(200);
  });

  it("does nothing once the time budget is spent", () => {
    checkSpentBudget(twoOpt, tourOf({ matrix: chainMatrix(5), start: 0, returnToStart: false }, [1, 4, 3, 2]).tour);
  });
});
