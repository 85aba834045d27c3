// What a map page sends of the places when there are many (more than placesInlineMax(), a county's
// thousands): the first view only, computed on the server from the same filters and counts as the
// browser's (compileViewFilters, filterPlaces, facetCounts). The browser fetches every summary
// after the first paint (GET /api/place-summaries) and from then on filters, counts and draws them
// itself. With few places (the township's 33) every summary comes with the page instead.
import type { PlaceSummary } from "../place";
import { compileViewFilters } from "./compile-view-filters";
import { facetCounts, type FacetCounts } from "./facet-counts";
import { filterPlaces } from "./filter-places";
import type { SearchIndex } from "./types";
import type { ViewState } from "./view-state";
import { toBrowsePlace } from "./to-browse-place";
import { knownSpots } from "../known-spot";
import { firstClusterSingles, firstClustersOf, type FirstClusters, type FirstMapView } from "../first-clusters";

export type FirstView = {
  /**
   * The places the first view shows or needs: the list's first `listLength` under the view's
   * filters, every village (where village-level places are drawn, and plan stops found), and the
   * `needed` ones (the selected place, the plan's stops and start), and the single places among
   * the map's first clusters.
   */
  places: PlaceSummary[];
  /** Slugs of the list's first places, in the list's order. */
  listed: string[];
  /** The filter panel's counts; `counts.total` is how many places the view's filters match. */
  counts: FacetCounts;
  /** The map's first clusters of every place the filters match (null when too few to cluster: first-clusters.ts). */
  clusters: FirstClusters | null;
};

export function firstViewOf(
  places: readonly PlaceSummary[],
  state: Pick<ViewState, "kinds" | "villages" | "statuses" | "red" | "q">,
  searchIndex: SearchIndex,
  { listLength, needed, mapView }: { listLength: number; needed: Iterable<string>; mapView: FirstMapView | null },
): FirstView {
  const browse = places.map(toBrowsePlace);
  const compiled = compileViewFilters(browse, state, searchIndex);
  const shown = filterPlaces(browse, compiled);
  const listed = shown.slice(0, listLength).map((p) => p.slug);
  const spots = knownSpots(places);
  const clusters = firstClustersOf(
    shown.flatMap((p) => {
      const spot = spots.get(p.slug);
      return spot ? [{ slug: p.slug, lng: spot.point.lng, lat: spot.point.lat }] : [];
    }),
    mapView,
  );
  const keep = new Set([...listed, ...needed, ...(clusters ? firstClusterSingles(clusters) : [])]);
  return {
    places: places.filter((p) => keep.has(p.slug) || p.kind === "village"),
    listed,
    counts: facetCounts(browse, state.villages, compiled),
    clusters,
  };
}
