import { describe, expect, it } from "vitest";
import type { VisitPlan } from "./plan-codec";
import { emptyPlan } from "./edit-plan";
import { MAX_UNDO, initialPlanState, planReducer, type PlanAction, type PlanState } from "./plan-reducer";

const base: VisitPlan = { ...emptyPlan("2026-10-01"), stops: ["a", "b", "c"], pinned: [2] };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Applies actions the way React's strict mode does: the reducer runs twice and one result is kept. */
function runStrict(state: PlanState, actions: PlanAction[]): PlanState {
  return actions.reduce((s, action) => {
    const frozen = deepFreeze(s);
    const first = planReducer(frozen, action);
    const second = planReducer(frozen, action);
    expect(second).toEqual(first);
    return second;
  }, state);
}

describe("planReducer", () => {
  it("edits the plan and records undoable edits only", () => {
    let s = initialPlanState(base);
    s = planReducer(s, { type: "add", slug: "d" });
    expect(s.plan.stops).toEqual(["a", "b", "c", "d"]);
    expect(s.history).toEqual([]);
    s = planReducer(s, { type: "move", from: 3, to: 0 });
    expect(s.plan.stops).toEqual(["d", "a", "b", "c"]);
    expect(s.plan.pinned).toEqual([3]); // the pin follows "c"
    expect(s.history.map((p) => p.stops)).toEqual([["a", "b", "c", "d"]]);
    s = planReducer(s, { type: "set-options", change: { mode: "walk", startTime: "08:00" } });
    expect([s.plan.mode, s.plan.startTime]).toEqual(["walk", "08:00"]);
    s = planReducer(s, { type: "remove", slug: "a" });
    expect(s.plan.stops).toEqual(["d", "b", "c"]);
    expect(s.history.map((p) => p.stops)).toEqual([
      ["a", "b", "c", "d"],
      ["d", "a", "b", "c"],
    ]);
  });

  it("undo goes back one undoable step at a time, options changed since are undone with it", () => {
    let s = initialPlanState(base);
    s = planReducer(s, { type: "load-stops", slugs: ["x", "y"] });
    s = planReducer(s, { type: "reorder", plan: { ...s.plan, stops: ["y", "x"] } });
    s = planReducer(s, { type: "set-options", change: { days: 2 } });
    expect(s.plan.stops).toEqual(["y", "x"]);
    s = planReducer(s, { type: "undo" });
    expect(s.plan.stops).toEqual(["x", "y"]);
    expect(s.plan.days).toBe(1);
    s = planReducer(s, { type: "undo" });
    expect(s.plan).toEqual(base);
    expect(s.history).toEqual([]);
    // nothing left to undo: the state is kept as it is
    expect(planReducer(s, { type: "undo" })).toBe(s);
  });

  it("clearing the plan (no stops) can be undone", () => {
    let s = planReducer(initialPlanState(base), { type: "load-stops", slugs: [] });
    expect(s.plan.stops).toEqual([]);
    s = planReducer(s, { type: "undo" });
    expect(s.plan.stops).toEqual(["a", "b", "c"]);
  });

  it("records nothing for an edit that changes nothing", () => {
    const s = initialPlanState(base);
    expect(planReducer(s, { type: "remove", slug: "not-planned" })).toBe(s);
    expect(planReducer(s, { type: "move", from: 1, to: 1 })).toBe(s);
    expect(planReducer(s, { type: "add", slug: "a" })).toBe(s);
  });

  it("keeps the last 20 plans for undo", () => {
    let s = initialPlanState({ ...base, stops: ["s0"] });
    for (let i = 1; i <= 25; i++) s = planReducer(s, { type: "load-stops", slugs: [`s${i}`] });
    expect(MAX_UNDO).toBe(20);
    expect(s.history).toHaveLength(20);
    expect(s.history[0]?.stops).toEqual(["s5"]);
    expect(s.history[19]?.stops).toEqual(["s24"]);
  });

  it("restoring the stored plan replaces the plan without an undo step", () => {
    const stored = { ...base, stops: ["z"] };
    const s = planReducer(initialPlanState(emptyPlan("2026-10-01")), { type: "restore", plan: stored });
    expect(s).toEqual({ plan: stored, history: [] });
  });

  it("is harmless when run twice per action (strict mode): one undo step per edit, inputs untouched", () => {
    const s = runStrict(initialPlanState(base), [
      { type: "remove", slug: "b" },
      { type: "add", slug: "d" },
      { type: "move", from: 0, to: 2 },
      { type: "toggle-pin", index: 0 },
      { type: "set-visit", slug: "d", minutes: 45 },
      { type: "undo" },
    ]);
    // remove then move were the undoable edits; one undo leaves exactly the remove's step
    expect(s.plan.stops).toEqual(["a", "c", "d"]);
    expect(s.plan.pinned).toEqual([1]);
    expect(s.plan.visitMinutes).toEqual({});
    expect(s.history.map((p) => p.stops)).toEqual([["a", "b", "c"]]);
    const undone = runStrict(s, [{ type: "undo" }]);
    expect(undone.plan).toEqual(base);
    expect(undone.history).toEqual([]);
  });
});
