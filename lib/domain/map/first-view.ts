import { boxOf, type LngLat } from "../geo";

// The map's first view, worked out without Leaflet: where the map opens (the fit of the places
// shown, as Leaflet's fitBounds makes it) and which tiles it draws there (as Leaflet's tile layer
// lays them out). Both the map (components/map/leaflet-map.tsx) and its preview
// (components/map/map-preview-script.ts) take the fit's margins and highest zoom from here; the
// preview draws the first view's tiles from the HTML, before the page's scripts have run, and
// e2e/map-preview.spec.ts checks that they are the tiles Leaflet then draws, at the same places.

/** Width and height of a marker, its whole tap target (CSS px). */
export const MARKER_SIZE_PX = 32;

/**
 * The margins, in screen pixels, that the app's own moves (fit the shown places, bring the selected
 * one into view) keep clear of the map's controls, so no marker is drawn under them and every
 * marker stays a whole tap target (Lighthouse target-size). Top left: Leaflet's zoom buttons
 * (10 px from the corner, 34 px wide, 10–76 px down), half a marker and a gap; the other edges:
 * the basemap switch and the attribution (up to 30 px) and half a marker.
 */
export const CONTROL_CLEARANCE_PX = {
  topLeft: { x: 10 + 34 + MARKER_SIZE_PX / 2 + 8, y: 30 + MARKER_SIZE_PX / 2 + 8 },
  bottomRight: { x: MARKER_SIZE_PX / 2 + 24, y: MARKER_SIZE_PX / 2 + 24 },
};

/** The highest zoom a fit of the places lands on (one place alone is shown at this zoom). */
export const FIT_MAX_ZOOM = 14;

/** Leaflet's standard tile, in CSS px; a dense tile (detectRetina) is drawn at half this. */
export const TILE_SIZE_PX = 256;

export type Size = { x: number; y: number };
export type View = LngLat & { z: number };

/** Web Mercator (EPSG:3857), as Leaflet projects: CSS px at a zoom level, 0,0 at the top left of the world. */
export function project({ lng, lat }: LngLat, z: number): Size {
  const scale = TILE_SIZE_PX * 2 ** z;
  const maxLat = 85.0511287798;
  const clamped = Math.max(Math.min(maxLat, lat), -maxLat);
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: scale * (0.5 + lng / 360),
    y: scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)),
  };
}

export function unproject({ x, y }: Size, z: number): LngLat {
  const scale = TILE_SIZE_PX * 2 ** z;
  const lng = (x / scale - 0.5) * 360;
  const lat = (2 * Math.atan(Math.exp((0.5 - y / scale) * 2 * Math.PI)) - Math.PI / 2) * (180 / Math.PI);
  return { lng, lat };
}

/**
 * Where a map of `size` opens to show `points` clear of the controls: Leaflet's fitBounds with the
 * margins of CONTROL_CLEARANCE_PX, zoom snapping to whole levels (zoomSnap 1), no higher than
 * `maxZoom` (FIT_MAX_ZOOM or the basemap's own, whichever is lower) nor below `minZoom`. Null when
 * there is no point.
 */
export function fitView(points: readonly LngLat[], size: Size, minZoom: number, maxZoom: number): View | null {
  const box = boxOf(points);
  if (!box) return null;
  const { topLeft, bottomRight } = CONTROL_CLEARANCE_PX;
  const room = { x: size.x - topLeft.x - bottomRight.x, y: size.y - topLeft.y - bottomRight.y };
  const sw = project({ lng: box.west, lat: box.south }, 0);
  const ne = project({ lng: box.east, lat: box.north }, 0);
  const scale = Math.min(room.x / Math.abs(ne.x - sw.x), room.y / Math.abs(sw.y - ne.y));
  // Leaflet's getBoundsZoom: log2 of the scale, within 1% of a whole level taken as that level, then down
  let z = Math.log2(scale);
  z = Number.isFinite(z) ? Math.floor(Math.round(z * 100) / 100) : Infinity;
  z = Math.min(Math.max(minZoom, Math.min(maxZoom, z)), FIT_MAX_ZOOM, maxZoom);
  // the padded box's centre: the margins' difference shifts it by half
  const swZ = project({ lng: box.west, lat: box.south }, z);
  const neZ = project({ lng: box.east, lat: box.north }, z);
  const centre = unproject(
    { x: (swZ.x + neZ.x) / 2 + (bottomRight.x - topLeft.x) / 2, y: (swZ.y + neZ.y) / 2 + (bottomRight.y - topLeft.y) / 2 },
    z,
  );
  return { ...centre, z };
}

/**
 * A map's view as Leaflet lays it out: its size, zoom, pixel origin (the world pixel at the top
 * left of its layers, set when the view is reset) and the offset its panes have been panned by
 * since (CSS px). `centre` is the view's centre.
 */
export type MapLayout = { size: Size; z: number; origin: Size; pane: Size; centre: LngLat };

/** A map opened, or its view reset, at `centre` and `z` (Leaflet's _resetView). */
export function openMap(size: Size, centre: LngLat, z: number): MapLayout {
  const at = project(centre, z);
  return { size, z, origin: { x: Math.round(at.x - size.x / 2), y: Math.round(at.y - size.y / 2) }, pane: { x: 0, y: 0 }, centre: { lng: centre.lng, lat: centre.lat } };
}

