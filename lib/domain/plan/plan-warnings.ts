// What a visitor should know about a laid-out schedule, as codes with their data (the words, in
// Chinese and English, are in lib/domain/messages-problems.ts). Each rule is a small function of
// the scheduled days; planWarnings lists them day by day: for each day its stops (in visiting
// order: no known spot, then the visit window, then opening hours), then sunset, then midnight; a
// "fewer days than asked" warning comes first.
import { formatClock } from "./local-time";
import { isWithinOpeningHours, parseOpeningHours } from "./opening-hours";
import type { ScheduledDay, ScheduledStop } from "./schedule-plan";
import { EVENING_START_MINUTES, visitBounds } from "./visit-window";

/** Where an opening-hours warning happens: the stop, its times and its hours as written. */
interface StopWarningData {
  readonly day: number;
  readonly slug: string;
  readonly nameZh: string;
  readonly nameEn: string | null;
  readonly arrival: string;
  readonly departure: string;
  readonly openingHours: string;
}

/** Which stop a visit-window warning is about. */
interface StopRef {
  readonly day: number;
  readonly slug: string;
  readonly nameZh: string;
  readonly nameEn: string | null;
}

export type PlanWarning =
  | { readonly code: "days-reduced"; readonly requested: number; readonly used: number }
  /** Reached at `reached`, before its window opens: the schedule waits until `from` (the evening start, or opening time). */
  | ({ readonly code: "waits-for-window"; readonly window: "evening" | "hours"; readonly reached: string; readonly from: string } & StopRef)
  /** A daytime-only stop whose visit would end after `until` (the evening start): it does not fit that day. */
  | ({ readonly code: "outside-visit-window"; readonly window: "daytime"; readonly arrival: string; readonly departure: string; readonly until: string } & StopRef)
  | ({ readonly code: "outside-opening-hours" | "closes-during-visit" } & StopWarningData)
  | { readonly code: "after-sunset"; readonly day: number; readonly end: string; readonly sunset: string }
  | { readonly code: "past-midnight"; readonly day: number; readonly end: string }
  | { readonly code: "no-known-spot"; readonly day: number; readonly slug: string; readonly nameZh: string; readonly nameEn: string | null };

/** A stop without a known spot: it is named, and no travel time to or from it is counted. */
export function noKnownSpotWarning(stop: ScheduledStop): PlanWarning[] {
  if (stop.place.point !== null) return [];
  return [{ code: "no-known-spot", day: stop.day, slug: stop.place.slug, nameZh: stop.place.nameZh, nameEn: stop.place.nameEn }];
}

/** Fewer stops than requested days: only as many days as stops are used. */
export function daysReducedWarning(days: readonly ScheduledDay[], requestedDays: number): PlanWarning[] {
  const used = days.length;
  return used > 0 && used < requestedDays ? [{ code: "days-reduced", requested: requestedDays, used }] : [];
}

/** A stop's visit window: the schedule waited for it to open, or a daytime stop ends in the evening. */
export function visitWindowWarning(stop: ScheduledStop): PlanWarning[] {
  const { place } = stop;
  const ref: StopRef = { day: stop.day, slug: place.slug, nameZh: place.nameZh, nameEn: place.nameEn };
  if (stop.waitMinutes > 0 && (place.visitWindow === "evening" || place.visitWindow === "hours")) {
    const reached = formatClock(stop.arrivalMinutes - stop.waitMinutes);
    return [{ code: "waits-for-window", ...ref, window: place.visitWindow, reached, from: stop.arrival }];
  }
  const { latestEnd } = visitBounds(place.visitWindow, place.openingHours);
  if (place.visitWindow === "daytime" && latestEnd !== null && stop.departureMinutes > latestEnd) {
    return [{ code: "outside-visit-window", ...ref, window: "daytime", arrival: stop.arrival, departure: stop.departure, until: formatClock(EVENING_START_MINUTES) }];
  }
  return [];
}

/** A stop reached outside its opening hours, or one that closes before the visit ends. Unreadable hours are ignored. */
export function openingHoursWarning(stop: ScheduledStop): PlanWarning[] {
  const hours = stop.place.openingHours;
  const window = hours === null ? null : parseOpeningHours(hours);
  if (window === null || hours === null) return [];
  const data: StopWarningData = {
    day: stop.day,
    slug: stop.place.slug,
    nameZh: stop.place.nameZh,
    nameEn: stop.place.nameEn,
    arrival: stop.arrival,
    departure: stop.departure,
    openingHours: hours,
  };
  if (!isWithinOpeningHours(window, stop.arrivalMinutes)) return [{ code: "outside-opening-hours", ...data }];
  if (!isWithinOpeningHours(window, stop.departureMinutes - 1)) return [{ code: "closes-during-visit", ...data }];
  return [];
}

/** A day that ends after sunset: mountain roads are unlit. */
export function afterSunsetWarning(day: ScheduledDay): PlanWarning[] {
  if (day.sunsetMinutes === null || day.sunset === null || day.endMinutes <= day.sunsetMinutes) return [];
  return [{ code: "after-sunset", day: day.day, end: day.end, sunset: day.sunset }];
}

/** A day that runs past midnight. */
export function pastMidnightWarning(day: ScheduledDay): PlanWarning[] {
  return day.endMinutes > 1440 ? [{ code: "past-midnight", day: day.day, end: day.end }] : [];
}

/** Every warning of a schedule, in the order above. */
export function planWarnings(days: readonly ScheduledDay[], requestedDays: number): PlanWarning[] {
  return [
    ...daysReducedWarning(days, requestedDays),
    ...days.flatMap((day) => [
      ...day.stops.flatMap((stop) => [...noKnownSpotWarning(stop), ...visitWindowWarning(stop), ...openingHoursWarning(stop)]),
      ...afterSunsetWarning(day),
      ...pastMidnightWarning(day),
    ]),
  ];
}
