import { describe, expect, it } from "vitest";
import { changesLocation, diffPlace, parseChanges } from "./place-diff";
import type { PlaceValues } from "./place-form";
import { VALID } from "@/lib/test-support/place-form-values";
import { valuesBefore } from "./restore-values";

const V0: PlaceValues = { ...VALID, locationSource: "seed-a", statusSource: null, citations: "[]" };

describe("diffPlace", () => {
  it("lists exactly the changed fields, old -> new, in form order", () => {
    const after = { ...V0, nameEn: "Seat", lat: 29.44, statusSource: "survey-1" };
    expect(diffPlace(V0, after)).toEqual([
      { field: "nameEn", old: "Sanguansi Village", new: "Seat" },
      { field: "lat", old: 29.43, new: 29.44 },
      { field: "statusSource", old: null, new: "survey-1" },
    ]);
    expect(diffPlace(V0, { ...V0 })).toEqual([]);
    expect(changesLocation(diffPlace(V0, after))).toBe(true);
    expect(changesLocation(diffPlace(V0, { ...V0, nameZh: "x" }))).toBe(false);
  });

  it("round-trips through JSON and drops malformed entries", () => {
    const changes = diffPlace(V0, { ...V0, red: true });
    expect(parseChanges(JSON.stringify(changes))).toEqual(changes);
    expect(parseChanges(`[{"field":"nope","old":1,"new":2},{"field":"red","old":{},"new":true},{"field":"lat","old":1,"new":2}]`)).toEqual([
      { field: "lat", old: 1, new: 2 },
    ]);
    expect(parseChanges("not json")).toEqual([]);
  });
});

describe("valuesBefore (restore)", () => {
  // Three edits replayed from V0; an independent record of every state to compare with.
  const V1 = { ...V0, lat: 29.44, lng: 110.67, locationSource: "survey-1" };
  const V2 = { ...V1, nameZh: "新名" };
  const V3 = { ...V2, lat: 29.45, status: "planned" as const };
  const revisions = [
    { id: 11, action: "update", changes: diffPlace(V0, V1) },
    { id: 12, action: "update", changes: diffPlace(V1, V2) },
    { id: 13, action: "archive", changes: [{ field: "archived" as const, old: false, new: true }] },
    { id: 14, action: "update", changes: diffPlace(V2, V3) },
  ];

  it("returns the state just before the chosen revision, for every revision", () => {
    expect(valuesBefore(V3, revisions, 14)).toEqual({ ok: true, values: V2 });
    expect(valuesBefore(V3, revisions, 13)).toEqual({ ok: true, values: V2 });
    expect(valuesBefore(V3, revisions, 12)).toEqual({ ok: true, values: V1 });
    expect(valuesBefore(V3, revisions, 11)).toEqual({ ok: true, values: V0 });
  });

  it("refuses an unknown revision and a create (nothing before it)", () => {
    expect(valuesBefore(V3, revisions, 99)).toEqual({ ok: false, code: "not_found" });
    expect(valuesBefore(V3, [{ id: 1, action: "create", changes: [] }], 1)).toEqual({ ok: false, code: "nothing_before" });
  });

  it("does not mutate its input", () => {
    const copy = structuredClone(V3);
    valuesBefore(V3, revisions, 11);
    expect(V3).toEqual(copy);
  });
});
