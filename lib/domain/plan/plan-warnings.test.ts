import { describe, expect, it } from "vitest";
import { afterSunsetWarning, daysReducedWarning, openingHoursWarning, pastMidnightWarning } from "./plan-warnings";
import type { ScheduledDay, ScheduledStop } from "./schedule-plan";

const leg = { minutes: 10, distanceM: 3000 };
const stopAt = (arrivalMinutes: number, departureMinutes: number, openingHours?: string): ScheduledStop => ({
  place: { slug: "s", nameZh: "石", nameEn: null, point: { lng: 110.6, lat: 29.4 }, kind: "scenic", visitMinutes: null, openingHours: openingHours ?? null },
  order: 0,
  day: 1,
  legFromPrevious: leg,
  visitMinutes: departureMinutes - arrivalMinutes,
  waitMinutes: 0,
  arrivalMinutes,
  departureMinutes,
  arrival: "",
  departure: "",
  arrivalUtc: "",
  departureUtc: "",
});
const dayEnding = (endMinutes: number, sunsetMinutes: number | null): ScheduledDay => ({
  day: 1,
  date: "2026-06-21",
  startMinutes: 480,
  start: "08:00",
  startUtc: "",
  endMinutes,
  end: "END",
  endUtc: "",
  stops: [],
  returnLeg: null,
  distanceM: 0,
  travelMinutes: 0,
  visitMinutes: 0,
  sunsetMinutes,
  sunset: sunsetMinutes === null ? null : "SUNSET",
});

describe("plan warning rules", () => {
  it("after sunset: only when the day ends strictly later than sunset, and never without a sunset", () => {
    expect(afterSunsetWarning(dayEnding(1180, 1180))).toEqual([]);
    expect(afterSunsetWarning(dayEnding(1181, 1180))).toEqual([{ code: "after-sunset", day: 1, end: "END", sunset: "SUNSET" }]);
    expect(afterSunsetWarning(dayEnding(2000, null))).toEqual([]);
  });

  it("past midnight: only after 24:00", () => {
    expect(pastMidnightWarning(dayEnding(1440, null))).toEqual([]);
    expect(pastMidnightWarning(dayEnding(1441, null))).toEqual([{ code: "past-midnight", day: 1, end: "END" }]);
  });

  it("opening hours: arriving at opening time and leaving at closing time is fine", () => {
    expect(openingHoursWarning(stopAt(540, 1020, "09:00-17:00"))).toEqual([]);
    expect(openingHoursWarning(stopAt(539, 600, "09:00-17:00")).map((w) => w.code)).toEqual(["outside-opening-hours"]);
    expect(openingHoursWarning(stopAt(990, 1021, "09:00-17:00")).map((w) => w.code)).toEqual(["closes-during-visit"]);
    expect(openingHoursWarning(stopAt(0, 10))).toEqual([]);
  });

  it("days reduced: only when some stops fill fewer days than requested", () => {
    expect(daysReducedWarning([], 3)).toEqual([]);
    expect(daysReducedWarning([dayEnding(600, null)], 1)).toEqual([]);
    expect(daysReducedWarning([dayEnding(600, null)], 3)).toEqual([{ code: "days-reduced", requested: 3, used: 1 }]);
  });
});
