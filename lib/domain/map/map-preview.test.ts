import { describe, expect, it } from "vitest";
import { AMAP_BASEMAP, NO_BASEMAP, OSM_BASEMAP, tiandituBasemap } from "./basemap";
import { fitView, moveMap, openMap, project } from "./first-view";
import { fannedBoxes, previewBasemap, previewLayout, readPreviewConfig, type MapPreviewConfig } from "./map-preview";

const box = { west: 110.651389, south: 29.3987, east: 110.6982, north: 29.428889 };
const corners = [{ lng: box.west, lat: box.south }, { lng: box.east, lat: box.north }];
const config: Pick<MapPreviewConfig, "view" | "box" | "fanned" | "start" | "minZoom"> = { view: null, box, fanned: null, start: { lng: 110.67, lat: 29.41, z: 12 }, minZoom: 8 };
const size = { x: 412, y: 541 };

describe("previewLayout", () => {
  it("opens at the address's view, its zoom a whole level within range", () => {
    expect(previewLayout({ ...config, view: { lng: 110.67, lat: 29.41, z: 15.4 } }, size, 18)).toEqual(openMap(size, { lng: 110.67, lat: 29.41 }, 15));
    expect(previewLayout({ ...config, view: { lng: 110.67, lat: 29.41, z: 19 } }, size, 18)?.z).toBe(18);
    expect(previewLayout({ ...config, view: { lng: 110.67, lat: 29.41, z: 3 } }, size, 18)?.z).toBe(8);
  });

  it("else made at the start and moved to the fit of the box", () => {
    const fit = fitView(corners, size, 8, 18);
    if (!fit) throw new Error("no fit");
    expect(previewLayout(config, size, 18)).toEqual(moveMap(openMap(size, config.start, 12), fit, fit.z));
    expect(previewLayout({ ...config, box: null }, size, 18)).toBeNull();
  });

  it("then to the fit of the markers as drawn at the first fit's zoom, when the map fans them out", () => {
    const fit = fitView(corners, size, 8, 18);
    if (!fit) throw new Error("no fit");
    const wider = { west: box.west - 0.01, south: box.south, east: box.east, north: box.north + 0.005 };
    const second = fitView([{ lng: wider.west, lat: wider.south }, { lng: wider.east, lat: wider.north }], size, 8, 18);
    if (!second) throw new Error("no fit");
    const layout = previewLayout({ ...config, fanned: { [fit.z]: wider, [fit.z + 1]: box } }, size, 18);
    expect(layout).toEqual(moveMap(moveMap(openMap(size, config.start, 12), fit, fit.z), second, second.z));
    // the box of another zoom is not used
    expect(previewLayout({ ...config, fanned: { [fit.z + 1]: wider } }, size, 18)).toEqual(previewLayout(config, size, 18));
  });
});

describe("fannedBoxes", () => {
  it("the box of what is drawn at each zoom a first fit may land on", () => {
    const boxes = fannedBoxes(8, (z) => [{ lng: 110 + z / 100, lat: 29 }, { lng: 111, lat: 30 - z / 100 }]);
    expect(Object.keys(boxes).map(Number)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    expect(boxes[13]).toEqual({ west: 110.13, south: 29, east: 111, north: 29.87 });
    expect(fannedBoxes(8, () => [])).toEqual({});
  });
});

describe("previewBasemap", () => {
  const basemaps = [OSM_BASEMAP, tiandituBasemap("k"), AMAP_BASEMAP, NO_BASEMAP];

  it("the visitor's choice when configured, else the first", () => {
    expect(previewBasemap(basemaps, null)?.id).toBe("osm");
    expect(previewBasemap(basemaps, "tianditu")?.id).toBe("tianditu");
    expect(previewBasemap(basemaps, "not-a-basemap")?.id).toBe("osm");
    expect(previewBasemap([OSM_BASEMAP], "tianditu")?.id).toBe("osm");
  });

  it("none for a basemap in GCJ-02 (Amap) or without tiles", () => {
    expect(previewBasemap(basemaps, "amap")).toBeNull();
    expect(previewBasemap(basemaps, "none")).toBeNull();
    expect(previewBasemap([AMAP_BASEMAP, OSM_BASEMAP], null)).toBeNull();
    expect(previewBasemap([], null)).toBeNull();
  });
});

it("project is Leaflet's EPSG:3857 at 256 px tiles", () => {
  expect(project({ lng: 0, lat: 0 }, 0)).toEqual({ x: 128, y: 128 });
});

describe("readPreviewConfig", () => {
  const full: MapPreviewConfig = { ...config, basemaps: [OSM_BASEMAP], storageKey: "k" };

  it("reads back what the server wrote", () => {
    expect(readPreviewConfig(JSON.stringify(full))).toEqual(full);
  });

  it("null for text that is not a config", () => {
    expect(readPreviewConfig("{")).toBeNull();
    expect(readPreviewConfig("null")).toBeNull();
    expect(readPreviewConfig("[]")).toBeNull();
    expect(readPreviewConfig(JSON.stringify({ ...full, minZoom: "8" }))).toBeNull();
    expect(readPreviewConfig(JSON.stringify({ ...full, basemaps: undefined }))).toBeNull();
    // basemaps the script could not draw from
    expect(readPreviewConfig(JSON.stringify({ ...full, basemaps: [{ ...OSM_BASEMAP, id: "elsewhere" }] }))).toBeNull();
    expect(readPreviewConfig(JSON.stringify({ ...full, basemaps: [{ ...OSM_BASEMAP, datum: "bd09" }] }))).toBeNull();
    expect(readPreviewConfig(JSON.stringify({ ...full, basemaps: [{ ...OSM_BASEMAP, maxZoom: "19" }] }))).toBeNull();
    expect(readPreviewConfig(JSON.stringify({ ...full, basemaps: [{ ...OSM_BASEMAP, layers: [{ url: 1 }] }] }))).toBeNull();
    expect(readPreviewConfig(JSON.stringify({ ...full, basemaps: [{ ...OSM_BASEMAP, layers: [{ url: "u", subdomains: ["a"] }] }] }))).toBeNull();
  });
});
