import { describe, expect, it } from "vitest";
import { filterKnownStops } from "./filter-known-stops";
import type { VisitPlan } from "./plan-codec";

const plan: VisitPlan = {
  v: 1,
  stops: ["a", "gone", "b", "c"],
  pinned: [1, 2],
  start: { type: "place", slug: "old-start" },
  returnToStart: true,
  date: "2026-06-21",
  startTime: "09:00",
  mode: "car",
  days: 1,
  visitMinutes: { gone: 30, c: 45 },
};

describe("filterKnownStops", () => {
  it("drops unknown stops, re-indexes pins, drops their overrides and an unknown start place", () => {
    const result = filterKnownStops(plan, new Set(["a", "b", "c"]));
    expect(result.plan).toEqual({
      ...plan,
      stops: ["a", "b", "c"],
      pinned: [1],
      start: { type: "seat" },
      visitMinutes: { c: 45 },
    });
    expect(result.problems).toEqual([
      { code: "unknown-places", items: ['"gone"'], count: 1 },
      { code: "unknown-start-place", slug: "old-start" },
    ]);
  });

  it("lists at most 5 unknown places and counts them all", () => {
    const stops = ["a", "u1", "u2", "u3", "u4", "u5", "u6", "u7"];
    const result = filterKnownStops({ ...plan, stops, pinned: [], start: { type: "seat" } }, ["a"]);
    expect(result.plan.stops).toEqual(["a"]);
    expect(result.problems).toEqual([{ code: "unknown-places", items: ['"u1"', '"u2"', '"u3"', '"u4"', '"u5"'], count: 7 }]);
  });

  it("leaves a fully known plan unchanged, accepts an array, and does not mutate the input", () => {
    const known = ["a", "gone", "b", "c", "old-start"];
    const before = JSON.stringify(plan);
    expect(filterKnownStops(plan, known)).toEqual({ plan, problems: [] });
    filterKnownStops(plan, []);
    expect(JSON.stringify(plan)).toBe(before);
  });
});
