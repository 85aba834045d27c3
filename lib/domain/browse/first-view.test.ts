import { describe, expect, it } from "vitest";
import { toPlaceSummary } from "../place";
import { buildSearchIndex } from "./build-search-index";
import { compileViewFilters } from "./compile-view-filters";
import { facetCounts } from "./facet-counts";
import { filterPlaces } from "./filter-places";
import { firstViewOf } from "./first-view";
import { searchSyllables } from "./search-syllables";
import { DEFAULT_VIEW_STATE, type ViewState } from "./view-state";
import { SAMPLE_BROWSE_PLACES, SAMPLE_PLACES } from "@/lib/test-support/sample-places";

const summaries = SAMPLE_PLACES.map(toPlaceSummary);
const index = buildSearchIndex(SAMPLE_BROWSE_PLACES, searchSyllables(SAMPLE_BROWSE_PLACES));
const view = (state: Partial<ViewState>) => ({ ...DEFAULT_VIEW_STATE, ...state });
/** What the browser computes once it has every place (guide-shell.tsx). */
function inBrowser(state: ViewState) {
  const compiled = compileViewFilters(SAMPLE_BROWSE_PLACES, state, index);
  return { listed: filterPlaces(SAMPLE_BROWSE_PLACES, compiled).map((p) => p.slug), counts: facetCounts(SAMPLE_BROWSE_PLACES, state.villages, compiled) };
}

describe("firstViewOf", () => {
  const states: ViewState[] = [view({}), view({ red: true }), view({ kinds: ["village"] }), view({ q: "zmg" }), view({ q: "glass" }), view({ statuses: ["open"], villages: ["zhumugang"] }), view({ q: "no such place" })];

  it.each(states.map((s) => [JSON.stringify(s), s] as const))("lists and counts what the browser would with every place: %s", (_, state) => {
    const first = firstViewOf(summaries, state, index, { listLength: 100, needed: [], mapView: null });
    const all = inBrowser(state);
    expect(first.listed).toEqual(all.listed);
    expect(first.counts).toEqual(all.counts);
    // the township's few places are not clustered: the map draws them once every place is known
    expect(first.clusters).toBeNull();
  });

  it("lists the first `listLength` places only, and sends those, every village and the needed ones", () => {
    const all = inBrowser(view({})).listed;
    const first = firstViewOf(summaries, view({}), index, { listLength: 2, needed: ["jiuge-shangui"], mapView: null });
    expect(first.listed).toEqual(all.slice(0, 2));
    expect(first.counts.total).toBe(all.length);
    const sent = new Set(first.places.map((p) => p.slug));
    for (const slug of first.listed) expect(sent).toContain(slug);
    expect(sent).toContain("jiuge-shangui");
    for (const village of summaries.filter((p) => p.kind === "village")) expect(sent).toContain(village.slug);
    const expected = new Set([...all.slice(0, 2), "jiuge-shangui", ...summaries.filter((p) => p.kind === "village").map((p) => p.slug)]);
    expect(sent).toEqual(expected);
    // in the input's order, unchanged
    expect(first.places).toEqual(summaries.filter((p) => expected.has(p.slug)));
  });
});
