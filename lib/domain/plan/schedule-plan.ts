// Turn an ordered list of stops into a timetable: arrival and departure at every stop, day by day.
//
// Each day starts at the plan's start time from the origin (the township seat, a chosen place or
// a pin). Legs come from the travel model (whole minutes, rounded up) and visits last the plan's
// override for the slug, else the place's suggested visitMinutes, else `defaultVisitMinutes`.
// A stop's visit window is a constraint (visit-window.ts): a stop reached before its window opens
// (an evening-only night tour reached in the afternoon) is visited when the window opens, and the
// wait is part of the day (ScheduledStop.waitMinutes); the day's later stops shift accordingly.
//
// Splitting into days: the stops keep their order and are cut into `days` consecutive, non-empty
// runs, one per day, chosen so that the latest day ends as early as possible (an exact minimax
// partition by dynamic programming: a day's length is the leg out, the visits and legs between
// them and, when returning, the leg back). Ties go to the split with less total time on the road,
// then to the earlier cut. With fewer stops than days, only as many days as stops are used.
//
// Stops without a known spot (point null) are visited but get no travel time: no leg to them, and
// the next stop's leg is measured from the last known spot before it (the origin at the start of
// a day); the way back starts from the day's last known spot. Their time on the road is unknown
// and is not counted (the planner names them; nothing is invented).
//
// layOutDays does the above; the warnings (plan-warnings.ts) are then read off the laid-out days:
// fewer days than asked, a stop reached outside its opening hours or closing during the visit, a
// day that ends after sunset (suncalc, township seat; "ends" = back at the origin when returning,
// else leaving the last stop) and a day running past midnight.
import { addDays, formatClock, localToUtcIso, parseClock } from "./local-time";
import type { LngLat } from "../geo";
import type { PlanOrigin, PlanPlace } from "./plan-place";
import { planWarnings, type PlanWarning } from "./plan-warnings";
import { visitBounds, visitStartAt } from "./visit-window";
import { sunsetMinutes as townshipSunsetMinutes } from "./sunset-at";
import type { PlaceSummary } from "../place";
import type { VisitPlan } from "./plan-codec";
import { resolvePlan, type ResolvedPlan } from "./resolve-plan";
import { DEFAULT_TRAVEL_MODEL, estimateLeg, type LegEstimate, type TravelMode, type TravelModel } from "./travel-model";

const DEFAULT_VISIT_MINUTES = 60;

export interface SchedulePlanOptions {
  /** First day, YYYY-MM-DD (local date). */
  readonly date: string;
  /** Start time of every day, "HH:MM" local (UTC+8). */
  readonly startTime: string;
  readonly origin: PlanOrigin;
  /** Stops in visiting order. */
  readonly stops: readonly PlanPlace[];
  readonly mode: TravelMode;
  readonly model?: TravelModel;
  readonly returnToStart: boolean;
  /** Number of days to spread the stops over (default 1). */
  readonly days?: number;
  readonly defaultVisitMinutes?: number;
  /** Visit length per slug, overriding the place's suggestion. */
  readonly visitMinutes?: Readonly<Record<string, number>>;
  /** Leg estimator (default: estimateLeg with mode and model). */
  readonly legEstimator?: (from: LngLat, to: LngLat) => LegEstimate;
  /** Sunset per local date in minutes after midnight (default: township sunset via suncalc). */
  readonly sunsetMinutes?: (dateISO: string) => number | null;
}

export interface ScheduledStop {
  readonly place: PlanPlace;
  /** 0-based position in the whole plan. */
  readonly order: number;
  /** 1-based day number. */
  readonly day: number;
  /**
   * The leg from the origin or the previous stop of the same day with a known spot; null when this
   * stop has no known spot (no travel time to it is known).
   */
  readonly legFromPrevious: LegEstimate | null;
  readonly visitMinutes: number;
  /**
   * Minutes waited on the spot before the visit, because the stop was reached before its visit
   * window opened (e.g. an evening-only night tour); 0 otherwise. arrival = reached + wait.
   */
  readonly waitMinutes: number;
  /** When the visit starts: minutes after local midnight of the stop's day (may pass 1440 on a very long day). */
  readonly arrivalMinutes: number;
  readonly departureMinutes: number;
  /** "HH:MM" local. */
  readonly arrival: string;
  readonly departure: string;
  /** ISO 8601 UTC, e.g. "2026-06-21T01:23:00Z". */
  readonly arrivalUtc: string;
  readonly departureUtc: string;
}

