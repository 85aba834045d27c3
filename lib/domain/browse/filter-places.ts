// The places a map view shows: every active filter of the view state applied together.
import { compileViewFilters } from "./compile-view-filters";
import type { BrowsePlace, SearchIndex } from "./types";
import type { ViewState } from "./view-state";

/**
 * Places passing kinds, villages, statuses, red and the search text together (empty lists = no
 * restriction). Without search text the input order is kept; with it, the search ranking (best
 * first). `searchIndex` is built from these places or a superset (buildSearchIndex, on the
 * server). Returns a new array; the places themselves are not copied.
 */
export function filterPlaces(
  places: readonly BrowsePlace[],
  state: Pick<ViewState, "kinds" | "villages" | "statuses" | "red" | "q">,
  searchIndex: SearchIndex,
): BrowsePlace[] {
  const filters = compileViewFilters(places, state, searchIndex);
  const kept = places.filter((place) => filters.matches(place));
  const rank = filters.searchRank;
  if (rank === null) return kept;
  return kept
    .map((place, order) => ({ place, order, rank: rank.get(place.slug) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ place }) => place);
}
