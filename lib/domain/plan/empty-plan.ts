// A new, empty plan: no stops, from the township seat and back, by car, one day from 09:00. On its
// own so that the first view of a map page, which starts with it, needs none of the plan's code
// (its codec and edits load when the visitor has or starts a plan: components/plan/plan-context.tsx).
import type { VisitPlan } from "./plan-codec";
import type { PlanState } from "./plan-reducer";

/** When a plan's day starts unless the visitor says otherwise (UTC+8). */
export const DEFAULT_START_TIME = "09:00";

export function emptyPlan(date: string): VisitPlan {
  return {
    v: 1,
    stops: [],
    pinned: [],
    start: { type: "seat" },
    returnToStart: true,
    date,
    startTime: DEFAULT_START_TIME,
    mode: "car",
    days: 1,
    visitMinutes: {},
  };
}

/** The reducer's state (plan-reducer.ts) of a plan with no history yet. */
export function initialPlanState(plan: VisitPlan): PlanState {
  return { plan, history: [] };
}
