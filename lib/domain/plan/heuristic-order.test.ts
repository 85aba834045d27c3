import { describe, expect, it } from "vitest";
import { randomTownshipPoints } from "@/lib/test-support/random-township-points";
import { chainMatrix } from "@/lib/test-support/tours";
import { buildTravelMatrix } from "./distance-matrix";
import { heuristicOrder } from "./heuristic-order";
import { normalizeOrderProblem, respectPins } from "./order-problem";
import { mulberry32 } from "./seeded-random";
import { tourCost } from "./tour-cost";

/** A clock that advances 1 ms each time it is read. */
function tickingClock(): { now: () => number; reads: () => number } {
  let t = 0;
  return { now: () => t++, reads: () => t };
}

describe("heuristicOrder", () => {
  it("finds the chain 1 … 24 from a reversed start order (cost 24, the obvious optimum)", () => {
    const problem = normalizeOrderProblem({ matrix: chainMatrix(25), start: 0, returnToStart: false });
    const reversed = Array.from({ length: 24 }, (_, i) => 24 - i);
    const result = heuristicOrder(problem, { initialOrder: reversed, timeBudgetMs: Infinity });
    expect(result).toEqual({ order: Array.from({ length: 24 }, (_, i) => i + 1), cost: 23 + 1 });
  });

  it("keeps a pinned stop where it is, even on the chain where it costs 18 more", () => {
    // Stop 20 pinned third: the best order runs 1 2 [20] then must come back — 1 2 20 19 … 3 21 22 23 24.
    const problem = normalizeOrderProblem({ matrix: chainMatrix(25), start: 0, returnToStart: false, pinned: { 20: 2 } });
    const result = heuristicOrder(problem, { timeBudgetMs: Infinity });
    expect(result.order[2]).toBe(20);
    expect(result.cost).toBe(tourCost(result.order, problem.matrix, problem));
    // Legs 0–1, 1–2 cost 1; 2→20 costs 10; 20 → 19 → … → 3 costs 17; 3 → 21 costs 10; 21 → 24 costs 3.
    expect(result.cost).toBe(1 + 1 + 10 + 17 + 10 + 3);
  });

  it("stops within a few clock reads of its time budget and still returns a valid order no worse than the input", () => {
    const random = mulberry32(3);
    const matrix = buildTravelMatrix(randomTownshipPoints(random, 61), "car");
    const problem = normalizeOrderProblem({ matrix, start: 0, returnToStart: true, pinned: { 7: 3, 30: 40 } });
    for (const budget of [0, 5, 200]) {
      const clock = tickingClock();
      const result = heuristicOrder(problem, { timeBudgetMs: budget, now: clock.now });
      // The deadline is read at clock 0 as 0 + budget; every step checks the clock before working on.
      // It works until the deadline (60 stops take far more than 200 reads) and stops soon after.
      expect(clock.reads()).toBeGreaterThan(budget);
      expect(clock.reads()).toBeLessThanOrEqual(budget + 12);
      expect(result.order[3]).toBe(7);
      expect(result.order[40]).toBe(30);
      expect(result.cost).toBeLessThanOrEqual(tourCost(respectPins(problem), matrix, problem));
    }
  });

  it("gives the same answer for the same seed when the budget does not bind", () => {
    const random = mulberry32(4);
    const matrix = buildTravelMatrix(randomTownshipPoints(random, 41), "walk");
    const problem = normalizeOrderProblem({ matrix, returnToStart: true, pinned: { 5: 0 } });
    const options = { timeBudgetMs: Infinity, maxKicks: 20, seed: 9 };
    expect(heuristicOrder(problem, options)).toEqual(heuristicOrder(problem, options));
  });
});
