// Faceted-search counts for the filter panel.
import { PLACE_KINDS, PLACE_STATUSES, type PlaceKind, type PlaceStatus } from "../place-kinds";
import type { CompiledViewFilters } from "./compile-filters";
import type { BrowsePlace } from "./types";

export type FacetCounts = {
  /** Every kind, in PLACE_KINDS order, zeros included. */
  kinds: Record<PlaceKind, number>;
  /** Every village slug found in the places or selected in the state, alphabetical, zeros included. */
  villages: Record<string, number>;
  /** Every status, in PLACE_STATUSES order, zeros included. */
  statuses: Record<PlaceStatus, number>;
  /** Red-tourism places among those matching the other filters. */
  red: number;
  /** Places matching all filters (what filterPlaces returns). */
  total: number;
};

/**
 * Standard faceted counts: the count of a value is the number of places you would get by turning
 * that value on alone while keeping all OTHER active filters (the other dimensions and the search
 * text). E.g. with kind=village and red=1, `kinds.scenic` counts red scenic places and `red` counts
 * red villages. Places without a village count under no village. `filters` are the view state's,
 * compiled once (compileViewFilters) and shared with filterPlaces, so the search runs once; the
 * `selectedVillages` are counted even when no place is in them.
 */
export function facetCounts(places: readonly BrowsePlace[], selectedVillages: readonly string[], filters: CompiledViewFilters): FacetCounts {
  const kinds = Object.fromEntries(PLACE_KINDS.map((kind) => [kind, 0])) as Record<PlaceKind, number>;
  const statuses = Object.fromEntries(PLACE_STATUSES.map((status) => [status, 0])) as Record<PlaceStatus, number>;
  const villageSlugs = new Set<string>(selectedVillages);
  for (const place of places) if (place.villageSlug !== null) villageSlugs.add(place.villageSlug);
  const villageCounts = new Map<string, number>([...villageSlugs].sort().map((slug) => [slug, 0]));
  let red = 0;
  let total = 0;

  for (const place of places) {
    if (filters.matches(place, "kind")) kinds[place.kind] += 1;
    if (filters.matches(place, "status")) statuses[place.status] += 1;
    if (place.villageSlug !== null && filters.matches(place, "village")) {
      villageCounts.set(place.villageSlug, (villageCounts.get(place.villageSlug) ?? 0) + 1);
    }
    if (place.red && filters.matches(place, "red")) red += 1;
    if (filters.matches(place)) total += 1;
  }
  return { kinds, villages: Object.fromEntries(villageCounts), statuses, red, total };
}
