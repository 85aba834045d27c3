// Turns a VisitPlan (slugs and options, as stored in the URL) into what the planner computes on:
// the origin point and the stop places; their schedule is schedulePlanFor (schedule-plan.ts). Stops
// without a known spot (lib/domain/known-spot.ts) are kept in the plan and named: they get no
// travel time.
import type { PlaceSummary } from "../place";
import { knownSpot, villagePoints, type KnownSpot } from "../known-spot";
import { planBasicMessages } from "../messages-plan-basics";
import { TOWNSHIP_SEAT, TOWNSHIP_SEAT_NAME } from "../township-seat";
import type { PlanOrigin, PlanPlace } from "./plan-place";
import type { VisitPlan } from "./plan-codec";

const SEAT_ORIGIN: PlanOrigin = {
  ...TOWNSHIP_SEAT,
  nameZh: TOWNSHIP_SEAT_NAME.zh,
  nameEn: TOWNSHIP_SEAT_NAME.en,
};

function toPlanPlace(place: PlaceSummary, spot: KnownSpot | undefined): PlanPlace {
  return {
    slug: place.slug,
    point: spot?.point ?? null,
    nameZh: place.nameZh,
    nameEn: place.nameEn,
    kind: place.kind,
    visitMinutes: place.visitMinutes,
    openingHours: place.openingHours,
    visitMinutesEstimated: place.visitMinutesEstimated,
    visitWindow: place.visitWindow,
  };
}

export type ResolvedPlan = {
  origin: PlanOrigin;
  stops: PlanPlace[];
  /** Stops without a known spot, in plan order: no travel time is given to or from them. */
  unlocatedStops: string[];
};

/** The origin and stops of a plan; stops naming unknown places are skipped (filterKnownStops reports them). */
export function resolvePlan(plan: VisitPlan, places: ReadonlyMap<string, PlaceSummary>): ResolvedPlan {
  const stops: PlanPlace[] = [];
  const unlocatedStops: string[] = [];
  // the spots of the stops and the start only (with a county's thousands of places, not of all)
  const byVillage = villagePoints(places.values());
  const spotOf = (place: PlaceSummary) => knownSpot(place, byVillage) ?? undefined;
  for (const slug of plan.stops) {
    const place = places.get(slug);
    if (!place) continue;
    const stop = toPlanPlace(place, spotOf(place));
    stops.push(stop);
    if (stop.point === null) unlocatedStops.push(slug);
  }
  let origin = SEAT_ORIGIN;
  if (plan.start.type === "place") {
    // A start place without a known spot cannot be a start: the seat stands in (the panel offers only located places).
    const p = places.get(plan.start.slug);
    const spot = p ? spotOf(p) : undefined;
    if (p && spot) origin = { ...spot.point, nameZh: p.nameZh, nameEn: p.nameEn };
  } else if (plan.start.type === "coords") {
    // A pin is named as the start option that set it ("my location"), in both languages.
    origin = { lng: plan.start.lng, lat: plan.start.lat, nameZh: planBasicMessages("zh").startMine, nameEn: planBasicMessages("en").startMine };
  }
  return { origin, stops, unlocatedStops };
}
