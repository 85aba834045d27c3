import { describe, expect, it } from "vitest";
import { VALID } from "@/lib/test-support/place-form-values";
import { changedFields, reapply, stateNeedsSource, toFormState } from "./form-state";
import { parsePlaceForm } from "./place-form";

const values = { ...VALID, locationSource: null, statusSource: null, citations: "[]" };

describe("form state", () => {
  it("round-trips through the server's parser unchanged", () => {
    expect(parsePlaceForm(toFormState(values))).toEqual({ ok: true, value: VALID });
  });

  it("finds the changed fields and whether they need a source", () => {
    const base = toFormState(values);
    expect(changedFields(base, { ...base, nameEn: "Seat " })).toEqual(["nameEn"]);
    expect(changedFields(base, { ...base, nameEn: "Sanguansi Village  " })).toEqual([]);
    expect(stateNeedsSource(base, { ...base, nameEn: "x" })).toBe(false);
    expect(stateNeedsSource(base, { ...base, radiusM: "20" })).toBe(true);
    expect(stateNeedsSource(base, { ...base, status: "planned" })).toBe(true);
  });

  it("re-applies my changes on top of theirs, keeping their other changes", () => {
    const base = toFormState(values);
    const mine = { ...base, nameEn: "Mine", summaryZh: "我的" };
    const theirs = { ...base, nameEn: "Theirs", descriptionZh: "他们的" };
    expect(reapply(base, mine, theirs)).toEqual({ ...base, nameEn: "Mine", summaryZh: "我的", descriptionZh: "他们的" });
  });
});
