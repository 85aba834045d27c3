// The view state's filters turned into one predicate, shared by filterPlaces and facetCounts. The
// search text's ranking comes in already run (compile-view-filters.ts runs it over a search index),
// so this module holds no search code: the browser's first view loads the search when it is wanted
// (components/use-search-rank.ts).
import type { BrowsePlace } from "./types";
import type { ViewState } from "./view-state";

/** A filter dimension that facet counting leaves out in turn. */
export type FacetDimension = "kind" | "village" | "status" | "red";

export type CompiledViewFilters = {
  /** Does the place pass every active filter (except the `ignoring` dimension)? */
  matches(place: BrowsePlace, ignoring?: FacetDimension): boolean;
  /** Search rank of each matching slug (0 = best), or null when there is no search text. */
  searchRank: ReadonlyMap<string, number> | null;
};

/** The search rank of each slug, from the search's answer (best first). */
export function searchRankOf(slugs: readonly string[]): ReadonlyMap<string, number> {
  return new Map(slugs.map((slug, rank) => [slug, rank]));
}

/**
 * Empty lists mean "no restriction". `searchRank` is the search text's answer (searchRankOf), or
 * null when there is no search text; a place it does not rank does not match.
 */
export function compileFilters(
  state: Pick<ViewState, "kinds" | "villages" | "statuses" | "red">,
  searchRank: ReadonlyMap<string, number> | null,
): CompiledViewFilters {
  const kinds = new Set<string>(state.kinds);
  const villages = new Set<string>(state.villages);
  const statuses = new Set<string>(state.statuses);
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
