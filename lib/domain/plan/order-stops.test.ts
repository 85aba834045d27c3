import { describe, expect, it } from "vitest";
import { bruteForceOrder } from "@/lib/test-support/brute-force-order";
import { buildTravelMatrix } from "./distance-matrix";
import { isValidOrder, normalizeOrderProblem, respectPins, type OrderProblemInput } from "./order-problem";
import { orderStops } from "./order-stops";
import { randomTownshipPoints } from "@/lib/test-support/random-township-points";
import { mulberry32 } from "./seeded-random";
import { tourCost } from "./tour-cost";

/** Nodes on a line at the given x positions; cost = |Δx|. */
function lineMatrix(xs: readonly number[]): number[][] {
  return xs.map((a) => xs.map((b) => Math.abs(a - b)));
}

function randomPins(random: () => number, stops: readonly number[], count: number): Map<number, number> {
  const pins = new Map<number, number>();
  const positions = new Set<number>();
  while (pins.size < Math.min(count, stops.length)) {
    const stop = stops[Math.floor(random() * stops.length)] as number;
    const pos = Math.floor(random() * stops.length);
    if (pins.has(stop) || positions.has(pos)) continue;
    pins.set(stop, pos);
    positions.add(pos);
  }
  return pins;
}

function expectPinsKept(order: readonly number[], pins: ReadonlyMap<number, number>): void {
  for (const [stop, pos] of pins) expect(order[pos]).toBe(stop);
}

describe("orderStops — hand-checked cases", () => {
  // node:   0  1  2  3  4  5
  // x:      0  5  1  4  2  3
  const m = lineMatrix([0, 5, 1, 4, 2, 3]);

  it("visits points on a line in order of distance from the start", () => {
    expect(orderStops({ matrix: m, start: 0, returnToStart: false })).toEqual({
      order: [2, 4, 5, 3, 1],
      cost: 5,
      method: "exact",
    });
  });

  it("a stop pinned first forces the far end first: 0→5, then 4, 3, 2, 1 (cost 5 + 4)", () => {
    const result = orderStops({ matrix: m, start: 0, returnToStart: false, pinned: new Map([[1, 0]]) });
    expect(result.order).toEqual([1, 3, 5, 4, 2]);
    expect(result.cost).toBe(9);
  });

  it("accepts pins as a record, and costs a round trip as out and back (2 × 5)", () => {
    const result = orderStops({ matrix: m, start: 0, returnToStart: true, pinned: { 5: 2 } });
    expect(result.order[2]).toBe(5);
    expect(result.cost).toBe(10);
  });

  it("handles 0 and 1 stops", () => {
    expect(orderStops({ matrix: [[0]], start: 0, returnToStart: true })).toEqual({ order: [], cost: 0, method: "exact" });
    expect(orderStops({ matrix: lineMatrix([0, 7]), start: 0, returnToStart: true })).toEqual({
      order: [1],
      cost: 14,
      method: "exact",
    });
    expect(orderStops({ matrix: [[0]], returnToStart: true })).toEqual({ order: [0], cost: 0, method: "exact" });
  });

  it("rejects malformed pins and orders", () => {
    expect(() => orderStops({ matrix: m, start: 0, returnToStart: false, pinned: { 1: 5 } })).toThrow(RangeError);
    expect(() => orderStops({ matrix: m, start: 0, returnToStart: false, pinned: { 1: 0, 2: 0 } })).toThrow(RangeError);
    expect(() => orderStops({ matrix: m, start: 0, returnToStart: false, pinned: { 0: 1 } })).toThrow(RangeError);
    expect(() => orderStops({ matrix: m, start: 6, returnToStart: false })).toThrow(RangeError);
    expect(() => orderStops({ matrix: [[0, 1]], returnToStart: false })).toThrow(RangeError);
    expect(() => orderStops({ matrix: m, start: 0, returnToStart: false, initialOrder: [1, 2, 3] })).toThrow(RangeError);
  });

  it("does not mutate its inputs", () => {
    const matrix = lineMatrix([0, 5, 1, 4, 2, 3]);
    const before = JSON.stringify(matrix);
    const pinned = new Map([[1, 0]]);
    const initialOrder = [5, 4, 3, 2, 1];
    orderStops({ matrix, start: 0, returnToStart: true, pinned, initialOrder, method: "heuristic" });
    orderStops({ matrix, start: 0, returnToStart: true, pinned, initialOrder });
    expect(JSON.stringify(matrix)).toBe(before);
    expect([...pinned]).toEqual([[1, 0]]);
    expect(initialOrder).toEqual([5, 4, 3, 2, 1]);
  });
});

