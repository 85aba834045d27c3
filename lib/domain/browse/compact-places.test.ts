import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SAMPLE_PLACES } from "@/lib/test-support/sample-places";
import { toPlaceSummary, type PlaceSummary, type VillageRef } from "../place";
import { LOCATION_PRECISIONS, PLACE_KINDS, PLACE_STATUSES, VISIT_WINDOWS } from "../place-kinds";
import { searchSyllables } from "./search-syllables";
import { toBrowsePlace } from "./to-browse-place";
import { decodeCompactPlaces, decodeSearchablePlaces, encodeCompactPlaces, readPlaceSummariesBody } from "./compact-places";

const summaries = SAMPLE_PLACES.map(toPlaceSummary);
const villages: VillageRef[] = [...new Map(summaries.flatMap((p) => (p.village ? [[p.village.slug, p.village] as const] : []))).values()];

describe("compact places", () => {
  it("round-trips the sample places and their syllables exactly", () => {
    const syllables = searchSyllables(summaries.map(toBrowsePlace));
    const text = encodeCompactPlaces(summaries, villages, syllables);
    const decoded = decodeCompactPlaces(text, villages);
    expect(decoded.places).toEqual(summaries);
    for (const p of summaries) expect(decoded.syllables[p.nameZh]).toEqual(syllables[p.nameZh]);
    expect(text.split("\n")).toHaveLength(summaries.length);
  });

  it("gives search the villages' pinyin and the places' own together", () => {
    const syllables = searchSyllables(summaries.map(toBrowsePlace));
    const text = encodeCompactPlaces(summaries, villages, syllables);
    const village = { "株木岗村": ["zhu", "mu", "gang", "cun"] };
    const decoded = decodeSearchablePlaces(text, villages, village);
    expect(decoded.places).toEqual(summaries);
    expect(decoded.searchSyllables["株木岗村"]).toEqual(["zhu", "mu", "gang", "cun"]);
    for (const p of summaries) expect(decoded.searchSyllables[p.nameZh]).toEqual(syllables[p.nameZh]);
  });

  it("round-trips any text, tabs, newlines, backslashes and a literal \\N included", () => {
    const text = fc.oneof(fc.string(), fc.constantFrom("\\N", "\\", "\t", "\n", "a\\tb", "\r\n", "\\\\N"));
    const place = fc.record({
      slug: fc.stringMatching(/^[a-z0-9]{1,12}$/),
      kind: fc.constantFrom(...PLACE_KINDS),
      red: fc.boolean(),
      nameZh: text,
      nameEn: fc.option(text, { nil: null }),
      pinyin: text,
      village: fc.option(fc.constantFrom(...villages), { nil: null }),
      status: fc.constantFrom(...PLACE_STATUSES),
      statusYear: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
      summaryZh: text,
      summaryEn: fc.option(text, { nil: null }),
      visitMinutes: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
      visitMinutesEstimated: fc.boolean(),
      visitWindow: fc.constantFrom(...VISIT_WINDOWS),
      openingHours: fc.option(text, { nil: null }),
      location: fc.record({
        point: fc.option(fc.record({ lng: fc.double({ min: -180, max: 180, noNaN: true }), lat: fc.double({ min: -90, max: 90, noNaN: true }) }), { nil: null }),
        precision: fc.constantFrom(...LOCATION_PRECISIONS),
        radiusM: fc.integer({ min: 0, max: 100_000 }),
      }),
    }) satisfies fc.Arbitrary<PlaceSummary>;
    fc.assert(
      fc.property(fc.array(place, { minLength: 1, maxLength: 5 }), (places) => {
        const normal = places.map((p) => ({ ...p, location: { ...p.location, point: p.location.point && { lng: p.location.point.lng + 0, lat: p.location.point.lat + 0 } } }));
        expect(decodeCompactPlaces(encodeCompactPlaces(normal, villages, {}), villages).places).toEqual(normal);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a place whose village is not in the list, and a malformed line", () => {
    expect(() => encodeCompactPlaces(summaries, [], {})).toThrow(/not in the village list/);
    expect(() => decodeCompactPlaces("a\tb", villages)).toThrow(/fields/);
    const line = encodeCompactPlaces(summaries.slice(0, 1), villages, {});
    expect(() => decodeCompactPlaces(line.replace(/\t(red|village|scenic|service|performance)\t/, "\tcastle\t"), villages)).toThrow(/unknown kind/);
  });

  it("is an empty string for no places", () => {
    expect(encodeCompactPlaces([], villages, {})).toBe("");
    expect(decodeCompactPlaces("", villages)).toEqual({ places: [], syllables: {} });
  });
});

describe("readPlaceSummariesBody (GET /api/place-summaries in the browser)", () => {
  const body = { villages, villageSyllables: { 株木岗村: ["zhu", "mu", "gang", "cun"] }, places: encodeCompactPlaces(summaries, villages, {}) };

  it("reads a body as the route serialises it, and its places decode against its villages", () => {
    const read = readPlaceSummariesBody(JSON.parse(JSON.stringify(body)));
    expect(read).toEqual(body);
    expect(read && decodeCompactPlaces(read.places, read.villages).places).toEqual(summaries);
  });

  it("refuses anything else, whole or in part", () => {
    const bad: unknown[] = [
      null,
      "text",
      [],
      { ...body, places: 7 },
      { ...body, villages: "x" },
      { ...body, villages: [{ slug: "a", nameZh: "甲", nameEn: null, pinyin: "Jiǎ" }] },
      { ...body, villageSyllables: { 甲: "jia" } },
      { ...body, villageSyllables: { 甲: ["jia", 1] } },
      { villages, places: body.places },
    ];
    for (const value of bad) expect(readPlaceSummariesBody(value), JSON.stringify(value)?.slice(0, 80)).toBeNull();
  });
});
