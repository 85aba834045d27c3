import { describe, expect, it } from "vitest";
import { bestPlanOrder } from "./best-plan-order";
import { bruteForceOrder } from "@/lib/test-support/brute-force-order";
import { buildTravelMatrix } from "./distance-matrix";
import { tourCost } from "./tour-cost";
import type { PlanOrigin, PlanPlace } from "./plan-place";
import type { VisitPlan } from "./plan-codec";
import type { LngLat } from "../geo";

const origin: PlanOrigin = { lng: 110.651389, lat: 29.428889, nameZh: "乡政府", nameEn: null };
const place = (slug: string, lng: number, lat: number): PlanPlace => ({ slug, nameZh: slug, nameEn: null, kind: "scenic", point: { lng, lat }, visitMinutes: null, openingHours: null });
/** A stop without a known spot. */
const nowhere = (slug: string): PlanPlace => ({ slug, nameZh: slug, nameEn: null, kind: "red", point: null, visitMinutes: null, openingHours: null });
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
    const matrix = buildTravelMatrix([origin, ...stops.map((s) => s.point as LngLat)], "car");
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

  it("keeps stops without a known spot at their positions and orders the located ones around them, as if they were absent", () => {
    // x at position 1 and y last; the located stops c, a, d, b fill positions 0, 2, 3, 4.
    const mixed = [stops[0], nowhere("x"), stops[1], stops[2], nowhere("y"), stops[3]] as PlanPlace[];
    const mixedPlan = { ...basePlan, stops: mixed.map((s) => s.slug) };
    const { plan, costSeconds } = bestPlanOrder({ plan: mixedPlan, origin, stops: mixed });
    expect(plan.stops).toEqual(["b", "x", "a", "c", "y", "d"]);
    // the located stops in the order (and at the cost) found without the unlocated ones
    expect(costSeconds).toBe(bestPlanOrder({ plan: basePlan, origin, stops }).costSeconds);
  });

  it("remaps a located pin past the unlocated positions, and keeps a pinned unlocated stop", () => {
    const mixed = [nowhere("x"), stops[0], stops[1], stops[2], stops[3]] as PlanPlace[];
    // "c" pinned at position 1 (first located position), x pinned at 0
    const mixedPlan = { ...basePlan, stops: mixed.map((s) => s.slug), pinned: [0, 1] };
    const { plan } = bestPlanOrder({ plan: mixedPlan, origin, stops: mixed });
    expect(plan.stops[0]).toBe("x");
    expect(plan.stops[1]).toBe("c");
    expect(plan.pinned).toEqual([0, 1]);
    expect([...plan.stops].sort()).toEqual(["a", "b", "c", "d", "x"]);
  });

  it("leaves a plan with fewer than two located stops as it is", () => {
    const few = { ...basePlan, stops: ["x", "a", "y"] };
    expect(bestPlanOrder({ plan: few, origin, stops: [nowhere("x"), place("a", 110.6, 29.42), nowhere("y")] }).plan).toBe(few);
  });

  it("leaves a plan of one stop as it is and does not mutate its input", () => {
    const one = { ...basePlan, stops: ["a"] };
    expect(bestPlanOrder({ plan: one, origin, stops: [place("a", 110.6, 29.42)] }).plan).toBe(one);
    const copy = structuredClone(basePlan);
    bestPlanOrder({ plan: basePlan, origin, stops });
    expect(basePlan).toEqual(copy);
  });
});
