import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "./build-search-index";
import { searchSyllables } from "./search-syllables";
import { facetCounts as countFacets } from "./facet-counts";
import { filterPlaces as keepMatching } from "./filter-places";
import { compileViewFilters } from "./compile-view-filters";
import { SAMPLE_BROWSE_PLACES } from "@/lib/test-support/sample-places";
import { DEFAULT_VIEW_STATE, type ViewState } from "./view-state";
import type { BrowsePlace, SearchIndex } from "./types";

const index = buildSearchIndex(SAMPLE_BROWSE_PLACES, searchSyllables(SAMPLE_BROWSE_PLACES));
// Both compile the view state as the guide does (compileViewFilters), once per call here.
const facetCounts = (places: readonly BrowsePlace[], state: ViewState, searchIndex: SearchIndex) =>
  countFacets(places, state.villages, compileViewFilters(places, state, searchIndex));
const filterPlaces = (places: readonly BrowsePlace[], state: ViewState, searchIndex: SearchIndex) =>
  keepMatching(places, compileViewFilters(places, state, searchIndex));
const counts = (state: Partial<ViewState>) => facetCounts(SAMPLE_BROWSE_PLACES, { ...DEFAULT_VIEW_STATE, ...state }, index);

describe("facetCounts", () => {
  it("counts every value, zeros included, with no filters", () => {
    expect(counts({})).toEqual({
      kinds: { village: 4, scenic: 1, performance: 1, lodging: 0, camp: 0, street: 0, red: 1, service: 1 },
      villages: { luotan: 1, miaoling: 1, sanguansi: 2, zhumugang: 2 },
      statuses: { open: 7, under_construction: 0, planned: 0, unknown: 1 },
      red: 1,
      total: 8,
    });
  });

  it("a dimension's own selection does not narrow its own counts", () => {
    expect(counts({ kinds: ["village"] })).toEqual({
      kinds: { village: 4, scenic: 1, performance: 1, lodging: 0, camp: 0, street: 0, red: 1, service: 1 },
      villages: { luotan: 1, miaoling: 1, sanguansi: 1, zhumugang: 1 },
      statuses: { open: 4, under_construction: 0, planned: 0, unknown: 0 },
      red: 0,
      total: 4,
    });
  });

  it("counts each value within all the other active filters", () => {
    expect(counts({ kinds: ["village", "service"], villages: ["sanguansi"], statuses: ["open"] })).toEqual({
      // village=sanguansi & open, by kind
      kinds: { village: 1, scenic: 0, performance: 0, lodging: 0, camp: 0, street: 0, red: 0, service: 1 },
      // kind ∈ {village, service} & open, by village
      villages: { luotan: 1, miaoling: 1, sanguansi: 2, zhumugang: 1 },
      // kind ∈ {village, service} & village=sanguansi, by status
      statuses: { open: 2, under_construction: 0, planned: 0, unknown: 0 },
      red: 0,
      total: 2,
    });
    expect(counts({ villages: ["zhumugang"], red: true })).toEqual({
      kinds: { village: 0, scenic: 0, performance: 0, lodging: 0, camp: 0, street: 0, red: 1, service: 0 },
      villages: { luotan: 0, miaoling: 0, sanguansi: 0, zhumugang: 1 },
      statuses: { open: 0, under_construction: 0, planned: 0, unknown: 1 },
      // turning red on within village=zhumugang gives 1 (red is one of the OTHER filters for the rest)
      red: 1,
      total: 1,
    });
  });

  it("always applies the search text", () => {
    // 三官寺: two names start with it, three villages' summaries mention it
    expect(counts({ q: "三官寺" })).toEqual({
      kinds: { village: 4, scenic: 0, performance: 0, lodging: 0, camp: 0, street: 0, red: 0, service: 1 },
      villages: { luotan: 1, miaoling: 1, sanguansi: 2, zhumugang: 1 },
      statuses: { open: 5, under_construction: 0, planned: 0, unknown: 0 },
      red: 0,
      total: 5,
    });
  });

  it("lists a selected village even when no place has it", () => {
    expect(counts({ villages: ["ghost"] }).villages).toEqual({
      ghost: 0,
      luotan: 1,
      miaoling: 1,
      sanguansi: 2,
      zhumugang: 2,
    });
  });

  it("total equals filterPlaces' length, and toggling a value on alone gives its count", () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, kinds: ["village", "red"], statuses: ["open"] };
    const facets = facetCounts(SAMPLE_BROWSE_PLACES, state, index);
    expect(facets.total).toBe(filterPlaces(SAMPLE_BROWSE_PLACES, state, index).length);
    for (const [village, count] of Object.entries(facets.villages)) {
      expect(filterPlaces(SAMPLE_BROWSE_PLACES, { ...state, villages: [village] }, index)).toHaveLength(count);
    }
    expect(filterPlaces(SAMPLE_BROWSE_PLACES, { ...state, red: true }, index)).toHaveLength(facets.red);
  });
});
