// The plan's code that the first view of a map page does without: the codec (the plan in the URL
// and in localStorage), the edits and the reducer. The plan's provider (plan-context.tsx) loads it
// when the visitor has a plan (from the server, the address or this browser) or starts one.
import { decodePlan, type VisitPlan } from "@/lib/domain/plan/plan-codec";
import { filterKnownStops } from "@/lib/domain/plan/filter-known-stops";
import type { PlanProblem } from "@/lib/domain/plan/plan-problem";
import { planParamValue } from "@/lib/domain/plan/plan-param";
import { readPlanParam } from "@/lib/domain/plan/read-plan-param";
import { PLAN_STORAGE_KEY } from "./plan-keys";

export { encodePlan } from "@/lib/domain/plan/plan-codec";
export { planReducer } from "@/lib/domain/plan/plan-reducer";

type Kept = { plan: VisitPlan; problems: PlanProblem[] };

function readStoredPlan(known: ReadonlySet<string>, today: string): Kept | null {
  try {
    const code = window.localStorage.getItem(PLAN_STORAGE_KEY);
    if (!code) return null;
    const decoded = decodePlan(code, { fallbackDate: today });
    if (!decoded.plan) return null;
    return filterKnownStops(decoded.plan, known);
  } catch {
    return null;
  }
}

/** The plan of the page's own address (?plan=), decoded here; null when it has none. */
function readAddressPlan(known: ReadonlySet<string>, today: string): Kept | null {
  const code = planParamValue(Object.fromEntries(new URLSearchParams(window.location.search)));
  if (code === undefined || code === "") return null;
  return readPlanParam(code, [...known].map((slug) => ({ slug })), today);
}

/** The plan this page was opened with in the browser: its address's, else the one kept in this browser. */
export function readKeptPlan(known: ReadonlySet<string>, today: string): Kept | null {
  return readAddressPlan(known, today) ?? readStoredPlan(known, today);
}
