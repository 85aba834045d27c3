// The view state's filters, with the search text run over a search index (the server's pages, the
// first view of many places, the tests). The browser's guide runs its search with code it loads
// when wanted, and compiles the rest with compileFilters (compile-filters.ts).
import { searchPlaces } from "./search-places";
import { sanitizeQuery } from "./sanitize-query";
import { compileFilters, searchRankOf, type CompiledViewFilters } from "./compile-filters";
import type { BrowsePlace, SearchIndex } from "./types";
import type { ViewState } from "./view-state";

export type { CompiledViewFilters, FacetDimension } from "./compile-filters";

/**
 * Empty lists mean "no restriction". The search text (always applied, never a facet) is run once;
 * `searchIndex` must be built from (a superset of) `places` (buildSearchIndex, on the server:
 * it is the only part that needs the pinyin dictionary, which stays out of the browser bundle).
 */
export function compileViewFilters(
  places: readonly BrowsePlace[],
  state: Pick<ViewState, "kinds" | "villages" | "statuses" | "red" | "q">,
  searchIndex: SearchIndex,
): CompiledViewFilters {
  const q = sanitizeQuery(state.q);
  return compileFilters(state, q === "" ? null : searchRankOf(searchPlaces(searchIndex, q)));
}
