// Pure edits of a visit plan. Pins are positions in the visiting order and follow their stop:
// moving a pinned stop moves its pin, removing a stop shifts the pins after it.
import { MAX_PLAN_STOPS, MAX_VISIT_MINUTES, MIN_VISIT_MINUTES, type VisitPlan } from "./plan-codec";
import { CHINA_UTC_OFFSET_MINUTES } from "./local-time";

// A new plan (empty-plan.ts: on its own, so that the first view of a map page has it without the codec).
export { emptyPlan } from "./empty-plan";

/** Today's date in the township (UTC+8), YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

function pinnedSlugs(plan: VisitPlan): Set<string> {
  return new Set(plan.pinned.flatMap((i) => (plan.stops[i] === undefined ? [] : [plan.stops[i] as string])));
}

function withStops(plan: VisitPlan, stops: readonly string[], pins: ReadonlySet<string>): VisitPlan {
  const kept = new Set(stops);
  return {
    ...plan,
    stops,
    pinned: stops.flatMap((s, i) => (pins.has(s) ? [i] : [])),
    visitMinutes: Object.fromEntries(Object.entries(plan.visitMinutes).filter(([slug]) => kept.has(slug))),
  };
}

/** Appends a stop (no-op when already planned or the plan is full). */
export function addStop(plan: VisitPlan, slug: string): VisitPlan {
  if (plan.stops.includes(slug) || plan.stops.length >= MAX_PLAN_STOPS) return plan;
  return withStops(plan, [...plan.stops, slug], pinnedSlugs(plan));
}

export function removeStop(plan: VisitPlan, slug: string): VisitPlan {
  if (!plan.stops.includes(slug)) return plan;
  const pins = pinnedSlugs(plan);
  pins.delete(slug);
  return withStops(
    plan,
    plan.stops.filter((s) => s !== slug),
    pins,
  );
}

/** Moves the stop at `from` to position `to` (clamped); its pin, if any, moves with it. */
export function moveStop(plan: VisitPlan, from: number, to: number): VisitPlan {
  const slug = plan.stops[from];
  if (slug === undefined) return plan;
  const target = Math.max(0, Math.min(plan.stops.length - 1, to));
  if (target === from) return plan;
  const stops = plan.stops.filter((_, i) => i !== from);
  stops.splice(target, 0, slug);
  return withStops(plan, stops, pinnedSlugs(plan));
}

export function togglePin(plan: VisitPlan, index: number): VisitPlan {
  if (plan.stops[index] === undefined) return plan;
  const pinned = plan.pinned.includes(index) ? plan.pinned.filter((i) => i !== index) : [...plan.pinned, index].sort((a, b) => a - b);
  return { ...plan, pinned };
}

export function setVisitMinutes(plan: VisitPlan, slug: string, minutes: number | null): VisitPlan {
  if (!plan.stops.includes(slug)) return plan;
  const visitMinutes = { ...plan.visitMinutes };
  if (minutes === null || !Number.isFinite(minutes)) delete visitMinutes[slug];
  else visitMinutes[slug] = Math.max(MIN_VISIT_MINUTES, Math.min(MAX_VISIT_MINUTES, Math.round(minutes)));
  return { ...plan, visitMinutes };
}

/** Replaces the stops with a route's (places with a location only), keeping the options. */
export function loadStops(plan: VisitPlan, slugs: readonly string[]): VisitPlan {
  const unique = [...new Set(slugs)].slice(0, MAX_PLAN_STOPS);
  return { ...plan, stops: unique, pinned: [], visitMinutes: {} };
}

