// When the map clusters its markers, apart from how (cluster-places.ts, which brings supercluster):
// the map's own code reads it to decide whether to load the clustering code at all, so a page with
// the township's few dozen places never downloads it.

/** From this many places with a known spot on the map, markers are clustered. */
export const CLUSTER_FROM = 300;

/**
 * Whether the map draws clusters: from CLUSTER_FROM places up, or when the server sent its first
 * clusters (a page with many places, first-clusters.ts).
 */
export function mapClusters(placeCount: number, hasFirstClusters: boolean): boolean {
  return placeCount >= CLUSTER_FROM || hasFirstClusters;
}
