// The places a map view shows: every active filter of the view state applied together.
import type { CompiledViewFilters } from "./compile-filters";
import type { BrowsePlace } from "./types";

/**
 * Places passing kinds, villages, statuses, red and the search text together (empty lists = no
 * restriction), as compiled from the view state by compileViewFilters (compiled once and shared
 * with facetCounts, so the search runs once). Without search text the input order is kept; with
 * it, the search ranking (best first). Returns a new array; the places themselves are not copied.
 */
export function filterPlaces(places: readonly BrowsePlace[], filters: CompiledViewFilters): BrowsePlace[] {
  const kept = places.filter((place) => filters.matches(place));
  const rank = filters.searchRank;
  if (rank === null) return kept;
  return kept
    .map((place, order) => ({ place, order, rank: rank.get(place.slug) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ place }) => place);
}
