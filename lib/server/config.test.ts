import { describe, expect, it } from "vitest";
import { basemapTileUrls, bulkDownloadTiles } from "@/lib/domain/map/basemap";
import { parseBasemaps } from "./config";

const ids = (env: Parameters<typeof parseBasemaps>[0]) => parseBasemaps(env).map((b) => b.id);

describe("parseBasemaps (MAP_PROVIDERS and friends)", () => {
  it("defaults to OpenStreetMap, or to TILE_URL alone when it is set (as before providers existed)", () => {
    expect(ids({})).toEqual(["osm"]);
    const [custom] = parseBasemaps({ TILE_URL: "http://127.0.0.1:3099/tiles/{z}/{x}/{y}.png" });
    expect(custom).toEqual({
      id: "custom",
      layers: [{ url: "http://127.0.0.1:3099/tiles/{z}/{x}/{y}.png" }],
      attribution: "Map tiles: 127.0.0.1:3099",
      maxZoom: 18,
      datum: "wgs84",
      bulkDownloadAllowed: false,
    });
  });

  it("keeps the listed order (the first is shown first) and builds each provider", () => {
    const maps = parseBasemaps({ MAP_PROVIDERS: " amap, osm ,tianditu,none", TIANDITU_KEY: "abc123def456" });
    expect(maps.map((b) => [b.id, b.datum, b.bulkDownloadAllowed, b.layers.length])).toEqual([
      ["amap", "gcj02", false, 1],
      ["osm", "wgs84", false, 1],
      ["tianditu", "wgs84", false, 2],
      ["none", "wgs84", false, 0],
    ]);
    expect(maps[2]?.layers.map((l) => l.url)).toEqual([
      "https://t{s}.tianditu.gov.cn/DataServer?T=vec_w&x={x}&y={y}&l={z}&tk=abc123def456",
      "https://t{s}.tianditu.gov.cn/DataServer?T=cva_w&x={x}&y={y}&l={z}&tk=abc123def456",
    ]);
  });

  it("lets a self-hosted server say its datum and whether bulk download is allowed", () => {
    const [custom] = parseBasemaps({
      MAP_PROVIDERS: "custom",
      TILE_URL: "https://tiles.example.org/{z}/{x}/{y}.png",
      TILE_DATUM: "gcj02",
      TILE_BULK_DOWNLOAD: "allowed",
      TILE_MAX_ZOOM: 16,
      TILE_ATTRIBUTION: "Our tiles",
    });
    expect(custom).toMatchObject({ datum: "gcj02", bulkDownloadAllowed: true, maxZoom: 16, attribution: "Our tiles" });
  });

  it("refuses bad values with a message that says what to set", () => {
    expect(() => parseBasemaps({ MAP_PROVIDERS: "osm,google" })).toThrow('MAP_PROVIDERS: unknown provider "google"; use osm, tianditu, amap, custom, none');
    expect(() => parseBasemaps({ MAP_PROVIDERS: "osm,,amap" })).toThrow("MAP_PROVIDERS has an empty entry");
    expect(() => parseBasemaps({ MAP_PROVIDERS: "" })).toThrow("MAP_PROVIDERS has an empty entry");
    expect(() => parseBasemaps({ MAP_PROVIDERS: "osm,osm" })).toThrow('MAP_PROVIDERS lists "osm" twice');
    expect(() => parseBasemaps({ MAP_PROVIDERS: "OSM" })).toThrow('unknown provider "OSM"');
    expect(() => parseBasemaps({ MAP_PROVIDERS: "tianditu" })).toThrow("MAP_PROVIDERS lists tianditu: set TIANDITU_KEY");
    expect(() => parseBasemaps({ MAP_PROVIDERS: "custom" })).toThrow("MAP_PROVIDERS lists custom: set TILE_URL");
    expect(() => parseBasemaps({ MAP_PROVIDERS: "osm", TILE_URL: "https://t.example.org/{z}/{x}/{y}.png" })).toThrow(
      'TILE_URL is set but MAP_PROVIDERS does not list "custom"',
    );
  });

  it("reads the environment through the schema: a bad key or datum is refused before any provider is built", async () => {
    const { getBasemaps } = await import("./config");
    const saved = { ...process.env };
    try {
      process.env.MAP_PROVIDERS = "tianditu";
      process.env.TIANDITU_KEY = "bad key&x=1";
      expect(() => getBasemaps()).toThrow("TIANDITU_KEY must be the key (tk) from the Tianditu console");
      process.env.TIANDITU_KEY = "abc123def456";
      process.env.TILE_DATUM = "bd09";
      expect(() => getBasemaps()).toThrow("TILE_DATUM must be wgs84 or gcj02");
      delete process.env.TILE_DATUM;
      expect(getBasemaps().map((b) => b.id)).toEqual(["tianditu"]);
    } finally {
      process.env = saved;
    }
  });
});

