// Drop the parts of a decoded plan that name places the guide does not (or no longer) know.
import type { VisitPlan } from "./plan-codec";

export function filterKnownStops(
  plan: VisitPlan,
  knownSlugs: ReadonlySet<string> | readonly string[],
): { plan: VisitPlan; problems: string[] } {
  const known: ReadonlySet<string> = knownSlugs instanceof Set ? knownSlugs : new Set(knownSlugs as readonly string[]);
  const problems: string[] = [];
  const stops: string[] = [];
  const newIndex = new Map<number, number>();
  const unknown: string[] = [];
  plan.stops.forEach((slug, i) => {
    if (known.has(slug)) {
      newIndex.set(i, stops.length);
      stops.push(slug);
    } else unknown.push(slug);
  });
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).map((s) => `"${s}"`).join(", ");
    const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : "";
    problems.push(`Removed ${unknown.length} unknown place(s) from the plan: ${shown}${more}.`);
  }
  const pinned = plan.pinned.flatMap((i) => {
    const j = newIndex.get(i);
    return j === undefined ? [] : [j];
  });
  const kept = new Set(stops);
  const visitMinutes = Object.fromEntries(Object.entries(plan.visitMinutes).filter(([slug]) => kept.has(slug)));
  let start = plan.start;
  if (start.type === "place" && !known.has(start.slug)) {
    problems.push(`The start place "${start.slug}" is unknown; starting from the township seat.`);
    start = { type: "seat" };
  }
  return { plan: { ...plan, stops, pinned, visitMinutes, start }, problems };
}
