// Turns a VisitPlan (slugs and options, as stored in the URL) into what the planner computes on:
// the origin point, the stop places and their schedule. Places whose position is only known to the
// township are kept in the plan but flagged, since their legs are placeholders.
import type { PlaceSummary } from "../place";
import { planMessages } from "../messages-plan";
import { TOWNSHIP_SEAT, TOWNSHIP_SEAT_NAME } from "../township-seat";
import type { PlanOrigin, PlanPlace } from "./plan-place";
import type { VisitPlan } from "./plan-codec";
import { schedulePlan, type PlanSchedule } from "./schedule-plan";

const SEAT_ORIGIN: PlanOrigin = {
  ...TOWNSHIP_SEAT,
  nameZh: TOWNSHIP_SEAT_NAME.zh,
  nameEn: TOWNSHIP_SEAT_NAME.en,
};

function toPlanPlace(place: PlaceSummary): PlanPlace {
  return {
    slug: place.slug,
    nameZh: place.nameZh,
    nameEn: place.nameEn,
    kind: place.kind,
    lng: place.location.lng,
    lat: place.location.lat,
    visitMinutes: place.visitMinutes,
    openingHours: place.openingHours,
    visitMinutesEstimated: place.visitMinutesEstimated,
    visitWindow: place.visitWindow,
  };
}

export type ResolvedPlan = {
  origin: PlanOrigin;
  stops: PlanPlace[];
  /** Stops whose location is only a township-level placeholder. */
  placeholderStops: string[];
};

/** The origin and stops of a plan; stops naming unknown places are skipped (filterKnownStops reports them). */
export function resolvePlan(plan: VisitPlan, places: ReadonlyMap<string, PlaceSummary>): ResolvedPlan {
  const stops: PlanPlace[] = [];
  const placeholderStops: string[] = [];
  for (const slug of plan.stops) {
    const place = places.get(slug);
    if (!place) continue;
    stops.push(toPlanPlace(place));
    if (place.location.precision === "township") placeholderStops.push(slug);
  }
  let origin = SEAT_ORIGIN;
  if (plan.start.type === "place") {
    const p = places.get(plan.start.slug);
    if (p) origin = { lng: p.location.lng, lat: p.location.lat, nameZh: p.nameZh, nameEn: p.nameEn };
  } else if (plan.start.type === "coords") {
    // A pin is named as the start option that set it ("my location"), in both languages.
    origin = { lng: plan.start.lng, lat: plan.start.lat, nameZh: planMessages("zh").startMine, nameEn: planMessages("en").startMine };
  }
  return { origin, stops, placeholderStops };
}

/** The schedule of a plan: legs, arrival and departure times, days, sunset and opening-hours warnings. */
export function schedulePlanFor(plan: VisitPlan, places: ReadonlyMap<string, PlaceSummary>): PlanSchedule {
  const { origin, stops } = resolvePlan(plan, places);
  return schedulePlan({
    date: plan.date,
    startTime: plan.startTime,
    origin,
    stops,
    mode: plan.mode,
    returnToStart: plan.returnToStart,
    days: plan.days,
    visitMinutes: plan.visitMinutes,
  });
}