describe("basemapTileUrls", () => {
  it("writes out every subdomain, so a policy can name exact hosts", () => {
    const urls = basemapTileUrls(parseBasemaps({ MAP_PROVIDERS: "osm,amap,none" }));
    expect(urls.map((u) => new URL(u.replace(/\{[a-z]\}/g, "0")).host)).toEqual([
      "tile.openstreetmap.org",
      "webrd01.is.autonavi.com",
      "webrd02.is.autonavi.com",
      "webrd03.is.autonavi.com",
      "webrd04.is.autonavi.com",
    ]);
  });
});

describe("parseBasemaps: may the township's tiles be saved in bulk?", () => {
  it("never from OpenStreetMap's public servers, even when TILE_URL points there with TILE_BULK_DOWNLOAD=allowed", () => {
    expect(parseBasemaps({ TILE_BULK_DOWNLOAD: "allowed" }).map((b) => b.bulkDownloadAllowed)).toEqual([false]);
    const [osmAsCustom] = parseBasemaps({ TILE_URL: "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", TILE_BULK_DOWNLOAD: "allowed" });
    expect(osmAsCustom?.bulkDownloadAllowed).toBe(false);
  });

  it("only when the operator allows it for their own tile server", () => {
    expect(parseBasemaps({ TILE_URL: "https://tiles.example.org/{z}/{x}/{y}.png" })[0]?.bulkDownloadAllowed).toBe(false);
    expect(parseBasemaps({ TILE_URL: "https://tiles.example.org/{z}/{x}/{y}.png", TILE_BULK_DOWNLOAD: "allowed" })[0]?.bulkDownloadAllowed).toBe(true);
  });
});

describe("bulkDownloadTiles: the tiles Save the township fetches, from the basemap the visitor chose", () => {
  const basemaps = parseBasemaps({ MAP_PROVIDERS: "osm,tianditu,custom,none", TIANDITU_KEY: "k", TILE_URL: "https://tiles.example.org/{z}/{x}/{y}.png", TILE_BULK_DOWNLOAD: "allowed" });
  const byId = (id: string) => basemaps.find((b) => b.id === id)!;

  it("the self-hosted server's one layer when its operator allows bulk downloads", () => {
    expect(bulkDownloadTiles(byId("custom"))).toEqual({ url: "https://tiles.example.org/{z}/{x}/{y}.png", bulkDownloadAllowed: true });
  });

  it("none from OpenStreetMap, Tianditu (two layers, terms) or no basemap, even beside an allowed one", () => {
    for (const id of ["osm", "tianditu", "none"]) expect(bulkDownloadTiles(byId(id)), id).toEqual({ url: "", bulkDownloadAllowed: false });
  });
});


describe("getPlacesInlineMax (PLACES_INLINE_MAX)", () => {
  it("defaults to 500, takes a whole number of places and refuses anything else", async () => {
    const { DEFAULT_PLACES_INLINE_MAX, getPlacesInlineMax } = await import("./config");
    const saved = { ...process.env };
    try {
      delete process.env.PLACES_INLINE_MAX;
      expect(getPlacesInlineMax()).toBe(DEFAULT_PLACES_INLINE_MAX);
      expect(DEFAULT_PLACES_INLINE_MAX).toBe(500);
      process.env.PLACES_INLINE_MAX = "0";
      expect(getPlacesInlineMax()).toBe(0);
      process.env.PLACES_INLINE_MAX = "2000";
      expect(getPlacesInlineMax()).toBe(2000);
      for (const bad of ["-1", "1.5", "many"]) {
        process.env.PLACES_INLINE_MAX = bad;
        expect(() => getPlacesInlineMax(), bad).toThrow("PLACES_INLINE_MAX");
      }
    } finally {
      process.env = saved;
    }
  });
});
