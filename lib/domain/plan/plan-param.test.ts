import { describe, expect, it } from "vitest";
import { planHref, planParamValue } from "./plan-param";

describe("planParamValue", () => {
  it("reads ?plan=", () => {
    expect(planParamValue({ plan: "1.abc" })).toBe("1.abc");
  });

  it("still reads links shared with the old name ?p= when plan is absent", () => {
    expect(planParamValue({ p: "1.old" })).toBe("1.old");
    expect(planParamValue({ p: ["1.a", "1.b"] })).toEqual(["1.a", "1.b"]);
  });

  it("prefers plan over the old name when both are there", () => {
    expect(planParamValue({ p: "1.old", plan: "1.new" })).toBe("1.new");
  });

  it("gives undefined when there is no plan at all", () => {
    expect(planParamValue({})).toBeUndefined();
    expect(planParamValue({ q: "x", c: "29.4,110.6,13" })).toBeUndefined();
  });
});

describe("planHref", () => {
  it("builds the links the app shares, printed and QR-coded with the plan= name", () => {
    expect(planHref("/plan", "1.eyJzIjpbXX0")).toBe("/plan?plan=1.eyJzIjpbXX0");
    expect(planHref("/en/plan", "1.x")).toBe("/en/plan?plan=1.x");
    expect(planHref("/", "1.x")).toBe("/?plan=1.x");
  });
});
