import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "./build-search-index";
import { searchSyllables } from "./search-syllables";
import { filterPlaces } from "./filter-places";
import { compileViewFilters } from "./compile-view-filters";
import { SAMPLE_BROWSE_PLACES } from "@/lib/test-support/sample-places";
import { DEFAULT_VIEW_STATE, type ViewState } from "./view-state";

const slugs = (state: Partial<ViewState>) =>
  filterPlaces(SAMPLE_BROWSE_PLACES, compileViewFilters(SAMPLE_BROWSE_PLACES, { ...DEFAULT_VIEW_STATE, ...state }, buildSearchIndex(SAMPLE_BROWSE_PLACES, searchSyllables(SAMPLE_BROWSE_PLACES)))).map((place) => place.slug);

describe("filterPlaces", () => {
  it("keeps everything, in input order, with no filters", () => {
    expect(slugs({})).toEqual(SAMPLE_BROWSE_PLACES.map((place) => place.slug));
  });

  it("applies each filter", () => {
    expect(slugs({ kinds: ["village"] })).toEqual([
      "village-zhumugang",
      "village-luotan",
      "village-sanguansi",
      "village-miaoling",
    ]);
    expect(slugs({ villages: ["sanguansi"] })).toEqual(["village-sanguansi", "township-government"]);
    expect(slugs({ statuses: ["unknown"] })).toEqual(["yuan-renyuan-former-residence"]);
    expect(slugs({ red: true })).toEqual(["yuan-renyuan-former-residence"]);
  });

  it("combines filters (AND across dimensions, OR within one)", () => {
    expect(slugs({ kinds: ["village", "service"], villages: ["sanguansi", "zhumugang"] })).toEqual([
      "village-zhumugang",
      "village-sanguansi",
      "township-government",
    ]);
    expect(slugs({ kinds: ["village"], red: true })).toEqual([]);
    expect(slugs({ villages: ["zhumugang"], statuses: ["open"] })).toEqual(["village-zhumugang"]);
  });

  it("orders by search rank when there is search text, with or without a prebuilt index", () => {
    expect(slugs({ q: "sanguansi" })).toEqual(["village-sanguansi", "township-government", "village-zhumugang"]);
    expect(slugs({ q: "sanguansi" })).toEqual(["village-sanguansi", "township-government", "village-zhumugang"]);
    // name prefix first, then the villages whose summaries mention 三官寺, in input order
    expect(slugs({ q: "三官寺", kinds: ["village"] })).toEqual(["village-sanguansi", "village-zhumugang", "village-luotan", "village-miaoling"]);
    expect(slugs({ q: "zmg", kinds: ["red"] })).toEqual(["yuan-renyuan-former-residence"]);
  });

  it("does not mutate its input", () => {
    const before = structuredClone(SAMPLE_BROWSE_PLACES);
    slugs({ q: "cun", kinds: ["village"] });
    expect(SAMPLE_BROWSE_PLACES).toEqual(before);
  });
});
