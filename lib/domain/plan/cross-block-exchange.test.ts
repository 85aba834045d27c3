import { describe, expect, it } from "vitest";
import { checkMoveContract, checkSpentBudget } from "@/lib/test-support/move-contract";
import { chainMatrix, orderOf, tourOf } from "@/lib/test-support/tours";
import { crossBlockExchange } from "./cross-block-exchange";
import { tourLength } from "./tour";

const never = () => false;

describe("crossBlockExchange", () => {
  // Chain 0–1–2–3–4–5 from the start 0, stop 3 pinned at position 2 (the middle).
  const input = { matrix: chainMatrix(6), start: 0, returnToStart: false, pinned: { 3: 2 } };

  it("sends 4 behind the pin and 2 before it, each to its best place: 4 1 [3] 2 5 (cost 41) → 1 2 [3] 4 5 (cost 5)", () => {
    // A plain swap of 4 and 2 would give 2 1 [3] 4 5 (cost 23): the exchange re-inserts each stop.
    const { problem, tour } = tourOf(input, [4, 1, 3, 2, 5]);
    expect(tourLength(tour)).toBe(41);
    const better = crossBlockExchange(tour, never);
    expect(orderOf(problem, better)).toEqual([1, 2, 3, 4, 5]);
    expect(tourLength(better)).toBe(5);
  });

  it("returns the same tour when it is already best", () => {
    const { tour } = tourOf(input, [1, 2, 3, 4, 5]);
    expect(crossBlockExchange(tour, never)).toBe(tour);
  });

  it("never lengthens a tour, moves a pin or writes to its input (300 random tours)", () => {
    // Only tours with two or more blocks can change.
    expect(checkMoveContract(crossBlockExchange, 14)).toBeGreaterThan(100);
  });

  it("does nothing once the time budget is spent", () => {
    checkSpentBudget(crossBlockExchange, tourOf(input, [4, 1, 3, 2, 5]).tour);
  });
});
