import { describe, expect, it } from "vitest";
import * as browse from "./index";

describe("browse public API", () => {
  it("exports the functions and constants", () => {
    expect(Object.keys(browse).sort()).toEqual([
      "CENTRE_BOUNDS",
      "DEFAULT_VIEW_STATE",
      "MAX_QUERY_LENGTH",
      "ZOOM_MAX",
      "ZOOM_MIN",
      "amapMarkerLink",
      "buildSearchIndex",
      "compileViewFilters",
      "facetCounts",
      "filterPlaces",
      "findNearest",
      "formatCoordinate",
      "matchSyllables",
      "navigationLinks",
      "normalizeSearchText",
      "parseViewState",
      "pinyinSyllables",
      "sanitizeQuery",
      "searchPlaces",
      "serializeViewState",
      "toBrowsePlace",
    ]);
  });
});