/**
 * The map moved to `centre` and `z` without animation, as Leaflet's setView does it: a new zoom
 * resets the view; at the same zoom it pans by the whole pixels between the two centres (less than
 * the map's size), which keeps its pixel origin.
 */
export function moveMap(layout: MapLayout, centre: LngLat, z: number): MapLayout {
  if (z !== layout.z) return openMap(layout.size, centre, z);
  const at = project(centre, z);
  const offset = {
    x: Math.trunc(Math.round(at.x) - layout.origin.x - (layout.size.x / 2 - layout.pane.x)),
    y: Math.trunc(Math.round(at.y) - layout.origin.y - (layout.size.y / 2 - layout.pane.y)),
  };
  if (Math.abs(offset.x) > layout.size.x || Math.abs(offset.y) > layout.size.y) return openMap(layout.size, centre, z);
  if (offset.x === 0 && offset.y === 0) return layout;
  const pane = { x: layout.pane.x - offset.x, y: layout.pane.y - offset.y };
  const shownCentre = unproject({ x: layout.origin.x + layout.size.x / 2 - pane.x, y: layout.origin.y + layout.size.y / 2 - pane.y }, z);
  return { ...layout, pane, centre: shownCentre };
}

/** One tile of a view: its coordinates in the URL's grid and where it is drawn in the map (CSS px). */
export type ViewTile = { x: number; y: number; z: number; left: number; top: number; size: number };

/**
 * The tiles a map draws in `layout`, nearest the centre first, as Leaflet's tile layer lays them
 * out: those under the map around its centre, each at its place in the world less the pixel origin,
 * moved with the panes; a dense tile (`dense`: Leaflet's detectRetina on a high-density screen) is
 * half the size and comes from the next zoom's grid. Tiles beyond the world's top and bottom are
 * left out, and x wraps around it.
 */
export function viewTiles(layout: MapLayout, dense: boolean): ViewTile[] {
  const { size, z, origin, pane } = layout;
  const tileSize = dense ? TILE_SIZE_PX / 2 : TILE_SIZE_PX;
  const centre = project(layout.centre, z);
  const pixelCentre = { x: Math.floor(centre.x), y: Math.floor(centre.y) };
  const min = { x: Math.floor((pixelCentre.x - size.x / 2) / tileSize), y: Math.floor((pixelCentre.y - size.y / 2) / tileSize) };
  const max = { x: Math.ceil((pixelCentre.x + size.x / 2) / tileSize) - 1, y: Math.ceil((pixelCentre.y + size.y / 2) / tileSize) - 1 };
  const urlZ = dense ? z + 1 : z;
  const rows = 2 ** urlZ;
  const mid = { x: (min.x + max.x) / 2, y: (min.y + max.y) / 2 };
  const tiles: (ViewTile & { d: number })[] = [];
  for (let ty = min.y; ty <= max.y; ty++) {
    if (ty < 0 || ty >= rows) continue;
    for (let tx = min.x; tx <= max.x; tx++) {
      tiles.push({
        x: ((tx % rows) + rows) % rows,
        y: ty,
        z: urlZ,
        left: tx * tileSize - origin.x + pane.x,
        top: ty * tileSize - origin.y + pane.y,
        size: tileSize,
        d: (tx - mid.x) ** 2 + (ty - mid.y) ** 2,
      });
    }
  }
  return tiles.sort((a, b) => a.d - b.d).map(({ d: _d, ...tile }) => tile);
}

/**
 * A tile's URL from a Leaflet URL template: `{x}`, `{y}`, `{z}`, `{-y}` (TMS), `{s}` (the subdomain
 * Leaflet picks: |x + y| modulo their number) and `{r}` ("@2x" on a high-density screen).
 */
export function tileUrl(template: string, subdomains: string, tile: Pick<ViewTile, "x" | "y" | "z">, highDensity: boolean): string {
  const values: Record<string, string> = {
    x: String(tile.x),
    y: String(tile.y),
    z: String(tile.z),
    "-y": String(2 ** tile.z - 1 - tile.y),
    s: subdomains.length > 0 ? (subdomains[Math.abs(tile.x + tile.y) % subdomains.length] ?? "") : "",
    r: highDensity ? "@2x" : "",
  };
  return template.replace(/\{ *([\w_ -]+) *\}/g, (whole, key: string) => values[key] ?? whole);
}

/** What a browser reports of its connection (navigator.connection, Chromium's): the part read here. */
export type ReportedConnection = { saveData?: boolean; effectiveType?: string };

/**
 * Whether to draw tiles at the screen's density (Leaflet's detectRetina: on a 2x screen, four tiles
 * of the next zoom where one tile was, so about four times the tile data). Only on a high-density
 * screen whose connection the browser reports as fast ("4g") with no data saver; where the browser
 * does not say (Safari, Firefox), standard tiles: on a weak mountain signal, data counts more than
 * sharpness.
 */
export function denseTiles(devicePixelRatio: number, connection: ReportedConnection | undefined): boolean {
  if (devicePixelRatio <= 1) return false;
  return connection !== undefined && connection.saveData !== true && connection.effectiveType === "4g";
}
