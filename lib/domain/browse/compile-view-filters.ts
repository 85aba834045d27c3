// The view state's filters turned into one predicate, shared by filterPlaces and facetCounts.
import { searchPlaces } from "./search-places";
import { sanitizeQuery } from "./sanitize-query";
import type { BrowsePlace, SearchIndex } from "./types";
import type { ViewState } from "./view-state";

/** A filter dimension that facet counting leaves out in turn. */
export type FacetDimension = "kind" | "village" | "status" | "red";

export type CompiledViewFilters = {
  /** Does the place pass every active filter (except the `ignoring` dimension)? */
  matches(place: BrowsePlace, ignoring?: FacetDimension): boolean;
  /** Search rank of each matching slug (0 = best), or null when there is no search text. */
  searchRank: ReadonlyMap<string, number> | null;
};

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
  const kinds = new Set<string>(state.kinds);
  const villages = new Set<string>(state.villages);
  const statuses = new Set<string>(state.statuses);
  const q = sanitizeQuery(state.q);
  let searchRank: Map<string, number> | null = null;
  if (q !== "") {
    const slugs = searchPlaces(searchIndex, q);
    searchRank = new Map(slugs.map((slug, rank) => [slug, rank]));
  }
  return {
    searchRank,
    matches(place, ignoring) {
      if (searchRank !== null && !searchRank.has(place.slug)) return false;
      if (ignoring !== "kind" && kinds.size > 0 && !kinds.has(place.kind)) return false;
      if (
        ignoring !== "village" &&
        villages.size > 0 &&
        (place.villageSlug === null || !villages.has(place.villageSlug))
      ) {
        return false;
      }
      if (ignoring !== "status" && statuses.size > 0 && !statuses.has(place.status)) return false;
      if (ignoring !== "red" && state.red && !place.red) return false;
      return true;
    },
  };
}
