import { describe, expect, it } from "vitest";
import { encodePlan } from "./plan-codec";
import { emptyPlan } from "./edit-plan";
import { readPlanParam } from "./read-plan-param";
import { planParamValue } from "./plan-param";

const places = [{ slug: "jiuge-shangui" }, { slug: "township-government" }];
const today = "2026-11-28";

describe("readPlanParam", () => {
  it("reads a good plan and drops unknown places with a message", () => {
    const code = encodePlan({ ...emptyPlan("2026-12-01"), stops: ["jiuge-shangui", "no-such-place", "township-government"], pinned: [2] });
    const r = readPlanParam(code, places, today);
    expect(r.plan.stops).toEqual(["jiuge-shangui", "township-government"]);
    expect(r.plan.pinned).toEqual([1]);
    expect(r.plan.date).toBe("2026-12-01");
    expect(r.problems).toEqual([{ code: "unknown-places", items: ['"no-such-place"'], count: 1 }]);
  });

  it("turns random bytes, a wrong version, arrays and empty values into an empty plan with a message", () => {
    for (const raw of ["%%%garbage", "9.eyJ2Ijo5fQ", "", ["x", "y"], "1." + "A".repeat(30_000)]) {
      const r = readPlanParam(raw, places, today);
      expect(r.plan.stops).toEqual([]);
      expect(r.plan.date).toBe(today);
      expect(r.problems.length).toBeGreaterThan(0);
    }
  });

  it("refuses a 10,000-stop link as too long, and keeps the first 50 of 300 stops", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `p${i}`);
    const known = many.map((slug) => ({ slug }));
    const huge = "1." + Buffer.from(JSON.stringify({ s: many, d: "2026-12-01" })).toString("base64url");
    const r = readPlanParam(huge, known, today);
    expect(r.plan.stops).toEqual([]);
    expect(r.problems).toEqual([{ code: "too-long", length: 105_221, max: 20_000 }]);
    const some = "1." + Buffer.from(JSON.stringify({ s: many.slice(0, 300), d: "2026-12-01" })).toString("base64url");
    const r2 = readPlanParam(some, known, today);
    expect(r2.plan.stops).toEqual(many.slice(0, 50));
    expect(r2.problems[0]).toEqual({ code: "too-many-stops", count: 300, max: 50 });
  });

  it("opens a link shared with the old name (/plan?p=CODE) as the same plan as /plan?plan=CODE", () => {
    const code = encodePlan({ ...emptyPlan("2026-12-01"), stops: ["township-government", "jiuge-shangui"] });
    const old = readPlanParam(planParamValue({ p: code }), places, today);
    expect(old.plan.stops).toEqual(["township-government", "jiuge-shangui"]);
    expect(old.plan.date).toBe("2026-12-01");
    expect(old.problems).toEqual([]);
    expect(readPlanParam(planParamValue({ plan: code }), places, today)).toEqual(old);
  });
});
