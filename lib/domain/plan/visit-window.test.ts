import { describe, expect, it } from "vitest";
import { bestPlanOrder } from "./best-plan-order";
import { buildTravelMatrix } from "./distance-matrix";
import { bruteForceOrder } from "@/lib/test-support/brute-force-order";
import type { PlanOrigin, PlanPlace } from "./plan-place";
import type { VisitPlan } from "./plan-codec";
import { schedulePlan } from "./schedule-plan";
import { tourCost } from "./tour-cost";
import { EVENING_START_MINUTES, visitBounds, visitStartAt } from "./visit-window";

const origin: PlanOrigin = { lng: 110.651389, lat: 29.428889, nameZh: "乡政府", nameEn: null };
const stop = (slug: string, lng: number, lat: number, extra: Partial<PlanPlace> = {}): PlanPlace => ({
  slug,
  nameZh: slug,
  nameEn: null,
  kind: "scenic",
  point: { lng, lat },
  visitMinutes: 60,
  openingHours: null,
  ...extra,
});
// The case: a night tour (夜游) that lies nearest the start, and three daytime sights.
const nightTour = stop("jiuge", 110.64, 29.425, { visitMinutes: 150, visitWindow: "evening" });
const others = [stop("a", 110.6, 29.42), stop("b", 110.68, 29.41), stop("c", 110.7, 29.4)];
const plan: VisitPlan = {
  v: 1,
  stops: [nightTour, ...others].map((s) => s.slug),
  pinned: [],
  start: { type: "seat" },
  returnToStart: false,
  date: "2026-10-01",
  startTime: "09:00",
  mode: "car",
  days: 1,
  visitMinutes: {},
};
const schedule = (stops: readonly PlanPlace[], startTime = "09:00") =>
  schedulePlan({ date: "2026-10-01", startTime, origin, stops, mode: "car", returnToStart: false, sunsetMinutes: () => null });

