// Reads a plan from a URL parameter (?plan=, or the old ?p=: see planParamValue): never throws. A
// corrupted or hostile code gives an empty or partial plan plus problems (codes, see plan-problem.ts)
// saying what was dropped.
import type { Place } from "../place";
import { decodePlan, type VisitPlan } from "./plan-codec";
import { emptyPlan } from "./edit-plan";
import { filterKnownStops } from "./filter-known-stops";
import type { PlanProblem } from "./plan-problem";

export function readPlanParam(
  raw: string | string[] | undefined,
  places: readonly Pick<Place, "slug">[],
  today: string,
): { plan: VisitPlan; problems: PlanProblem[] } {
  const code = Array.isArray(raw) ? raw[0] : raw;
  if (code === undefined || code === "") return { plan: emptyPlan(today), problems: [{ code: "empty" }] };
  const decoded = decodePlan(code, { fallbackDate: today });
  if (!decoded.plan) return { plan: emptyPlan(today), problems: decoded.problems.length > 0 ? decoded.problems : [{ code: "unreadable" }] };
  const known = filterKnownStops(
    decoded.plan,
    places.map((p) => p.slug),
  );
  return { plan: known.plan, problems: [...decoded.problems, ...known.problems] };
}
