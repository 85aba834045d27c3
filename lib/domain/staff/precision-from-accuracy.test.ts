import { describe, expect, it } from "vitest";
import { precisionFromAccuracy } from "./precision-from-accuracy";

describe("precisionFromAccuracy", () => {
  it("is exact up to 50 m, with the accuracy rounded up as the radius", () => {
    expect(precisionFromAccuracy(0.4)).toEqual({ ok: true, precision: "exact", radiusM: 1 });
    expect(precisionFromAccuracy(12.2)).toEqual({ ok: true, precision: "exact", radiusM: 13 });
    expect(precisionFromAccuracy(50)).toEqual({ ok: true, precision: "exact", radiusM: 50 });
  });
  it("is approximate above 50 m, the radius rounded up to 10 m", () => {
    expect(precisionFromAccuracy(50.1)).toEqual({ ok: true, precision: "approximate", radiusM: 60 });
    expect(precisionFromAccuracy(1999)).toEqual({ ok: true, precision: "approximate", radiusM: 2000 });
  });
  it("refuses a fix coarser than 2 km and nonsense", () => {
    expect(precisionFromAccuracy(2001)).toEqual({ ok: false, code: "too_inaccurate" });
    expect(precisionFromAccuracy(0)).toEqual({ ok: false, code: "invalid" });
    expect(precisionFromAccuracy(Number.NaN)).toEqual({ ok: false, code: "invalid" });
  });
});
