import { describe, expect, it } from "vitest";
import {
  CORRECTION_MESSAGE_MAX,
  correctionFilterSchema,
  correctionInputSchema,
  correctionProblems,
  parseCoordinate,
  rejectInputSchema,
  roundPoint,
} from "./correction-input";

const SEAT = { lat: 29.4113, lng: 110.6562, accuracyM: 12 };
const base = { place: "luotan-picking-gardens", kind: "location", message: "", point: SEAT, lang: "zh" } as const;

describe("a visitor's correction", () => {
  it("accepts the three kinds and trims the message", () => {
    const parsed = correctionInputSchema.parse({ ...base, kind: "closed", message: "  关门了  ", point: null });
    expect(parsed).toEqual({ ...base, kind: "closed", message: "关门了", point: null });
    expect(correctionProblems(parsed)).toEqual({});
    expect(correctionProblems({ kind: "location", message: "", point: SEAT })).toEqual({});
  });

  it("refuses unknown keys, kinds, languages and malformed places (strict)", () => {
    expect(correctionInputSchema.safeParse({ ...base, status: "accepted" }).success).toBe(false);
    expect(correctionInputSchema.safeParse({ ...base, kind: "spam" }).success).toBe(false);
    expect(correctionInputSchema.safeParse({ ...base, lang: "fr" }).success).toBe(false);
    expect(correctionInputSchema.safeParse({ ...base, place: "../admin" }).success).toBe(false);
    expect(correctionInputSchema.safeParse({ ...base, point: { ...SEAT, extra: 1 } }).success).toBe(false);
    expect(correctionInputSchema.safeParse({ ...base, point: { lat: "29.4", lng: 110.6, accuracyM: null } }).success).toBe(false);
    expect(correctionInputSchema.safeParse({ place: base.place, kind: "other", message: "x", lang: "zh" }).success).toBe(false);
  });

  it("needs a message for closed and other, and at most 2000 characters", () => {
    expect(correctionProblems({ kind: "closed", message: "", point: null })).toEqual({ message: "message_required" });
    expect(correctionProblems({ kind: "other", message: "", point: null })).toEqual({ message: "message_required" });
    expect(correctionProblems({ kind: "other", message: "x".repeat(CORRECTION_MESSAGE_MAX), point: null })).toEqual({});
    expect(correctionProblems({ kind: "other", message: "x".repeat(CORRECTION_MESSAGE_MAX + 1), point: null })).toEqual({ message: "message_too_long" });
    // The schema lets a too-long message through to be named per field, but not an unbounded one.
    expect(correctionInputSchema.safeParse({ ...base, message: "x".repeat(CORRECTION_MESSAGE_MAX * 10 + 1) }).success).toBe(false);
  });

  it("needs a point inside the township for a wrong location", () => {
    expect(correctionProblems({ kind: "location", message: "", point: null })).toEqual({ point: "point_required" });
    // Swapped axes, Beijing, and just outside the envelope's corner.
    expect(correctionProblems({ kind: "location", message: "", point: { lat: 110.6562, lng: 29.4113, accuracyM: null } }).point).toBe("point_outside");
    expect(correctionProblems({ kind: "location", message: "", point: { lat: 39.9, lng: 116.4, accuracyM: null } }).point).toBe("point_outside");
    expect(correctionProblems({ kind: "location", message: "", point: { lat: 29.349, lng: 110.6, accuracyM: null } }).point).toBe("point_outside");
    expect(correctionProblems({ kind: "location", message: "", point: { lat: 29.35, lng: 110.55, accuracyM: null } })).toEqual({});
  });

  it("reads typed coordinates strictly and rounds stored points", () => {
    expect(parseCoordinate(" 29.4113 ")).toBe(29.4113);
    expect(parseCoordinate("-0.5")).toBe(-0.5);
    for (const bad of ["", "29,41", "1e2", "29.41N", "0x1F", "Infinity", "29.4.1"]) expect(parseCoordinate(bad)).toBeNull();
    expect(roundPoint({ lat: 29.41131234567, lng: 110.656249999, accuracyM: 12.6 })).toEqual({ lat: 29.411312, lng: 110.65625, accuracyM: 13 });
    expect(roundPoint({ lat: 29.4, lng: 110.6, accuracyM: null }).accuracyM).toBeNull();
  });

  it("a rejection needs a reason; the list filter falls back to all", () => {
    expect(rejectInputSchema.safeParse({ reason: "   " }).success).toBe(false);
    expect(rejectInputSchema.safeParse({}).success).toBe(false);
    expect(rejectInputSchema.parse({ reason: " 已核实，位置无误 " })).toEqual({ reason: "已核实，位置无误" });
    expect(correctionFilterSchema.parse("rejected")).toBe("rejected");
    expect(correctionFilterSchema.parse("<script>")).toBe("all");
  });
});
