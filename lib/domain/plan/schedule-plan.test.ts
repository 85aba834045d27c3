import { describe, expect, it } from "vitest";
import type { LngLat } from "../geo";
import type { PlanOrigin, PlanPlace } from "./plan-place";
import { schedulePlan, type SchedulePlanOptions } from "./schedule-plan";
import type { LegEstimate } from "./travel-model";

const origin: PlanOrigin = { nameZh: "三官寺", nameEn: "Township seat", lng: 110.65, lat: 29.43 };
const A: PlanPlace = { slug: "a", nameZh: "甲", nameEn: null, point: { lng: 110.6, lat: 29.4 }, kind: "scenic", visitMinutes: 60, openingHours: null };
const B: PlanPlace = { slug: "b", nameZh: "乙", nameEn: null, point: { lng: 110.7, lat: 29.4 }, kind: "village", visitMinutes: 90, openingHours: null };
const C: PlanPlace = { slug: "c", nameZh: "丙", nameEn: null, point: { lng: 110.7, lat: 29.5 }, kind: "red", visitMinutes: null, openingHours: null };

/** A stop without a known spot. */
const X: PlanPlace = { slug: "x", nameZh: "未定", nameEn: null, point: null, kind: "red", visitMinutes: 30, openingHours: null };

// Fixed legs (minutes, metres), symmetric, keyed by the point's name ("O" for the origin).
const NAMES = new Map([origin, ...[A, B, C].map((p) => ({ ...(p.point as LngLat), slug: p.slug }))].map((p) => [`${p.lng},${p.lat}`, "slug" in p ? p.slug.toUpperCase() : "O"]));
const name = (p: LngLat): string => NAMES.get(`${p.lng},${p.lat}`) ?? "?";
const LEGS: Record<string, LegEstimate> = {
  "O-A": { minutes: 20, distanceM: 8000 },
  "O-B": { minutes: 18, distanceM: 7000 },
  "O-C": { minutes: 25, distanceM: 9000 },
  "A-B": { minutes: 15, distanceM: 6000 },
  "B-C": { minutes: 10, distanceM: 3000 },
  "A-C": { minutes: 40, distanceM: 15000 },
};
const legEstimator = (from: LngLat, to: LngLat): LegEstimate => {
  const key = [name(from), name(to)].sort((x, y) => (x === "O" ? -1 : y === "O" ? 1 : x.localeCompare(y))).join("-");
  const leg = LEGS[key];
  if (leg === undefined) throw new Error(`no leg ${key}`);
  return leg;
};

const base: SchedulePlanOptions = {
  date: "2026-06-21",
  startTime: "08:30",
  origin,
  stops: [A, B, C],
  mode: "car",
  returnToStart: true,
  defaultVisitMinutes: 30,
  visitMinutes: { b: 45 },
  legEstimator,
  sunsetMinutes: () => 19 * 60 + 40,
};

