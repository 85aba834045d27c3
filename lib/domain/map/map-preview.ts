import { boxOf, type LngLat, type LngLatBox } from "../geo";
import { BASEMAP_IDS, type Basemap } from "./basemap";
import { fitView, FIT_MAX_ZOOM, moveMap, openMap, type MapLayout, type Size, type View } from "./first-view";

// The map's preview (components/map/map-preview-script.ts) draws the first view's tiles from the
// HTML, before the page's scripts have run. This is what it is given and how it works out the view
// the map will open at, as the map does (components/map/leaflet-map.tsx, ViewController).

/** What the preview is given in the HTML, as JSON in the MAP_PREVIEW_ATTRIBUTE of its element. */
export type MapPreviewConfig = {
  /** Where the map opens when the address says (its view), else null: the fit of `box`, then of `fanOut`. */
  view: View | null;
  /** The box of what the first fit shows (lib/domain/map/first-fit-points.ts), null with nothing to show. */
  box: LngLatBox | null;
  /**
   * For each zoom the first fit may land on, the box of the markers the map then fits again, as it
   * draws them fanned out at that zoom (fannedBoxes); null when the map clusters its markers (it
   * then fits only once).
   */
  fanned: Record<number, LngLatBox> | null;
  /** Where the map is made before its first fit (a whole zoom level). */
  start: View;
  /** The map's lowest zoom. */
  minZoom: number;
  /** The configured basemaps, the first shown unless the visitor chose another (`storageKey`). */
  basemaps: Pick<Basemap, "id" | "datum" | "maxZoom" | "layers">[];
  /** Where this browser keeps the visitor's choice of basemap (components/map/use-basemap-choice.ts). */
  storageKey: string;
};

/**
 * The basemap the preview draws: the visitor's choice (`chosen`, its id as this browser keeps it)
 * when it is configured, else the first, as the map takes it (components/map/use-basemap-choice.ts);
 * null when that one has no tiles or is drawn in another datum than the places (Amap's GCJ-02: the
 * map shifts what it draws with code the preview does not have).
 */
export function previewBasemap(basemaps: MapPreviewConfig["basemaps"], chosen: string | null): MapPreviewConfig["basemaps"][number] | null {
  const basemap = basemaps.find((b) => b.id === chosen) ?? basemaps[0];
  return basemap && basemap.datum === "wgs84" && basemap.layers.length > 0 ? basemap : null;
}

/**
 * The config as the preview reads it back from its attribute: null when the text is not one (the
 * server writes it, so that means a page from another version of the guide; the map then draws its
 * own tiles).
 */
export function readPreviewConfig(text: string): MapPreviewConfig | null {
  try {
    const value = parseJson(text);
    return isPreviewConfig(value) ? value : null;
  } catch {
    return null;
  }
}

/** JSON.parse, typed as what it gives: a value still to be checked. */
const parseJson: (text: string) => unknown = JSON.parse;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isList = (v: unknown): v is readonly unknown[] => Array.isArray(v);
const objectOrNull = (v: unknown) => typeof v === "object";

function isPreviewConfig(v: unknown): v is MapPreviewConfig {
  return (
    isRecord(v) &&
    objectOrNull(v.view) &&
    objectOrNull(v.box) &&
    objectOrNull(v.fanned) &&
    isRecord(v.start) &&
    typeof v.minZoom === "number" &&
    isList(v.basemaps) &&
    v.basemaps.every(isPreviewBasemap) &&
    typeof v.storageKey === "string"
  );
}

/** A basemap as the preview reads it: what previewBasemap and the script's tiles use. */
function isPreviewBasemap(v: unknown): v is MapPreviewConfig["basemaps"][number] {
  return (
    isRecord(v) &&
    BASEMAP_IDS.some((id) => id === v.id) &&
    (v.datum === "wgs84" || v.datum === "gcj02") &&
    typeof v.maxZoom === "number" &&
    isList(v.layers) &&
    v.layers.every((layer) => isRecord(layer) && typeof layer.url === "string" && (layer.subdomains === undefined || typeof layer.subdomains === "string"))
  );
}

/** The attribute that carries the config, on the element the preview draws into. */
export const MAP_PREVIEW_ATTRIBUTE = "data-map-preview";

/**
 * The view a map of `size` shows once it has opened, under a basemap reaching `maxZoom`, laid out as
 * Leaflet lays it out (first-view.ts): the address's view, its zoom snapped to a whole level in
 * range; else the map made at `start`, then moved to the fit of the first view's box, then, as the
 * map does once its markers are fanned out at that zoom, to the fit of the markers as drawn.
 */
export function previewLayout(config: Pick<MapPreviewConfig, "view" | "box" | "fanned" | "start" | "minZoom">, size: Size, maxZoom: number): MapLayout | null {
  const { minZoom } = config;
  const snap = (z: number) => Math.max(minZoom, Math.min(maxZoom, Math.round(z)));
  if (config.view) return openMap(size, config.view, snap(config.view.z));
  const { box } = config;
  if (!box) return null;
  const first = fitView(corners(box), size, minZoom, maxZoom);
  if (!first) return null;
  const layout = moveMap(openMap(size, config.start, snap(config.start.z)), first, first.z);
  const fannedBox = config.fanned?.[first.z];
  const second = fannedBox ? fitView(corners(fannedBox), size, minZoom, maxZoom) : null;
  return second ? moveMap(layout, second, second.z) : layout;
}

function corners(box: LngLatBox) {
  return [
    { lng: box.west, lat: box.south },
    { lng: box.east, lat: box.north },
  ];
}

/**
 * The boxes of MapPreviewConfig's `fanned`: for each zoom a first fit may land on (the map's lowest
 * to FIT_MAX_ZOOM), the box of the markers the map fits, as `drawnAt` lays them out at that zoom.
 */
export function fannedBoxes(minZoom: number, drawnAt: (z: number) => Iterable<LngLat>): Record<number, LngLatBox> {
  const out: Record<number, LngLatBox> = {};
  for (let z = minZoom; z <= FIT_MAX_ZOOM; z++) {
    const box = boxOf(drawnAt(z));
    if (box) out[z] = box;
  }
  return out;
}