export interface ScheduledDay {
  readonly day: number;
  readonly date: string;
  readonly startMinutes: number;
  readonly start: string;
  readonly startUtc: string;
  readonly endMinutes: number;
  readonly end: string;
  readonly endUtc: string;
  readonly stops: readonly ScheduledStop[];
  /** Last stop with a known spot → origin, when the plan returns to its start (null without one). */
  readonly returnLeg: LegEstimate | null;
  readonly distanceM: number;
  readonly travelMinutes: number;
  readonly visitMinutes: number;
  readonly sunsetMinutes: number | null;
  readonly sunset: string | null;
}

export interface PlanSchedule {
  readonly origin: PlanOrigin;
  readonly mode: TravelMode;
  readonly returnToStart: boolean;
  readonly days: readonly ScheduledDay[];
  readonly totalDistanceM: number;
  readonly totalTravelMinutes: number;
  readonly totalVisitMinutes: number;
  /** Sum over days of (end − start). */
  readonly totalMinutes: number;
  readonly warnings: readonly PlanWarning[];
}

/** Cut 0..k-1 into `days` consecutive non-empty runs minimising (max length, total length). */
function splitIntoDays(k: number, days: number, dayLength: (a: number, b: number) => number): [number, number][] {
  // best[d][i]: best split of the first i stops into d days.
  type Cell = { max: number; sum: number; cut: number };
  const best: Cell[][] = Array.from({ length: days + 1 }, () => new Array<Cell>(k + 1).fill({ max: Infinity, sum: Infinity, cut: -1 }));
  (best[0] as Cell[])[0] = { max: 0, sum: 0, cut: -1 };
  for (let d = 1; d <= days; d++) {
    const row = best[d] as Cell[];
    const prev = best[d - 1] as Cell[];
    for (let i = d; i <= k - (days - d); i++) {
      for (let j = d - 1; j < i; j++) {
        const before = prev[j] as Cell;
        if (before.max === Infinity) continue;
        const len = dayLength(j, i - 1);
        const cand = { max: Math.max(before.max, len), sum: before.sum + len, cut: j };
        const cur = row[i] as Cell;
        if (cand.max < cur.max || (cand.max === cur.max && cand.sum < cur.sum)) row[i] = cand;
      }
    }
  }
  const runs: [number, number][] = [];
  for (let d = days, i = k; d > 0; d--) {
    const j = ((best[d] as Cell[])[i] as Cell).cut;
    runs.push([j, i - 1]);
    i = j;
  }
  return runs.reverse();
}

