// The visitor's plan and its undo history as one value, changed by pure actions (a React
// `useReducer` reducer: React may call it twice for one action, so it changes nothing but its
// result). Removing, moving, loading a route, clearing and a new best order can be undone;
// adding a stop, pins, visit lengths and options are not recorded for undo.
import type { VisitPlan } from "./plan-codec";
import { addStop, loadStops, moveStop, removeStop, setVisitMinutes, togglePin } from "./edit-plan";

export type PlanState = {
  plan: VisitPlan;
  /** Earlier plans, oldest first; undo goes back to the last one. */
  history: readonly VisitPlan[];
};

export type PlanOptionsChange = Partial<Omit<VisitPlan, "v" | "stops" | "pinned" | "visitMinutes">>;

export type PlanAction =
  | { type: "add"; slug: string }
  | { type: "remove"; slug: string }
  | { type: "move"; from: number; to: number }
  | { type: "toggle-pin"; index: number }
  | { type: "set-visit"; slug: string; minutes: number | null }
  | { type: "set-options"; change: PlanOptionsChange }
  /** Replace the stops (a curated route, or none to clear the plan), keeping the options. */
  | { type: "load-stops"; slugs: readonly string[] }
  /** A reordered plan (best order). */
  | { type: "reorder"; plan: VisitPlan }
  /** The plan kept in this browser, picked up on load: not an edit, so nothing to undo. */
  | { type: "restore"; plan: VisitPlan }
  | { type: "undo" };

/** How many earlier plans undo keeps. */
export const MAX_UNDO = 20;

// A plan with no history yet (in empty-plan.ts, so that the first view has it without the reducer).
export { initialPlanState } from "./empty-plan";

function edited(plan: VisitPlan, action: Exclude<PlanAction, { type: "restore" | "undo" }>): { next: VisitPlan; undoable: boolean } {
  switch (action.type) {
    case "add":
      return { next: addStop(plan, action.slug), undoable: false };
    case "remove":
      return { next: removeStop(plan, action.slug), undoable: true };
    case "move":
      return { next: moveStop(plan, action.from, action.to), undoable: true };
    case "toggle-pin":
      return { next: togglePin(plan, action.index), undoable: false };
    case "set-visit":
      return { next: setVisitMinutes(plan, action.slug, action.minutes), undoable: false };
    case "set-options":
      return { next: { ...plan, ...action.change }, undoable: false };
    case "load-stops":
      return { next: loadStops(plan, action.slugs), undoable: true };
    case "reorder":
      return { next: action.plan, undoable: true };
  }
}

export function planReducer(state: PlanState, action: PlanAction): PlanState {
  if (action.type === "undo") {
    const previous = state.history[state.history.length - 1];
    return previous ? { plan: previous, history: state.history.slice(0, -1) } : state;
  }
  if (action.type === "restore") return { plan: action.plan, history: state.history };
  const { next, undoable } = edited(state.plan, action);
  if (next === state.plan) return state;
  return { plan: next, history: undoable ? [...state.history.slice(-(MAX_UNDO - 1)), state.plan] : state.history };
}
