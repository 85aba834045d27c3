// Clusters of map points for a view (bbox and zoom), with supercluster (a kd-tree per zoom level,
// built once for the places shown: O(n log n); a view's clusters are a range query, well under a
// millisecond for 10,000 points). The map clusters only from CLUSTER_FROM located places up
// (cluster-threshold.ts): below that every place keeps its own marker, fanned out where markers
// touch (spread-colocated.ts, separate-targets.ts), as the guide's own 33 places are drawn.
import Supercluster from "supercluster";
import type { LngLatBox } from "./geo";

export { CLUSTER_FROM } from "./cluster-threshold";
/** Cluster radius in screen pixels: about two 32 px markers side by side. */
const RADIUS_PX = 64;
/** From this zoom up every place has its own marker (a street's scale: 1 px ≈ 2 m). */
export const CLUSTER_MAX_ZOOM = 16;

export type ClusterInput = { slug: string; lng: number; lat: number };
/** A map view's box (WGS-84). */
export type ViewBox = LngLatBox;
export type ClusterItem =
  | { type: "place"; slug: string }
  | { type: "cluster"; id: number; count: number; lng: number; lat: number };

export type PlaceClusters = {
  /** Clusters and single places in the box at a zoom level (whole zoom levels; fractions are floored). */
  at(box: ViewBox, zoom: number): ClusterItem[];
  /** The slugs of every place gathered in a cluster. */
  slugsOf(clusterId: number): string[];
  /**
   * The zoom at which a cluster splits. Asked when it is opened, not for every cluster drawn: each
   * answer walks the cluster's zoom levels.
   */
  expansionZoom(clusterId: number): number;
};

export function placeClusters(points: readonly ClusterInput[]): PlaceClusters {
  const index = new Supercluster<{ slug: string }>({ radius: RADIUS_PX, maxZoom: CLUSTER_MAX_ZOOM, minPoints: 2 });
  index.load(points.map((p) => ({ type: "Feature", geometry: { type: "Point", coordinates: [p.lng, p.lat] }, properties: { slug: p.slug } })));
  return {
    at(box, zoom) {
      const z = Math.floor(zoom);
      return index.getClusters([box.west, box.south, box.east, box.north], z).map((f): ClusterItem => {
        const props = f.properties;
        if ("cluster" in props && props.cluster) {
          const [lng = 0, lat = 0] = f.geometry.coordinates;
          return { type: "cluster", id: props.cluster_id, count: props.point_count, lng, lat };
        }
        return { type: "place", slug: (props as { slug: string }).slug };
      });
    },
    slugsOf(clusterId) {
      return index.getLeaves(clusterId, Infinity).map((f) => f.properties.slug);
    },
    expansionZoom(clusterId) {
      return index.getClusterExpansionZoom(clusterId);
    },
  };
}