describe("schedulePlan", () => {
  it("adds legs and visit lengths exactly (one day, returning)", () => {
    const s = schedulePlan(base);
    // 08:30 +20 → A 08:50, +60 → 09:50, +15 → B 10:05, +45 (override) → 10:50,
    // +10 → C 11:00, +30 (default) → 11:30, +25 back → 11:55.
    expect(s.days).toHaveLength(1);
    const day = s.days[0]!;
    expect(day.stops.map((x) => [x.place.slug, x.arrival, x.departure, x.visitMinutes])).toEqual([
      ["a", "08:50", "09:50", 60],
      ["b", "10:05", "10:50", 45],
      ["c", "11:00", "11:30", 30],
    ]);
    expect(day.stops.map((x) => [x.arrivalMinutes, x.departureMinutes])).toEqual([
      [530, 590],
      [605, 650],
      [660, 690],
    ]);
    expect(day.stops.map((x) => x.arrivalUtc)).toEqual(["2026-06-21T00:50:00Z", "2026-06-21T02:05:00Z", "2026-06-21T03:00:00Z"]);
    expect(day.stops[0]!.legFromPrevious).toEqual({ minutes: 20, distanceM: 8000 });
    expect(day.returnLeg).toEqual({ minutes: 25, distanceM: 9000 });
    expect([day.start, day.end, day.startUtc, day.endUtc]).toEqual(["08:30", "11:55", "2026-06-21T00:30:00Z", "2026-06-21T03:55:00Z"]);
    expect([day.distanceM, day.travelMinutes, day.visitMinutes]).toEqual([26000, 70, 135]);
    expect([s.totalDistanceM, s.totalTravelMinutes, s.totalVisitMinutes, s.totalMinutes]).toEqual([26000, 70, 135, 205]);
    expect(s.warnings).toEqual([]);
  });

  it("without returning, the day ends when leaving the last stop", () => {
    const s = schedulePlan({ ...base, returnToStart: false });
    const day = s.days[0]!;
    expect([day.end, day.returnLeg, day.distanceM, day.travelMinutes]).toEqual(["11:30", null, 17000, 45]);
    expect(s.totalMinutes).toBe(180);
  });

  it("splits days so that the latest day ends as early as possible", () => {
    // [A] | [B, C]: day 1 = 20+60+20 = 100 min, day 2 = 18+45+10+30+25 = 128 → latest 128.
    // [A, B] | [C]: day 1 = 20+60+15+45+18 = 158 → worse.
    const s = schedulePlan({ ...base, days: 2 });
    expect(s.days.map((d) => [d.day, d.date, d.stops.map((x) => x.place.slug), d.end])).toEqual([
      [1, "2026-06-21", ["a"], "10:10"],
      [2, "2026-06-22", ["b", "c"], "10:38"],
    ]);
    const day2 = s.days[1]!;
    expect(day2.stops.map((x) => [x.order, x.day, x.arrival, x.departure, x.arrivalUtc])).toEqual([
      [1, 2, "08:48", "09:33", "2026-06-22T00:48:00Z"],
      [2, 2, "09:43", "10:13", "2026-06-22T01:43:00Z"],
    ]);
    expect([s.totalDistanceM, s.totalTravelMinutes, s.totalMinutes]).toEqual([16000 + 19000, 40 + 53, 100 + 128]);
  });

  it("uses no more days than stops, and says so", () => {
    const s = schedulePlan({ ...base, days: 5 });
    expect(s.days.map((d) => d.stops.length)).toEqual([1, 1, 1]);
    expect(s.warnings).toEqual([
      { code: "days-reduced", requested: 5, used: 3 },
    ]);
  });

  it("warns when a day ends after sunset", () => {
    const s = schedulePlan({ ...base, startTime: "17:00" });
    // 17:00 + 205 min = 20:25, sunset 19:40
    expect(s.days[0]!.end).toBe("20:25");
    expect(s.warnings).toEqual([
      { code: "after-sunset", day: 1, end: "20:25", sunset: "19:40" },
    ]);
  });

  it("warns about arrivals outside opening hours and closing during a visit", () => {
    const stops = [A, { ...B, openingHours: "10:30-17:00" }, { ...C, openingHours: "08:00-11:15" }];
    const s = schedulePlan({ ...base, stops });
    expect(s.warnings.map((w) => [w.code, "slug" in w ? w.slug : ""])).toEqual([
      ["outside-opening-hours", "b"],
      ["closes-during-visit", "c"],
    ]);
    expect(s.warnings[0]).toEqual({
      code: "outside-opening-hours",
      day: 1,
      slug: "b",
      nameZh: "乙",
      nameEn: null,
      arrival: "10:05",
      departure: "10:50",
      openingHours: "10:30-17:00",
    });
  });

  it("lists warnings day by day: opening hours in stop order, then sunset, then midnight", () => {
    // 2 days, sunset at 09:00: [A] | [B, C] (see the split test); B opens late, C closes early.
    const stops = [A, { ...B, nameEn: "Yi", openingHours: "09:00-17:00" }, { ...C, openingHours: "08:00-09:50" }];
    const s = schedulePlan({ ...base, stops, days: 2, sunsetMinutes: () => 9 * 60 });
    expect(s.warnings).toEqual([
      { code: "after-sunset", day: 1, end: "10:10", sunset: "09:00" },
      { code: "outside-opening-hours", day: 2, slug: "b", nameZh: "乙", nameEn: "Yi", arrival: "08:48", departure: "09:33", openingHours: "09:00-17:00" },
      { code: "closes-during-visit", day: 2, slug: "c", nameZh: "丙", nameEn: null, arrival: "09:43", departure: "10:13", openingHours: "08:00-09:50" },
      { code: "after-sunset", day: 2, end: "10:38", sunset: "09:00" },
    ]);
  });

  it("ignores opening hours it cannot read", () => {
    const s = schedulePlan({ ...base, stops: [{ ...A, openingHours: "看天气" }] });
    expect(s.warnings).toEqual([]);
  });

  it("flags a day that runs past midnight", () => {
    const s = schedulePlan({ ...base, startTime: "22:00", sunsetMinutes: () => null });
    expect(s.days[0]!.endMinutes).toBe(22 * 60 + 205);
    expect(s.days[0]!.end).toBe("01:25");
    expect(s.days[0]!.endUtc).toBe("2026-06-21T17:25:00Z");
    expect(s.warnings.map((w) => w.code)).toEqual(["past-midnight"]);
  });

  it("returns no days for no stops", () => {
    const s = schedulePlan({ ...base, stops: [] });
    expect([s.days.length, s.totalMinutes, s.warnings.length]).toEqual([0, 0, 0]);
  });

  it("by default estimates legs with the travel model and uses the township sunset", () => {
    const seat: PlanOrigin = { nameZh: "三官寺", nameEn: null, lng: 110.651389, lat: 29.428889 };
    const north: PlanPlace = { slug: "n", nameZh: "北", nameEn: null, point: { lng: 110.651389, lat: 29.438889 }, kind: "scenic", visitMinutes: 30, openingHours: null };
    const s = schedulePlan({ date: "2026-06-21", startTime: "19:00", origin: seat, stops: [north], mode: "car", returnToStart: true });
    // 1779 m each way, 4 min each way: 19:04 → 19:34 → 19:38; sunset 19:40.
    expect(s.days[0]!.stops[0]!.arrival).toBe("19:04");
    expect([s.days[0]!.end, s.days[0]!.sunset, s.totalDistanceM]).toEqual(["19:38", "19:40", 3558]);
    expect(s.warnings).toEqual([]);
  });

  it("rejects a malformed start time and does not mutate its input", () => {
    expect(() => schedulePlan({ ...base, startTime: "8:30" })).toThrow(RangeError);
    const stops = [A, B, C];
    const overrides = { b: 45 };
    schedulePlan({ ...base, stops, visitMinutes: overrides, days: 2 });
    expect(stops).toEqual([A, B, C]);
    expect(overrides).toEqual({ b: 45 });
  });
});

