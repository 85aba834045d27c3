import { describe, expect, it } from "vitest";
import { parsePlaceForm } from "./place-form";
import { VALID } from "@/lib/test-support/place-form-values";
import { fieldErrorText, fieldErrorTexts } from "../messages-staff-places";


describe("parsePlaceForm", () => {
  it("accepts a valid form and stores empty optional text as null, trimmed text trimmed", () => {
    const r = parsePlaceForm({ ...VALID, nameEn: "  ", summaryZh: "  乡政府所在地 ", visitMinutes: "90", statusYear: "" });
    expect(r).toEqual({ ok: true, value: { ...VALID, nameEn: null, visitMinutes: 90, statusYear: null } });
  });

  it("reports one error code per field", () => {
    const r = parsePlaceForm({ ...VALID, nameZh: "", kind: "castle", visitMinutes: 2.5, radiusM: -1, descriptionZh: "长".repeat(10 * 1024) });
    expect(r).toEqual({
      ok: false,
      errors: { nameZh: "required", kind: "choice", visitMinutes: "int", radiusM: "range:0:20000", descriptionZh: "max:5000" },
    });
  });

  it("refuses half a point, a point outside the township (swapped axes) and exact without a point", () => {
    expect(parsePlaceForm({ ...VALID, lng: null })).toEqual({ ok: false, errors: { lng: "both_or_neither" } });
    expect(parsePlaceForm({ ...VALID, lat: 110.66, lng: 29.43 })).toEqual({ ok: false, errors: { lat: "range:-90:90" } });
    expect(parsePlaceForm({ ...VALID, lat: 28.0, lng: 110.66 })).toEqual({ ok: false, errors: { lat: "outside_township" } });
    expect(parsePlaceForm({ ...VALID, lat: null, lng: null, precision: "exact" })).toEqual({ ok: false, errors: { precision: "needs_point" } });
    expect(parsePlaceForm({ ...VALID, lat: null, lng: null, precision: "township" }).ok).toBe(true);
  });

  it("refuses unknown fields and a missing field", () => {
    const withoutKind: Partial<typeof VALID> = { ...VALID };
    delete withoutKind.kind;
    expect(parsePlaceForm({ ...withoutKind, evil: 1 })).toEqual({ ok: false, errors: { kind: "choice", _form: "unknown_field" } });
  });

  it("keeps hostile text as text (it is data; React escapes it)", () => {
    const r = parsePlaceForm({ ...VALID, nameZh: `<img src=x onerror="window.__xss=1">` });
    expect(r.ok && r.value.nameZh).toBe(`<img src=x onerror="window.__xss=1">`);
  });

  it("refuses direction controls (a right-to-left override reorders what follows it) in every text field, and keeps the marks U+200E/U+200F", () => {
    const override = "\u202Eevil.exe\u202C 名称";
    expect(parsePlaceForm({ ...VALID, nameZh: override, descriptionEn: "a\u2067b\u2069", statusNoteZh: "\u202Ax" })).toEqual({
      ok: false,
      errors: { nameZh: "bidi", descriptionEn: "bidi", statusNoteZh: "bidi" },
    });
    for (const control of ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"]) {
      expect(parsePlaceForm({ ...VALID, summaryEn: `x${control}y` }), control.codePointAt(0)!.toString(16)).toEqual({ ok: false, errors: { summaryEn: "bidi" } });
    }
    const marks = parsePlaceForm({ ...VALID, summaryEn: "a\u200Eb\u200Fc" });
    expect(marks.ok && marks.value.summaryEn).toBe("a\u200Eb\u200Fc");
    expect(fieldErrorText("zh", "bidi")).toContain("U+202E");
    expect(fieldErrorText("en", "bidi")).toBe("Contains an invisible character that changes the direction of text (such as U+202E): remove it, then save.");
  });

  it("takes a 10 kB text that fits the limit in characters (3,414 Chinese characters are 10 kB in UTF-8)", () => {
    const tenKb = "长".repeat(3414);
    expect(new TextEncoder().encode(tenKb).length).toBeGreaterThanOrEqual(10 * 1024);
    const r = parsePlaceForm({ ...VALID, descriptionZh: tenKb });
    expect(r.ok && r.value.descriptionZh).toBe(tenKb);
  });

  it("says each error in the form's language", () => {
    expect(fieldErrorText("zh", "max:80")).toBe("最多 80 个字符。");
    expect(fieldErrorText("en", "max:80")).toBe("At most 80 characters.");
    expect(fieldErrorText("en", "range:5:1440")).toBe("Must be between 5 and 1440.");
    expect(fieldErrorTexts("zh", { nameZh: "required", x: "no-such-code" })).toEqual({ nameZh: "必填。", x: "无效的值。" });
  });
});
