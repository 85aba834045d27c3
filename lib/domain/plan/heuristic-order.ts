// Heuristic stop ordering for tours too large for the exact DP.
//
// 1. Construction: nearest neighbour (from the start node; without one, from up to 16 first stops).
// 2. Local search, first-improvement, until no move improves: 2-opt (reverse a stretch), Or-opt
//    (move a run of 1–3 stops, possibly reversed), swap (exchange two stops) and, with pins, a
//    cross-pin exchange (stop x leaves block A and y leaves block B; each is inserted at its best
//    place in the other block).
// 3. Iterated local search: perturb the best order (a random double bridge inside a block, a random
//    3-cycle of free stops, or — with pins — reversing/rotating the sequence of free stops, which
//    flips the direction of travel relative to the pins), search again, keep the result when it is
//    no worse; up to `maxKicks` times or until the time budget is spent. The perturbations come
//    from a seeded generator, so results are reproducible whenever the budget is not the binding
//    limit.
//
// Pinned stops never move: 2-opt, Or-opt and double bridges act only inside a run of free
// positions between two pins ("block"); the other moves only exchange free positions, keeping
// every block's size. A round trip without a start node is rotated so a pinned stop is its fixed
// head (rotation keeps a cycle's cost). Move gains assume a symmetric matrix (as buildTravelMatrix
// produces); the final comparison uses the exact tour cost, so the result is never worse than the
// input order whatever the matrix.
//
// This file is the orchestration; each step is its own module working on a Tour (tour.ts):
// nearest-neighbour-order.ts, two-opt.ts, or-opt.ts, swap-stops.ts, cross-block-exchange.ts and
// perturb-tour.ts. A move returns a new tour, or its input when it found nothing better.
import { crossBlockExchange } from "./cross-block-exchange";
import { nearestNeighbourOrder } from "./nearest-neighbour-order";
import { orOpt } from "./or-opt";
import { respectPins, type OrderProblem } from "./order-problem";
import { perturbTour } from "./perturb-tour";
import { mulberry32 } from "./seeded-random";
import { swapStops } from "./swap-stops";
import { legCostOf, MIN_GAIN, type OutOfTime, type Tour, tourFromOrder, tourLength, tourToOrder } from "./tour";
import { tourCost } from "./tour-cost";
import { twoOpt } from "./two-opt";

export interface HeuristicOptions {
  /** The order to improve on (default: stops ascending). The result never costs more. */
  readonly initialOrder?: readonly number[];
  /** Wall-clock budget in ms (default 80). */
  readonly timeBudgetMs?: number;
  /** Cap on improvement passes per local search (default 1000). */
  readonly maxPasses?: number;
  /** Cap on perturbation rounds (default 300). */
  readonly maxKicks?: number;
  /** Seed of the perturbation generator (default 1). */
  readonly seed?: number;
  /** Clock in ms (default performance.now); injectable for tests. */
  readonly now?: () => number;
}

/** Local search: passes of every move until none improves, the pass cap or the budget. */
function localSearch(tour: Tour, maxPasses: number, outOfTime: OutOfTime): Tour {
  let current = tour;
  for (let pass = 0; pass < maxPasses && !outOfTime(); pass++) {
    const before = current;
    current = twoOpt(current, outOfTime);
    current = orOpt(current, outOfTime);
    current = swapStops(current, outOfTime);
    if (current.blocks.length > 1) current = crossBlockExchange(current, outOfTime);
    if (current === before) break;
  }
  return current;
}

/** Iterated local search from `tour`: kick the best tour so far, search again, keep it when no worse. */
function iteratedLocalSearch(
  tour: Tour,
  opts: { readonly kicks: number; readonly maxPasses: number; readonly random: () => number; readonly outOfTime: OutOfTime },
): Tour {
  const { kicks, maxPasses, random, outOfTime } = opts;
  let best = localSearch(tour, maxPasses, outOfTime);
  let bestCost = tourLength(best);
  for (let kick = 0; kick < kicks && !outOfTime(); kick++) {
    const candidate = localSearch(perturbTour(best, random), maxPasses, outOfTime);
    const cost = tourLength(candidate);
    if (cost <= bestCost + MIN_GAIN) {
      bestCost = Math.min(bestCost, cost);
      best = candidate;
    }
  }
  return best;
}

export function heuristicOrder(problem: OrderProblem, options: HeuristicOptions = {}): { order: number[]; cost: number } {
  const { stops, matrix, start, returnToStart, pinAt } = problem;
  const opts = { start, returnToStart };
  const input = respectPins(problem, options.initialOrder);
  const inputCost = tourCost(input, matrix, opts);
  if (stops.length === 0) return { order: input, cost: inputCost };

  const now = options.now ?? (() => performance.now());
  const deadline = now() + (options.timeBudgetMs ?? 80);
  const search = {
    kicks: options.maxKicks ?? 300,
    maxPasses: options.maxPasses ?? 1000,
    random: mulberry32(options.seed ?? 1),
    outOfTime: () => now() > deadline,
  };
  const leg = legCostOf(matrix);
  const improve = (order: readonly number[]): number[] =>
    tourToOrder(problem, iteratedLocalSearch(tourFromOrder(problem, order, leg), search));

  let best = input;
  let bestCost = inputCost;
  const consider = (order: number[]): void => {
    const cost = tourCost(order, matrix, opts);
    if (cost < bestCost - MIN_GAIN) {
      best = order;
      bestCost = cost;
    }
  };
  // Construction: nearest neighbour from the start node; without one, from up to 16 first stops.
  const pinned = new Set(pinAt.filter((p) => p !== -1));
  const firstCandidates: (number | undefined)[] =
    start !== undefined || pinAt[0] !== -1 ? [undefined] : stops.filter((s) => !pinned.has(s)).slice(0, 16);
  const constructed = firstCandidates
    .map((first) => nearestNeighbourOrder(problem, leg, first))
    .map((order) => ({ order, cost: tourCost(order, matrix, opts) }))
    .sort((x, y) => x.cost - y.cost);
  const seedOrder = constructed[0]?.order ?? input;
  consider(seedOrder);
  consider(improve(seedOrder));
  // Budget left (small tours): a second round of search from the best order so far.
  if (!search.outOfTime()) consider(improve(best));
  // `best` started as the (pin-respecting) input order and is only replaced by a cheaper order.
  return { order: best, cost: bestCost };
}