describe("orderStops — exact solver equals brute force", () => {
  it("on 200 random instances of 2–8 stops, with/without start and return, with and without pins", { timeout: 120_000 }, () => {
    const random = mulberry32(20260621);
    const seen = new Set<string>();
    for (let instance = 0; instance < 200; instance++) {
      const k = 2 + (instance % 7); // 2..8 stops
      const points = randomTownshipPoints(random, k + 1);
      const full = buildTravelMatrix(points, instance % 2 === 0 ? "car" : "walk");
      const withoutStart = full.slice(1).map((row) => row.slice(1));
      const pinned = instance % 2 === 1;
      for (const [withStart, returnToStart] of [
        [true, true],
        [true, false],
        [false, true],
        [false, false],
      ] as const) {
        const matrix = withStart ? full : withoutStart;
        const stops = Array.from({ length: k }, (_, i) => (withStart ? i + 1 : i));
        const input: OrderProblemInput = {
          matrix,
          start: withStart ? 0 : undefined,
          returnToStart,
          pinned: pinned ? randomPins(random, stops, 1 + (instance % 3)) : undefined,
        };
        const exact = orderStops(input);
        const brute = bruteForceOrder(input);
        expect(exact.method).toBe("exact");
        expect(exact.cost).toBe(brute.cost);
        expect(isValidOrder(normalizeOrderProblem(input), exact.order)).toBe(true);
        expect(tourCost(exact.order, matrix, input)).toBe(exact.cost);
        if (input.pinned instanceof Map) expectPinsKept(exact.order, input.pinned);
        seen.add(`${k}/${withStart}/${returnToStart}/${pinned}`);
      }
    }
    // Every size × start × return × pins combination occurred.
    expect(seen.size).toBe(7 * 2 * 2 * 2);
  });
});

describe("orderStops — heuristic", () => {
  it("is within 5% of the optimum on 30 random instances of 12–15 stops, and never worse than the input", { timeout: 120_000 }, () => {
    const random = mulberry32(1234);
    const ratios: number[] = [];
    for (let instance = 0; instance < 30; instance++) {
      const k = 12 + (instance % 4);
      const matrix = buildTravelMatrix(randomTownshipPoints(random, k + 1), "car");
      const stops = Array.from({ length: k }, (_, i) => i + 1);
      const variants: OrderProblemInput[] = [
        { matrix, start: 0, returnToStart: true },
        { matrix, start: 0, returnToStart: false },
        {
          matrix: matrix.slice(1).map((row) => row.slice(1)),
          returnToStart: true,
          pinned: randomPins(random, stops.map((s) => s - 1), 1),
        },
        { matrix, start: 0, returnToStart: true, pinned: randomPins(random, stops, 2) },
      ];
      for (const input of variants) {
        const exact = orderStops({ ...input, method: "exact" });
        // An unbounded clock keeps the run deterministic: only the kick/pass caps apply.
        const heuristic = orderStops({ ...input, method: "heuristic", timeBudgetMs: Infinity, maxKicks: 100 });
        const problem = normalizeOrderProblem(input);
        const inputCost = tourCost(problem.stops, matrix, input);
        expect(heuristic.method).toBe("heuristic");
        expect(isValidOrder(problem, heuristic.order)).toBe(true);
        expect(heuristic.cost).toBeGreaterThanOrEqual(exact.cost);
        expect(heuristic.cost).toBeLessThanOrEqual(exact.cost * 1.05);
        ratios.push(heuristic.cost / exact.cost);
        // Given the optimum as the input order, the heuristic must return an optimum too.
        const fromOptimum = orderStops({ ...input, method: "heuristic", initialOrder: exact.order, maxKicks: 0 });
        expect(fromOptimum.cost).toBe(exact.cost);
        expect(heuristic.cost).toBeLessThanOrEqual(inputCost);
      }
    }
    expect(ratios).toHaveLength(120);
  });

  it("keeps pins and never loses to the input order on 50 and 200 stops (time-bounded)", { timeout: 60_000 }, () => {
    const random = mulberry32(99);
    for (const k of [50, 200]) {
      const matrix = buildTravelMatrix(randomTownshipPoints(random, k + 1), "car");
      const stops = Array.from({ length: k }, (_, i) => i + 1);
      const pins = randomPins(random, stops, 5);
      const initialOrder = [...stops].reverse();
      const input = { matrix, start: 0, returnToStart: true, pinned: pins, initialOrder };
      const result = orderStops(input);
      expect(result.method).toBe("heuristic");
      expect(isValidOrder(normalizeOrderProblem(input), result.order)).toBe(true);
      expectPinsKept(result.order, pins);
      expect(tourCost(result.order, matrix, input)).toBe(result.cost);
      // The input order, made to respect the pins, costs at least as much as the answer.
      const pinnedInput = respectPins(normalizeOrderProblem(input), initialOrder);
      expect(result.cost).toBeLessThanOrEqual(tourCost(pinnedInput, matrix, input));
    }
  });

  it("with a zero budget returns the (pin-respecting) input order or better, never worse", () => {
    const random = mulberry32(5);
    const matrix = buildTravelMatrix(randomTownshipPoints(random, 31), "walk");
    const initialOrder = Array.from({ length: 30 }, (_, i) => 30 - i);
    const input = { matrix, start: 0, returnToStart: false, initialOrder };
    const result = orderStops({ ...input, timeBudgetMs: 0 });
    expect(result.cost).toBeLessThanOrEqual(tourCost(initialOrder, matrix, input));
  });

  it("keeps pinned stops at their positions in exact and heuristic mode", () => {
    const random = mulberry32(77);
    const matrix = buildTravelMatrix(randomTownshipPoints(random, 14), "car");
    const pins = new Map([
      [3, 0],
      [7, 5],
      [11, 12],
    ]);
    for (const method of ["exact", "heuristic"] as const) {
      for (const returnToStart of [true, false]) {
        const withStart = orderStops({ matrix, start: 0, returnToStart, pinned: pins, method });
        expectPinsKept(withStart.order, pins);
        const noStart = orderStops({ matrix, returnToStart, pinned: pins, method });
        expectPinsKept(noStart.order, pins);
      }
    }
  });
});
