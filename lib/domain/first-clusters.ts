// The map's first clusters, computed on the server with the first view of many places
// (lib/domain/browse/first-view.ts), so the map draws them as soon as Leaflet has started, without
// waiting for every place's summary to reach the browser, be decoded and be indexed there. Once
// every place is known the browser's own index (cluster-places.ts) takes over.
//
// The server does not know the screen, so it sends the clusters of every zoom level the map's first
// fit can land on, from a small phone's map to a large desktop's (FIRST_VIEW_SCREENS), each over the
// whole box of the places shown. With `c=` in the address the map opens at that view instead, and
// the server sends that zoom level around it. A zoom level outside those sent (the visitor zooms
// before every place has arrived) is drawn with the nearest one sent: the same places, gathered
// more or less.
import { placeClusters, CLUSTER_FROM, type ClusterInput, type ClusterItem, type PlaceClusters, type ViewBox } from "./cluster-places";
import { ZOOM_MIN } from "./browse/view-state";
import { boxOf, type LngLat } from "./geo";

/** The map sizes (CSS px) the first fit is computed for: a small phone's map to a large desktop's. */
export const FIRST_VIEW_SCREENS = { smallest: { width: 300, height: 200 }, largest: { width: 2560, height: 1440 } } as const;
/** The fit's padding (the map's controls, components/map/leaflet-map.tsx CONTROL_CLEARANCE), both sides together. */
const FIT_PADDING = { x: 100, y: 94 };
/** The fit's highest zoom (leaflet-map.tsx). */
export const FIT_MAX_ZOOM = 14;
/** Web Mercator tile size in px. */
const TILE_PX = 256;
/** Coordinates are sent to 6 decimals (about 0.1 m). */
const COORD_DECIMALS = 6;

/** A single place (its slug) or a cluster: [lng, lat, count, the zoom at which it splits]. */
export type FirstClusterItem = string | [number, number, number, number];

export type FirstClusters = {
  /** The box of the places shown (WGS-84): what the map fits first. */
  box: ViewBox;
  /** The zoom level of `levels[0]`. */
  fromZoom: number;
  /** Per zoom level from `fromZoom` up: the clusters and single places in the box. */
  levels: FirstClusterItem[][];
};

/** A map view from the address (`c=`): centre and zoom. */
export type FirstMapView = LngLat & { z: number };

function mercatorY(lat: number): number {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

/** The zoom (whole levels, as the map snaps) at which a fit shows the box on a map of this size. */
export function fitZoom(box: ViewBox, size: { width: number; height: number }): number {
  const w = (Math.max(box.east - box.west, 1e-9) / 360) * TILE_PX;
  const h = Math.max(mercatorY(box.south) - mercatorY(box.north), 1e-9) * TILE_PX;
  const z = Math.floor(Math.log2(Math.min((size.width - FIT_PADDING.x) / w, (size.height - FIT_PADDING.y) / h)));
  return Math.min(FIT_MAX_ZOOM, Math.max(ZOOM_MIN, z));
}

/** The box the largest screen shows around a centre at a zoom (the map opened at `c=`). */
function screenBoxAround(view: FirstMapView): ViewBox {
  const { width, height } = FIRST_VIEW_SCREENS.largest;
  const worldPx = TILE_PX * 2 ** view.z;
  const halfLng = ((width / 2) / worldPx) * 360;
  const y = mercatorY(view.lat);
  const latAt = (my: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * my))) * 180) / Math.PI;
  const halfY = height / 2 / worldPx;
  return { west: view.lng - halfLng, east: view.lng + halfLng, north: latAt(y - halfY), south: latAt(y + halfY) };
}

const round = (x: number) => Number(x.toFixed(COORD_DECIMALS));

/**
 * The first clusters of the places shown (their known spots), or null when they are too few to be
 * clustered (CLUSTER_FROM: the map then waits for every place, as the guide's own 33 are drawn).
 */
export function firstClustersOf(points: readonly ClusterInput[], view: FirstMapView | null): FirstClusters | null {
  if (points.length < CLUSTER_FROM) return null;
  const box = boxOf(points);
  if (!box) return null;
  const index = placeClusters(points);
  const [fromZoom, toZoom, drawn] = view
    ? [Math.floor(view.z), Math.floor(view.z), screenBoxAround(view)]
    : [fitZoom(box, FIRST_VIEW_SCREENS.smallest), fitZoom(box, FIRST_VIEW_SCREENS.largest), box];
  const levels: FirstClusterItem[][] = [];
  for (let z = fromZoom; z <= toZoom; z++) {
    levels.push(
      index.at(drawn, z).map((item): FirstClusterItem => (item.type === "place" ? item.slug : [round(item.lng), round(item.lat), item.count, index.expansionZoom(item.id)])),
    );
  }
  return { box, fromZoom, levels };
}

/** The slugs of the single places drawn at some level (the first view sends their summaries). */
export function firstClusterSingles(first: FirstClusters): Set<string> {
  const out = new Set<string>();
  for (const level of first.levels) for (const item of level) if (typeof item === "string") out.add(item);
  return out;
}

function inBox(box: ViewBox, lng: number, lat: number): boolean {
  return lng >= box.west && lng <= box.east && lat >= box.south && lat <= box.north;
}

/**
 * The first clusters as the map's cluster index (the browser, until every place is known). A
 * cluster's id is its position in its level; `slugsOf` is empty, as the server sends no members.
 */
export function firstClusterIndex(first: FirstClusters, spotOf: (slug: string) => LngLat | undefined): PlaceClusters {
  /** The sent level nearest to a zoom. */
  const levelOf = (zoom: number) => Math.min(first.levels.length - 1, Math.max(0, Math.floor(zoom) - first.fromZoom));
  const expansion = new Map<number, number>();
  const items = first.levels.map((items, l) =>
    items.map((item, i): ClusterItem => {
      if (typeof item === "string") return { type: "place", slug: item };
      const id = l * 1_000_000 + i;
      expansion.set(id, item[3]);
      return { type: "cluster", id, count: item[2], lng: item[0], lat: item[1] };
    }),
  );
  return {
    at(box, zoom) {
      return (items[levelOf(zoom)] ?? []).filter((item) => {
        const at = item.type === "cluster" ? item : spotOf(item.slug);
        return at !== undefined && inBox(box, at.lng, at.lat);
      });
    },
    slugsOf: () => [],
    expansionZoom: (id) => expansion.get(id) ?? first.fromZoom + first.levels.length,
  };
}