describe("visit windows", () => {
  it("evening starts at 18:00 (the guide's assumption); daytime must end by then; hours follow openingHours", () => {
    expect(EVENING_START_MINUTES).toBe(1080);
    expect(visitBounds("evening", null)).toEqual({ earliestStart: 1080, latestEnd: null });
    expect(visitBounds("daytime", null)).toEqual({ earliestStart: null, latestEnd: 1080 });
    expect(visitBounds("hours", "08:30-17:00")).toEqual({ earliestStart: 510, latestEnd: 1020 });
    expect(visitBounds("hours", "unknown")).toEqual({ earliestStart: null, latestEnd: null });
    expect(visitBounds("any", "08:30-17:00")).toEqual({ earliestStart: null, latestEnd: null });
    expect(visitBounds(undefined, null)).toEqual({ earliestStart: null, latestEnd: null });
    expect(visitStartAt(visitBounds("evening", null), 614)).toBe(1080);
    expect(visitStartAt(visitBounds("evening", null), 1100)).toBe(1100);
  });

  it("never schedules an evening-only stop in the morning: listed first, it waits for 18:00 and the day shifts", () => {
    const day = schedule([nightTour, ...others]).days[0]!;
    const [first, ...rest] = day.stops;
    expect(first!.place.slug).toBe("jiuge");
    expect(first!.arrival).toBe("18:00");
    expect(first!.departure).toBe("20:30");
    const reached = 540 + first!.legFromPrevious!.minutes;
    expect(first!.waitMinutes).toBe(1080 - reached);
    expect(rest[0]!.arrivalMinutes).toBe(first!.departureMinutes + rest[0]!.legFromPrevious!.minutes);
    expect(rest.every((s) => s.waitMinutes === 0)).toBe(true);
  });

  it("says so in the warnings, with the time reached and the time the visit starts", () => {
    const s = schedule([nightTour, ...others]);
    const reached = 540 + s.days[0]!.stops[0]!.legFromPrevious!.minutes;
    const hh = String(Math.floor(reached / 60)).padStart(2, "0");
    const mm = String(reached % 60).padStart(2, "0");
    expect(s.warnings[0]).toEqual({ code: "waits-for-window", day: 1, slug: "jiuge", nameZh: "jiuge", nameEn: null, window: "evening", reached: `${hh}:${mm}`, from: "18:00" });
  });

  it("a stop without a window, or reached in the evening, is not moved", () => {
    const late = schedule([nightTour], "19:00").days[0]!.stops[0]!;
    expect(late.waitMinutes).toBe(0);
    expect(late.arrivalMinutes).toBe(1140 + late.legFromPrevious!.minutes);
    expect(schedule(others).days[0]!.stops.every((s) => s.waitMinutes === 0)).toBe(true);
  });

  it("best order puts the evening stop last, and the four-stop plan from 09:00 visits it from 18:00", () => {
    const stops = [nightTour, ...others];
    const { plan: ordered } = bestPlanOrder({ plan, origin, stops });
    expect(ordered.stops[3]).toBe("jiuge");
    // The daytime stops come in the cheapest order a brute force finds with the night tour last.
    const matrix = buildTravelMatrix([origin, ...stops.map((s) => s.point!)], "car");
    const brute = bruteForceOrder({ matrix, start: 0, returnToStart: false, pinned: new Map([[1, 3]]) });
    const bySlug = new Map(stops.map((s, i) => [s.slug, i + 1]));
    expect(tourCost(ordered.stops.map((slug) => bySlug.get(slug)!), matrix, { start: 0, returnToStart: false })).toBe(brute.cost);
    const day = schedule(ordered.stops.map((slug) => stops.find((s) => s.slug === slug)!)).days[0]!;
    const tour = day.stops.find((s) => s.place.slug === "jiuge")!;
    expect(tour.arrivalMinutes).toBeGreaterThanOrEqual(1080);
    expect(day.stops.filter((s) => s.place.slug !== "jiuge").every((s) => s.departureMinutes < tour.arrivalMinutes)).toBe(true);
  });

  it("puts an evening stop without a known spot last too (it has no legs, but its window still holds)", () => {
    const unlocatedTour = { ...nightTour, point: null };
    const { plan: ordered } = bestPlanOrder({ plan, origin, stops: [unlocatedTour, ...others] });
    expect(ordered.stops[3]).toBe("jiuge");
    expect(ordered.pinned).toEqual([]);
  });

  it("keeps the visitor's pins: the evening stop takes the last position no pin holds", () => {
    const pinnedLast = { ...plan, pinned: [3] }; // "c" stays last
    const { plan: ordered } = bestPlanOrder({ plan: pinnedLast, origin, stops: [nightTour, ...others] });
    expect(ordered.stops[3]).toBe("c");
    expect(ordered.stops[2]).toBe("jiuge");
    expect(ordered.pinned).toEqual([3]);
    // Pinned by the visitor, the evening stop stays where it was put (and waits there).
    const pinnedFirst = { ...plan, pinned: [0] };
    expect(bestPlanOrder({ plan: pinnedFirst, origin, stops: [nightTour, ...others] }).plan.stops[0]).toBe("jiuge");
  });

  it("reports a daytime-only stop that would end after 18:00: it does not fit that day", () => {
    const day = stop("d", 110.6, 29.42, { visitWindow: "daytime", visitMinutes: 120 });
    const s = schedule([day], "17:00");
    const st = s.days[0]!.stops[0]!;
    expect(s.warnings).toEqual([
      { code: "outside-visit-window", day: 1, slug: "d", nameZh: "d", nameEn: null, window: "daytime", arrival: st.arrival, departure: st.departure, until: "18:00" },
    ]);
    expect(schedule([day], "09:00").warnings).toEqual([]);
  });

  it("waits for the opening time of a stop whose window is its opening hours", () => {
    const museum = stop("m", 110.6, 29.42, { visitWindow: "hours", openingHours: "10:00-17:00" });
    const s = schedule([museum], "08:00");
    const st = s.days[0]!.stops[0]!;
    expect(st.arrival).toBe("10:00");
    expect(st.waitMinutes).toBe(120 - st.legFromPrevious!.minutes);
    expect(s.warnings.map((w) => w.code)).toEqual(["waits-for-window"]);
  });
});
