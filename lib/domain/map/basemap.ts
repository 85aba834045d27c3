// The basemaps the guide can draw under its markers, and what each one needs to know about itself:
// its tile layers, attribution, highest zoom, the datum its tiles are drawn in, and whether its
// terms allow downloading an area's tiles in bulk for offline use (README, "Basemaps").
// Which of them a server offers is configuration (MAP_PROVIDERS, read in lib/server/config.ts).
//
// Datums: OpenStreetMap and Tianditu draw in WGS-84 (Tianditu's CGCS2000 differs from WGS-84 by
// centimetres, treated as the same); Amap's tiles are in GCJ-02, so everything drawn over them is
// shifted at draw time (map-datum.ts). The stored data stays WGS-84 whatever the basemap.

export const BASEMAP_IDS = ["osm", "tianditu", "amap", "custom", "none"] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];

/** The datum a basemap's tiles are drawn in. */
export type MapDatum = "wgs84" | "gcj02";

/** One tile layer: a Leaflet URL template and, when it has `{s}`, the subdomains that fill it. */
export type TileLayerSpec = { url: string; subdomains?: string };

export type Basemap = {
  id: BasemapId;
  /** Drawn in order, the first at the bottom (Tianditu: the map, then its labels). Empty for "none". */
  layers: readonly TileLayerSpec[];
  /** HTML, set by the operator or here; never from a visitor. */
  attribution: string;
  maxZoom: number;
  datum: MapDatum;
  /** The provider's terms allow caching an area's tiles in bulk (offline download). */
  bulkDownloadAllowed: boolean;
};

export const OSM_BASEMAP: Basemap = {
  id: "osm",
  layers: [{ url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png" }],
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  maxZoom: 19,
  datum: "wgs84",
  // The tile usage policy (operations.osmfoundation.org/policies/tiles/) prohibits bulk downloading.
  bulkDownloadAllowed: false,
};

/**
 * 天地图: the vector map (vec_w) and its Chinese labels (cva_w), Web Mercator, via the DataServer
 * form of its tile service (t0–t7.tianditu.gov.cn); the key (`tk`) is required.
 */
export function tiandituBasemap(key: string): Basemap {
  const layer = (t: "vec_w" | "cva_w"): TileLayerSpec => ({
    url: `https://t{s}.tianditu.gov.cn/DataServer?T=${t}&x={x}&y={y}&l={z}&tk=${encodeURIComponent(key)}`,
    subdomains: "01234567",
  });
  return {
    id: "tianditu",
    layers: [layer("vec_w"), layer("cva_w")],
    attribution: '&copy; <a href="https://www.tianditu.gov.cn/">天地图 Tianditu</a>',
    maxZoom: 18,
    datum: "wgs84",
    // Its service refuses calls that look like crawling or downloading (README, "Basemaps").
    bulkDownloadAllowed: false,
  };
}

/** 高德 Amap's web tiles (GCJ-02): an undocumented endpoint, see README "Basemaps". */
export const AMAP_BASEMAP: Basemap = {
  id: "amap",
  layers: [{ url: "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}", subdomains: "1234" }],
  attribution: "&copy; 高德地图 AutoNavi",
  maxZoom: 18,
  datum: "gcj02",
  // No published terms grant bulk download of these tiles: not allowed without a licence.
  bulkDownloadAllowed: false,
};

export const NO_BASEMAP: Basemap = { id: "none", layers: [], attribution: "", maxZoom: 19, datum: "wgs84", bulkDownloadAllowed: false };

/**
 * Every URL a browser may load tiles from for these basemaps: each template with `{s}` written
 * out once per subdomain (so a policy can name exact hosts), or as is when it has no subdomain list.
 */
export function basemapTileUrls(basemaps: readonly Basemap[]): string[] {
  const out: string[] = [];
  for (const layer of basemaps.flatMap((b) => b.layers)) {
    if (layer.subdomains !== undefined && layer.url.includes("{s}")) {
      for (const s of layer.subdomains) out.push(layer.url.replaceAll("{s}", s));
    } else out.push(layer.url);
  }
  return out;
}

/** Every layer's tile template as Leaflet asks for it ({s} kept): the service worker keeps the tiles they match. */
export function basemapTemplates(basemaps: readonly Basemap[]): string[] {
  return basemaps.flatMap((b) => b.layers.map((layer) => layer.url));
}

/**
 * The tiles "Save the township for offline" may fetch from a basemap: its one layer when its terms
 * allow bulk downloads (a self-hosted server, TILE_BULK_DOWNLOAD=allowed), else none.
 */
export function bulkDownloadTiles(basemap: Basemap): { url: string; bulkDownloadAllowed: boolean } {
  const layer = basemap.bulkDownloadAllowed && basemap.layers.length === 1 ? basemap.layers[0] : undefined;
  return layer ? { url: layer.url, bulkDownloadAllowed: true } : { url: "", bulkDownloadAllowed: false };
}
