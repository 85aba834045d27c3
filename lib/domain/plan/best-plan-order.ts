// "Best order": reorders a plan's stops to the shortest total travel time from its start
// (returning to it when asked), keeping pinned stops at their positions.
// Visit windows are a constraint here too: evening-only stops (a night tour) go to the last free
// positions, in the order the plan lists them, so every other stop is visited before the evening;
// the solver orders the rest around them (as extra pins, so the exact and heuristic solvers alike).
import type { PlanOrigin, PlanPlace } from "./plan-place";
import type { VisitPlan } from "./plan-codec";
import type { TravelModel } from "./travel-model";
import { buildTravelMatrix } from "./distance-matrix";
import { orderStops, type OrderStopsResult } from "./order-stops";

export type BestOrderInput = {
  plan: VisitPlan;
  origin: PlanOrigin;
  /** The plan's stops as places, in the plan's order. */
  stops: readonly PlanPlace[];
  model?: TravelModel;
  timeBudgetMs?: number;
};

export type BestOrderResult = { plan: VisitPlan; costSeconds: number; method: OrderStopsResult["method"] };

export function bestPlanOrder({ plan, origin, stops, model, timeBudgetMs }: BestOrderInput): BestOrderResult {
  if (stops.length !== plan.stops.length) throw new RangeError("stops must match the plan's stops");
  if (stops.length < 2) return { plan, costSeconds: 0, method: "exact" };
  // Node 0 is the start; stop i of the plan is node i + 1.
  const matrix = buildTravelMatrix([origin, ...stops], plan.mode, model);
  const pinned = new Map(plan.pinned.map((i) => [i + 1, i] as const));
  for (const [node, position] of eveningPins(plan.pinned, stops)) pinned.set(node, position);
  const result = orderStops({
    matrix,
    start: 0,
    returnToStart: plan.returnToStart,
    pinned,
    initialOrder: stops.map((_, i) => i + 1),
    ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}),
  });
  const newStops = result.order.map((node) => plan.stops[node - 1] as string);
  const newPinned = plan.pinned.map((i) => newStops.indexOf(plan.stops[i] as string)).sort((a, b) => a - b);
  return { plan: { ...plan, stops: newStops, pinned: newPinned }, costSeconds: result.cost, method: result.method };
}

/**
 * Node → position for the evening-only stops that the visitor has not pinned: the last positions
 * no pin holds, in the plan's order. (Nodes are plan indices + 1, as in the matrix.)
 */
function eveningPins(userPinned: readonly number[], stops: readonly PlanPlace[]): [number, number][] {
  const held = new Set(userPinned);
  const evening = stops.flatMap((s, i) => (s.visitWindow === "evening" && !held.has(i) ? [i] : []));
  if (evening.length === 0) return [];
  const free = stops.map((_, pos) => pos).filter((pos) => !held.has(pos));
  const last = free.slice(free.length - evening.length);
  return evening.map((i, j) => [i + 1, last[j] as number]);
}
