import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { mapPreviewScript } from "./map-preview-script";
import { OSM_BASEMAP, tiandituBasemap } from "@/lib/domain/map/basemap";
import { MAP_PREVIEW_ATTRIBUTE, previewLayout, type MapPreviewConfig } from "@/lib/domain/map/map-preview";
import { tileUrl, viewTiles } from "@/lib/domain/map/first-view";

/** node:vm's runInNewContext, typed as what it gives: the script's completion value, unchecked. */
const runScript: (code: string, context: object) => unknown = runInNewContext;

// The bundled script, run against a stand-in for the page: it draws what the modules it is built
// from say, for the basemap chosen in this browser and the screen's density.

const config: MapPreviewConfig = {
  view: null,
  box: { west: 110.651389, south: 29.3987, east: 110.6982, north: 29.428889 },
  fanned: null,
  start: { lng: 110.67, lat: 29.41, z: 12 },
  minZoom: 8,
  basemaps: [OSM_BASEMAP, tiandituBasemap("key")],
  storageKey: "sanguansi-guide:basemap",
};

type FakeImg = { alt: string; decoding: string; fetchPriority: string; src: string; style: { cssText: string } };

function run(script: string, { chosen = null, dpr = 1, effectiveType }: { chosen?: string | null; dpr?: number; effectiveType?: string }) {
  const appended: FakeImg[] = [];
  const element = {
    clientWidth: 412,
    clientHeight: 541,
    childElementCount: 0,
    getAttribute: (name: string) => (name === MAP_PREVIEW_ATTRIBUTE ? JSON.stringify(config) : null),
    append: (img: FakeImg) => appended.push(img),
  };
  const document = {
    querySelector: (selector: string) => (selector === `[${MAP_PREVIEW_ATTRIBUTE}]` ? element : null),
    createElement: (): FakeImg => ({ alt: "?", decoding: "", fetchPriority: "", src: "", style: { cssText: "" } }),
  };
  const window = { devicePixelRatio: dpr, localStorage: { getItem: (key: string) => (key === config.storageKey ? chosen : null) } };
  // the script's completion value is of no interest (an IIFE's undefined)
  const completion = runScript(script, { document, window, navigator: { connection: effectiveType ? { effectiveType } : undefined } });
  expect(completion).toBeUndefined();
  return appended;
}

describe("the map preview's script", () => {
  it("builds into one plain script that can sit inline in the page", async () => {
    const script = await mapPreviewScript();
    expect(script.length).toBeGreaterThan(1000);
    expect(script).not.toMatch(/<\/script|<!--|\bimport\b|\brequire\(/);
  });

  it("draws the first view's tiles of the first basemap, at their places, the centre's first", async () => {
    const imgs = run(await mapPreviewScript(), {});
    const layout = previewLayout(config, { x: 412, y: 541 }, OSM_BASEMAP.maxZoom);
    if (!layout) throw new Error("no layout");
    const tiles = viewTiles(layout, false);
    expect(imgs.map((img) => img.src)).toEqual(tiles.map((t) => tileUrl(OSM_BASEMAP.layers[0]?.url ?? "", "abc", t, false)));
    expect(imgs[0]?.style.cssText).toBe(`left:${tiles[0]?.left}px;top:${tiles[0]?.top}px;width:256px;height:256px`);
    expect(imgs.every((img) => img.alt === "")).toBe(true);
    expect(imgs.filter((img) => img.fetchPriority === "high")).toHaveLength(4);
  });

  it("dense tiles on a high-density screen with a fast connection; the chosen basemap's layers", async () => {
    const script = await mapPreviewScript();
    expect(run(script, { dpr: 2, effectiveType: "4g" })[0]?.style.cssText).toMatch(/width:128px/);
    expect(run(script, { dpr: 2, effectiveType: "3g" })[0]?.style.cssText).toMatch(/width:256px/);
    const tianditu = run(script, { chosen: "tianditu" }).map((img) => img.src);
    expect(tianditu.filter((src) => src.includes("T=vec_w")).length).toBe(tianditu.length / 2);
    expect(tianditu.filter((src) => src.includes("T=cva_w")).length).toBe(tianditu.length / 2);
  });
});
