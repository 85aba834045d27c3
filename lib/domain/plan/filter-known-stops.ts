// Drop the parts of a decoded plan that name places the guide does not (or no longer) know.
import type { VisitPlan } from "./plan-codec";
import { listItems, type PlanProblem } from "./plan-problem";

export function filterKnownStops(
  plan: VisitPlan,
  knownSlugs: ReadonlySet<string> | readonly string[],
): { plan: VisitPlan; problems: PlanProblem[] } {
  const known: ReadonlySet<string> = knownSlugs instanceof Set ? knownSlugs : new Set(knownSlugs as readonly string[]);
  const problems: PlanProblem[] = [];
  const stops: string[] = [];
  const newIndex = new Map<number, number>();
  const unknown: string[] = [];
  plan.stops.forEach((slug, i) => {
    if (known.has(slug)) {
      newIndex.set(i, stops.length);
      stops.push(slug);
    } else unknown.push(slug);
  });
  if (unknown.length > 0) problems.push({ code: "unknown-places", ...listItems(unknown.map((s) => JSON.stringify(s))) });
  const pinned = plan.pinned.flatMap((i) => {
    const j = newIndex.get(i);
    return j === undefined ? [] : [j];
  });
  const kept = new Set(stops);
  const visitMinutes = Object.fromEntries(Object.entries(plan.visitMinutes).filter(([slug]) => kept.has(slug)));
  let start = plan.start;
  if (start.type === "place" && !known.has(start.slug)) {
    problems.push({ code: "unknown-start-place", slug: start.slug });
    start = { type: "seat" };
  }
  return { plan: { ...plan, stops, pinned, visitMinutes, start }, problems };
}