describe("schedulePlan with stops without a known spot", () => {
  it("gives them no leg, measures the next leg from the last known spot, and returns from it", () => {
    const s = schedulePlan({ ...base, stops: [A, X, B], days: 1 });
    const [a, x, b] = s.days[0]?.stops ?? [];
    expect(a?.legFromPrevious).toEqual(LEGS["O-A"]);
    expect(x?.legFromPrevious).toBeNull();
    expect(x?.arrival).toBe("09:50"); // 08:30 + 20 min to A + 60 min at A: no travel to X
    expect(b?.legFromPrevious).toEqual(LEGS["A-B"]); // from A, the last known spot
    expect(b?.arrival).toBe("10:35"); // X 09:50–10:20, then 15 min A→B
    expect(s.days[0]?.returnLeg).toEqual(LEGS["O-B"]);
    expect(s.totalTravelMinutes).toBe(20 + 15 + 18);
    expect(s.warnings).toEqual([{ code: "no-known-spot", day: 1, slug: "x", nameZh: "未定", nameEn: null }]);
  });

  it("a day of unlocated stops only has no travel at all and no way back", () => {
    const s = schedulePlan({ ...base, stops: [X], days: 1 });
    expect(s.days[0]?.stops[0]?.legFromPrevious).toBeNull();
    expect(s.days[0]?.returnLeg).toBeNull();
    expect(s.totalTravelMinutes).toBe(0);
    expect(s.totalDistanceM).toBe(0);
  });
});
