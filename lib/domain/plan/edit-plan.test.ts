import { describe, expect, it } from "vitest";
import { addStop, chinaToday, emptyPlan, loadStops, moveStop, removeStop, setVisitMinutes, togglePin } from "./edit-plan";
import { MAX_VISIT_MINUTES, MIN_VISIT_MINUTES } from "./plan-codec";

const base = { ...emptyPlan("2026-10-01"), stops: ["a", "b", "c", "d"], pinned: [1] };

describe("plan edits", () => {
  it("knows today's date in the township (UTC+8)", () => {
    expect(chinaToday(new Date("2026-11-28T15:59:00Z"))).toBe("2026-11-28");
    expect(chinaToday(new Date("2026-11-28T16:00:00Z"))).toBe("2026-11-29");
  });

  it("adds a stop once", () => {
    expect(addStop(base, "e").stops).toEqual(["a", "b", "c", "d", "e"]);
    expect(addStop(base, "a")).toBe(base);
  });

  it("moves a stop and its pin with it", () => {
    const moved = moveStop(base, 1, 3);
    expect(moved.stops).toEqual(["a", "c", "d", "b"]);
    expect(moved.pinned).toEqual([3]);
    expect(moveStop(base, 0, -5).stops).toEqual(base.stops);
    expect(moveStop(base, 3, 0).stops).toEqual(["d", "a", "b", "c"]);
    expect(moveStop(base, 3, 0).pinned).toEqual([2]);
  });

  it("removes a stop, shifting pins and dropping its visit length", () => {
    const withMinutes = setVisitMinutes(base, "a", 30);
    const removed = removeStop(withMinutes, "a");
    expect(removed.stops).toEqual(["b", "c", "d"]);
    expect(removed.pinned).toEqual([0]);
    expect(removed.visitMinutes).toEqual({});
  });

  it("toggles pins and clamps visit lengths", () => {
    expect(togglePin(base, 2).pinned).toEqual([1, 2]);
    expect(togglePin(base, 1).pinned).toEqual([]);
    expect(setVisitMinutes(base, "c", 5000).visitMinutes).toEqual({ c: MAX_VISIT_MINUTES });
    expect(setVisitMinutes(base, "c", -3).visitMinutes).toEqual({ c: MIN_VISIT_MINUTES });
    expect(setVisitMinutes(base, "zz", 10)).toBe(base);
  });

  it("loads a route's stops without duplicates", () => {
    expect(loadStops(base, ["x", "y", "x"])).toMatchObject({ stops: ["x", "y"], pinned: [], visitMinutes: {} });
  });
});
