// "Best order": reorders a plan's stops to the shortest total travel time from its start
// (returning to it when asked), keeping pinned stops at their positions.
//
// Stops without a known spot (point null) have no travel time (schedule-plan.ts), so no order can
// be "best" for them: they keep their positions, like pinned stops, and the stops with a known
// spot are ordered in the positions left. Their legs skip the unlocated stops, so the ordering
// runs on the located stops alone (each located pin moved down by the unlocated positions before
// it) and the unlocated stops are put back where they were.
//
// Visit windows are a constraint here too: evening-only stops (a night tour) first go to the last
// positions no pin holds, in the order the plan lists them, so every other stop is visited before
// the evening; they then count as pinned there, and the solver orders the rest around them.
import type { LngLat } from "../geo";
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
  const evening = eveningLast(plan, stops);
  const arranged = evening.positions.length === 0 ? plan : { ...plan, stops: evening.slugs };
  stops = evening.stops;
  const held = [...plan.pinned, ...evening.positions];
  // Plan positions of the stops with a known spot; the others stay put.
  const locatedAt = stops.flatMap((s, i) => (s.point !== null ? [i] : []));
  if (locatedAt.length < 2) return { plan: arranged, costSeconds: 0, method: "exact" };
  const points = locatedAt.map((i) => (stops[i] as PlanPlace).point as LngLat);
  // Node 0 is the start; located stop j (plan position locatedAt[j]) is node j + 1.
  const matrix = buildTravelMatrix([origin, ...points], plan.mode, model);
  const pinned = new Map<number, number>();
  for (const pos of held) {
    const j = locatedAt.indexOf(pos);
    if (j !== -1) pinned.set(j + 1, j);
  }
  const result = orderStops({
    matrix,
    start: 0,
    returnToStart: plan.returnToStart,
    pinned,
    initialOrder: points.map((_, j) => j + 1),
    ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}),
  });
  const newStops = [...arranged.stops];
  result.order.forEach((node, j) => {
    newStops[locatedAt[j] as number] = arranged.stops[locatedAt[node - 1] as number] as string;
  });
  const newPinned = plan.pinned.map((i) => newStops.indexOf(plan.stops[i] as string)).sort((a, b) => a - b);
  return { plan: { ...plan, stops: newStops, pinned: newPinned }, costSeconds: result.cost, method: result.method };
}

/**
 * The plan with its unpinned evening-only stops moved to the last positions no pin holds (in the
 * plan's order; the other unpinned stops keep their relative order), and those positions.
 */
function eveningLast(plan: VisitPlan, stops: readonly PlanPlace[]): { slugs: string[]; stops: PlanPlace[]; positions: number[] } {
  const held = new Set(plan.pinned);
  const free = stops.map((_, pos) => pos).filter((pos) => !held.has(pos));
  const evening = free.filter((i) => stops[i]?.visitWindow === "evening");
  if (evening.length === 0) return { slugs: [...plan.stops], stops: [...stops], positions: [] };
  const others = free.filter((i) => stops[i]?.visitWindow !== "evening");
  const order = stops.map((_, i) => i);
  [...others, ...evening].forEach((from, k) => {
    order[free[k] as number] = from;
  });
  return {
    slugs: order.map((i) => plan.stops[i] as string),
    stops: order.map((i) => stops[i] as PlanPlace),
    positions: free.slice(free.length - evening.length),
  };
}