/** The days of a plan: stops cut into days, each stop with its leg, arrival and departure. */
function layOutDays(options: SchedulePlanOptions, startMinutes: number, usedDays: number): ScheduledDay[] {
  const { date, origin, stops, mode, returnToStart } = options;
  const model = options.model ?? DEFAULT_TRAVEL_MODEL;
  const leg = options.legEstimator ?? ((a: LngLat, b: LngLat) => estimateLeg(a, b, mode, model));
  const sunsetOf = options.sunsetMinutes ?? ((d: string) => townshipSunsetMinutes(d));
  const defaultVisit = options.defaultVisitMinutes ?? DEFAULT_VISIT_MINUTES;
  const k = stops.length;

  const place = (i: number): PlanPlace => stops[i] as PlanPlace;
  const visitOf = (p: PlanPlace): number => options.visitMinutes?.[p.slug] ?? p.visitMinutes ?? defaultVisit;
  // Legs join known spots only, memoised by (from, to) node; node -1 is the origin.
  const pointOf = (i: number): LngLat | null => (i < 0 ? origin : place(i).point);
  const legCache = new Map<string, LegEstimate>();
  const legBetween = (from: number, to: number): LegEstimate => {
    const key = `${from}>${to}`;
    let hit = legCache.get(key);
    if (hit === undefined) {
      hit = leg(pointOf(from) as LngLat, pointOf(to) as LngLat);
      legCache.set(key, hit);
    }
    return hit;
  };
  /** A day of stops a..b: each stop's leg in (null without a known spot) and the way back (null when not returning or nothing is located). */
  const dayLegs = (a: number, b: number): { legs: (LegEstimate | null)[]; back: LegEstimate | null } => {
    let from = -1;
    const legs: (LegEstimate | null)[] = [];
    for (let i = a; i <= b; i++) {
      if (place(i).point === null) {
        legs.push(null);
        continue;
      }
      legs.push(legBetween(from, i));
      from = i;
    }
    return { legs, back: returnToStart && from !== -1 ? legBetween(from, -1) : null };
  };

  /** One day's stops a..b from the start time: leg in (if known), wait for the visit window, visit. */
  const walkDay = (a: number, b: number) => {
    const { legs, back } = dayLegs(a, b);
    let clock = startMinutes;
    const timed: { i: number; legIn: LegEstimate | null; wait: number; arrival: number; departure: number; visit: number }[] = [];
    for (let i = a; i <= b; i++) {
      const p = place(i);
      const legIn = legs[i - a] ?? null;
      const reached = clock + (legIn?.minutes ?? 0);
      const arrival = visitStartAt(visitBounds(p.visitWindow, p.openingHours), reached);
      const visit = visitOf(p);
      clock = arrival + visit;
      timed.push({ i, legIn, wait: arrival - reached, arrival, departure: clock, visit });
    }
    return { timed, back, end: clock + (back?.minutes ?? 0) };
  };
  const dayLength = (a: number, b: number): number => walkDay(a, b).end - startMinutes;
  const runs = k === 0 ? [] : splitIntoDays(k, usedDays, dayLength);

  return runs.map(([a, b], d) => {
    const dayNumber = d + 1;
    const dayDate = addDays(date, d);
    let clock = startMinutes;
    let distanceM = 0;
    let travelMinutes = 0;
    let visitMinutes = 0;
    const dayStops: ScheduledStop[] = [];
    const { timed, back } = walkDay(a, b);
    for (const { i, legIn, wait, arrival, departure, visit } of timed) {
      const p = place(i);
      distanceM += legIn?.distanceM ?? 0;
      travelMinutes += legIn?.minutes ?? 0;
      visitMinutes += visit;
      clock = departure;
      dayStops.push({
        place: p,
        order: i,
        day: dayNumber,
        legFromPrevious: legIn,
        visitMinutes: visit,
        waitMinutes: wait,
        arrivalMinutes: arrival,
        departureMinutes: departure,
        arrival: formatClock(arrival),
        departure: formatClock(departure),
        arrivalUtc: localToUtcIso(dayDate, arrival),
        departureUtc: localToUtcIso(dayDate, departure),
      });
    }
    const returnLeg = back;
    if (returnLeg !== null) {
      distanceM += returnLeg.distanceM;
      travelMinutes += returnLeg.minutes;
      clock += returnLeg.minutes;
    }
    const sunsetMin = sunsetOf(dayDate);
    return {
      day: dayNumber,
      date: dayDate,
      startMinutes,
      start: formatClock(startMinutes),
      startUtc: localToUtcIso(dayDate, startMinutes),
      endMinutes: clock,
      end: formatClock(clock),
      endUtc: localToUtcIso(dayDate, clock),
      stops: dayStops,
      returnLeg,
      distanceM,
      travelMinutes,
      visitMinutes,
      sunsetMinutes: sunsetMin,
      sunset: sunsetMin === null ? null : formatClock(sunsetMin),
    };
  });
}

export function schedulePlan(options: SchedulePlanOptions): PlanSchedule {
  const { origin, stops, mode, returnToStart } = options;
  const startMinutes = parseClock(options.startTime);
  if (startMinutes === null) throw new RangeError(`startTime must be HH:MM, got "${options.startTime}"`);
  const requestedDays = Math.max(1, Math.floor(options.days ?? 1));
  const usedDays = Math.min(requestedDays, Math.max(1, stops.length));
  const days = layOutDays(options, startMinutes, usedDays);
  const sum = (f: (d: ScheduledDay) => number): number => days.reduce((acc, d) => acc + f(d), 0);
  return {
    origin,
    mode,
    returnToStart,
    days,
    totalDistanceM: sum((d) => d.distanceM),
    totalTravelMinutes: sum((d) => d.travelMinutes),
    totalVisitMinutes: sum((d) => d.visitMinutes),
    totalMinutes: sum((d) => d.endMinutes - d.startMinutes),
    warnings: planWarnings(days, requestedDays),
  };
}

/** The schedule of a plan: legs, arrival and departure times, days, sunset and opening-hours warnings. */
export function schedulePlanFor(plan: VisitPlan, places: ReadonlyMap<string, PlaceSummary>): PlanSchedule {
  return scheduleResolvedPlan(plan, resolvePlan(plan, places));
}

/** The same, for a plan already resolved against the places (the planner holds it resolved). */
export function scheduleResolvedPlan(plan: VisitPlan, { origin, stops }: Pick<ResolvedPlan, "origin" | "stops">): PlanSchedule {
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
