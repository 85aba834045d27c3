import { describe, expect, it } from "vitest";
import { bestPlanOrder } from "./best-plan-order";
import { bruteForceOrder } from "@/lib/test-support/brute-force-order";
import { buildTravelMatrix } from "./distance-matrix";
import { tourCost } from "./tour-cost";
import type { PlanOrigin, PlanPlace } from "./plan-place";
import type { VisitPlan } from "./plan-codec";

const origin: PlanOrigin = { lng: 110.651389, lat: 29.428889, nameZh: "乡政府", nameEn: null };
const place = (slug: string, lng: number, lat: number): PlanPlace => ({ slug, nameZh: slug, nameEn: null, kind: "scenic", lng, lat, visitMinutes: null, openingHours: null });
// A line of places west → east, listed out of order.
const stops = [place("c", 110.68, 29.41), place("a", 110.6, 29.42), place("d", 110.7, 29.4), place("b", 110.63, 29.425)];
const basePlan: VisitPlan = {
  v: 1,
  stops: stops.map((s) => s.slug),
  pinned: [],
  start: { type: "seat" },
  returnToStart: false,
  date: "2026-10-01",
  startTime: "09:00",
  mode: "car",
  days: 1,
  visitMinutes: {},
};

describe("bestPlanOrder", () => {
  it("finds the order brute force finds, and it is shorter than the input order", () => {
    const { plan, costSeconds, method } = bestPlanOrder({ plan: basePlan, origin, stops });
    expect(method).toBe("exact");
    // From the seat (110.651): west to b and a first, then east to c and d (or the mirror, costlier).
    expect(plan.stops).toEqual(["b", "a", "c", "d"]);
    const matrix = buildTravelMatrix([origin, ...stops], "car");
    const brute = bruteForceOrder({ matrix, start: 0, returnToStart: false });
    expect(costSeconds).toBe(brute.cost);
    expect(costSeconds).toBeLessThan(tourCost([1, 2, 3, 4], matrix, { start: 0, returnToStart: false }));
  });

  it("keeps pinned stops at their positions", () => {
    const pinnedPlan = { ...basePlan, pinned: [0] }; // "c" stays first
    const { plan } = bestPlanOrder({ plan: pinnedPlan, origin, stops });
    expect(plan.stops[0]).toBe("c");
    expect(plan.pinned).toEqual([0]);
    expect([...plan.stops].sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("leaves a plan of one stop as it is and does not mutate its input", () => {
    const one = { ...basePlan, stops: ["a"] };
    expect(bestPlanOrder({ plan: one, origin, stops: [place("a", 110.6, 29.42)] }).plan).toBe(one);
    const copy = structuredClone(basePlan);
    bestPlanOrder({ plan: basePlan, origin, stops });
    expect(basePlan).toEqual(copy);
  });
});
