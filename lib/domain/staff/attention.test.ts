import { describe, expect, it } from "vitest";
import { attentionCounts, attentionFilterSchema, placeAttention, type AttentionInput } from "./attention";

const base: AttentionInput = {
  lat: 29.39,
  lng: 110.7,
  precision: "exact",
  statusYear: 2025,
  locationSourceId: 7,
  sourceConfidences: ["high"],
  openCorrections: 0,
  archived: false,
};

describe("placeAttention", () => {
  it("asks nothing of a located, recently checked, well-sourced place", () => {
    expect(placeAttention(base, 2026)).toEqual([]);
  });

  it("no known spot: no point, or a point that only stands for the village or the township", () => {
    expect(placeAttention({ ...base, lat: null, lng: null }, 2026)).toEqual(["no-spot"]);
    expect(placeAttention({ ...base, precision: "village" }, 2026)).toEqual(["no-spot"]);
    expect(placeAttention({ ...base, precision: "township" }, 2026)).toEqual(["no-spot"]);
    expect(placeAttention({ ...base, precision: "approximate" }, 2026)).toEqual([]);
  });

  it("a status is stale when its year is missing or before the current year minus two", () => {
    expect(placeAttention({ ...base, statusYear: null }, 2026)).toEqual(["stale-status"]);
    expect(placeAttention({ ...base, statusYear: 2023 }, 2026)).toEqual(["stale-status"]);
    expect(placeAttention({ ...base, statusYear: 2024 }, 2026)).toEqual([]);
    expect(placeAttention({ ...base, statusYear: 2024 }, 2027)).toEqual(["stale-status"]);
  });

  it("a fact without a source: no source, an own spot without a location source, or only weak sources", () => {
    expect(placeAttention({ ...base, sourceConfidences: [] }, 2026)).toEqual(["unsourced"]);
    expect(placeAttention({ ...base, precision: "approximate", locationSourceId: null }, 2026)).toEqual(["unsourced"]);
    expect(placeAttention({ ...base, sourceConfidences: ["low", "very_low"] }, 2026)).toEqual(["unsourced"]);
    expect(placeAttention({ ...base, sourceConfidences: ["low", "medium"] }, 2026)).toEqual([]);
    // A place without a spot of its own claims no point, so a missing location source is not a claim without source.
    expect(placeAttention({ ...base, precision: "township", locationSourceId: null }, 2026)).toEqual(["no-spot"]);
  });

  it("open corrections, and every reason at once in a fixed order", () => {
    expect(placeAttention({ ...base, openCorrections: 2 }, 2026)).toEqual(["corrections"]);
    const worst: AttentionInput = { ...base, lat: null, lng: null, statusYear: null, sourceConfidences: [], openCorrections: 1 };
    expect(placeAttention(worst, 2026)).toEqual(["no-spot", "stale-status", "unsourced", "corrections"]);
  });

  it("an archived place needs nothing: visitors no longer see it", () => {
    expect(placeAttention({ ...base, lat: null, lng: null, openCorrections: 3, archived: true }, 2026)).toEqual([]);
  });
});

describe("attentionCounts and the filter parameter", () => {
  it("counts each reason once per place", () => {
    expect(attentionCounts([["no-spot", "stale-status"], ["no-spot"], []])).toEqual({ "no-spot": 2, "stale-status": 1, unsourced: 0, corrections: 0 });
  });
  it("accepts only the four codes", () => {
    expect(attentionFilterSchema.safeParse("no-spot").success).toBe(true);
    expect(attentionFilterSchema.safeParse("all").success).toBe(false);
    expect(attentionFilterSchema.safeParse("<script>").success).toBe(false);
  });
});
