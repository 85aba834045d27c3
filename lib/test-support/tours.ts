// Tours for the unit tests of the heuristic's moves (test support, not shipped): hand-made
// matrices whose best tours are obvious, seeded random instances, and the invariants every move
// must keep.
import { buildTravelMatrix } from "@/lib/domain/plan/distance-matrix";
import { normalizeOrderProblem, respectPins, type OrderProblem, type OrderProblemInput } from "@/lib/domain/plan/order-problem";
import { mulberry32 } from "@/lib/domain/plan/seeded-random";
import { legCostOf, tourFromOrder, tourToOrder, type Tour } from "@/lib/domain/plan/tour";
import { randomTownshipPoints } from "./random-township-points";

/** Nodes on a line at the given x positions; cost = |Δx|. */
export function lineMatrix(xs: readonly number[]): number[][] {
  return xs.map((a) => xs.map((b) => Math.abs(a - b)));
}

/**
 * n nodes where only consecutive nodes are close: leg(i, i ± 1) = 1, every other leg 10. The best
 * path from node 0 is 0 → 1 → … → n − 1, cost n − 1, and any other order costs at least 9 more.
 */
export function chainMatrix(n: number): number[][] {
  return Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a === b ? 0 : Math.abs(a - b) === 1 ? 1 : 10)));
}

/** The problem and the tour of `order` under it. */
export function tourOf(input: OrderProblemInput, order: readonly number[]): { problem: OrderProblem; tour: Tour } {
  const problem = normalizeOrderProblem(input);
  return { problem, tour: tourFromOrder(problem, order, legCostOf(problem.matrix)) };
}

/** The visiting order of a tour as a plain array (for toEqual). */
export function orderOf(problem: OrderProblem, tour: Tour): number[] {
  return tourToOrder(problem, tour);
}

/**
 * `count` seeded random instances of 3–14 stops on township points: with and without a start
 * node, open and round trips, 0–3 pins, and a shuffled pin-respecting starting order.
 */
export function randomTours(seed: number, count: number): { problem: OrderProblem; tour: Tour }[] {
  const random = mulberry32(seed);
  const randInt = (m: number): number => Math.floor(random() * m);
  return Array.from({ length: count }, (_, instance) => {
    const k = 3 + randInt(12);
    const withStart = instance % 2 === 0;
    const full = buildTravelMatrix(randomTownshipPoints(random, k + 1), "car");
    const matrix = withStart ? full : full.slice(1).map((row) => row.slice(1));
    const stops = Array.from({ length: k }, (_, i) => (withStart ? i + 1 : i));
    const pinned = new Map<number, number>();
    const pinCount = randInt(4);
    for (let tries = 0; pinned.size < pinCount && tries < 50; tries++) {
      const stop = stops[randInt(k)] as number;
      const pos = randInt(k);
      if (!pinned.has(stop) && ![...pinned.values()].includes(pos)) pinned.set(stop, pos);
    }
    const problem = normalizeOrderProblem({ matrix, start: withStart ? 0 : undefined, returnToStart: instance % 4 < 2, pinned });
    const shuffled = [...stops];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = randInt(i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as number, shuffled[i] as number];
    }
    return { problem, tour: tourFromOrder(problem, respectPins(problem, shuffled), legCostOf(matrix)) };
  });
}

/**
 * What every move must keep, as a list of violations (empty when none): the same stops, each
 * fixed position (head, tail, pins) unchanged, the same frame.
 */
export function moveViolations(before: Tour, after: Tour): string[] {
  const problems: string[] = [];
  if (after.blocks !== before.blocks || after.free !== before.free || after.leg !== before.leg) problems.push("frame changed");
  const a = [...before.nodes].sort((x, y) => x - y).join();
  const b = [...after.nodes].sort((x, y) => x - y).join();
  if (a !== b) problems.push(`stops changed: ${a} → ${b}`);
  const free = new Set(before.free);
  before.nodes.forEach((node, i) => {
    if (!free.has(i) && after.nodes[i] !== node) problems.push(`fixed position ${i} changed: ${node} → ${after.nodes[i]}`);
  });
  return problems;
}
