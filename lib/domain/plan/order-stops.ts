// Choose the order in which to visit the stops so that the total travel time is least.
//
// Up to EXACT_MAX_STOPS (15) stops — 16 nodes with a start — the order is optimal (Held–Karp);
// beyond that it is a time-bounded heuristic (nearest neighbour + 2-opt + Or-opt + swaps) that is
// never worse than the input order. Pinned stops keep their position in both modes.
import { EXACT_MAX_STOPS, exactOrder } from "./exact-order";
import { heuristicOrder, type HeuristicOptions } from "./heuristic-order";
import { isValidOrder, normalizeOrderProblem, type OrderProblemInput } from "./order-problem";
import { tourCost } from "./tour-cost";

export interface OrderStopsOptions extends OrderProblemInput, HeuristicOptions {
  /** "auto" (default): exact up to 15 stops, heuristic beyond. */
  readonly method?: "auto" | "exact" | "heuristic";
}

export interface OrderStopsResult {
  /** Stop node indices in visiting order (the start node is not included). */
  readonly order: number[];
  /** Total travel cost of `order`, in the matrix's unit (tourCost). */
  readonly cost: number;
  readonly method: "exact" | "heuristic";
}

export function orderStops(options: OrderStopsOptions): OrderStopsResult {
  const problem = normalizeOrderProblem(options);
  const { initialOrder } = options;
  if (initialOrder !== undefined) {
    const asSet = new Set(initialOrder);
    if (initialOrder.length !== problem.stops.length || problem.stops.some((s) => !asSet.has(s))) {
      throw new RangeError("initialOrder must list every stop exactly once");
    }
  }
  const method = options.method ?? "auto";
  const exact = method === "exact" || (method === "auto" && problem.stops.length <= EXACT_MAX_STOPS);
  if (exact) {
    const { order, cost } = exactOrder(problem);
    return { order, cost, method: "exact" };
  }
  const { order } = heuristicOrder(problem, {
    initialOrder,
    timeBudgetMs: options.timeBudgetMs,
    maxPasses: options.maxPasses,
    maxKicks: options.maxKicks,
    seed: options.seed,
    now: options.now,
  });
  if (!isValidOrder(problem, order)) throw new Error("internal error: heuristic produced an invalid order");
  return { order, cost: tourCost(order, problem.matrix, problem), method: "heuristic" };
}
