import { describe, expect, it } from "vitest";
import { addCitation, decodeCitations, encodeCitations, removeCitations, removeSourcesSchema } from "./citations";

const LIST = encodeCitations([
  { key: "b-source", note: "summaryZh" },
  { key: "a-source", note: null },
  { key: "c-survey", note: "location" },
]);
const RELIED = { locationSource: "c-survey", statusSource: null };

describe("citations", () => {
  it("encodes one canonical text (sorted, one per key) and decodes it back", () => {
    expect(LIST).toBe('[["a-source",null],["b-source","summaryZh"],["c-survey","location"]]');
    expect(decodeCitations(LIST).map((c) => c.key)).toEqual(["a-source", "b-source", "c-survey"]);
    expect(encodeCitations(decodeCitations(LIST))).toBe(LIST);
    for (const bad of [null, 3, "", "not json", '{"a":1}', '[["a"]]', "[[1,null]]"]) expect(decodeCitations(bad)).toEqual([]);
  });

  it("adds a citation once, keeping an existing note", () => {
    expect(decodeCitations(addCitation(LIST, { key: "d-new", note: "status" }))).toContainEqual({ key: "d-new", note: "status" });
    expect(addCitation(LIST, { key: "b-source", note: "other" })).toBe(LIST);
  });

  it("removes the named citations", () => {
    expect(removeCitations(LIST, ["a-source", "b-source"], RELIED)).toEqual({ ok: true, value: '[["c-survey","location"]]' });
    expect(removeCitations(LIST, [], RELIED)).toEqual({ ok: true, value: LIST });
  });

  it("refuses what a fact rests on: the location's source, the status's source, the last citation, an uncited key", () => {
    expect(removeCitations(LIST, ["c-survey"], RELIED)).toEqual({ ok: false, code: "source_for_location", key: "c-survey" });
    expect(removeCitations(LIST, ["a-source"], { locationSource: null, statusSource: "a-source" })).toEqual({ ok: false, code: "source_for_status", key: "a-source" });
    expect(removeCitations(LIST, ["a-source", "b-source", "c-survey"], { locationSource: null, statusSource: null })).toEqual({ ok: false, code: "last_source", key: "c-survey" });
    expect(removeCitations(LIST, ["<img src=x onerror=alert(1)>"], RELIED)).toEqual({ ok: false, code: "not_cited", key: "<img src=x onerror=alert(1)>" });
  });

  it("accepts a list of distinct keys only", () => {
    expect(removeSourcesSchema.safeParse(["a", "b"]).success).toBe(true);
    for (const bad of ["a", [""], ["a", "a"], [1], Array.from({ length: 101 }, (_, i) => `k${i}`), ["x".repeat(121)]]) {
      expect(removeSourcesSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 40)).toBe(false);
    }
  });
});
