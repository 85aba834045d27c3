import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { usesE2eBasemaps } from "./support/e2e-paths";
import { encodePlan } from "../lib/domain/plan/plan-codec";
import { emptyPlan } from "../lib/domain/plan/edit-plan";

// The map's preview (components/map/map-preview.tsx, map-preview-script.ts): the first view's tiles
// are drawn from the HTML, before the page's own scripts have run, and they are the tiles the map
// then draws, at the same places, so nothing moves when the map takes over.

const BASEMAP_KEY = "sanguansi-guide:basemap";
/** A shared plan whose map shows stops with a known spot (bench:web measures the same one). */
const SHARED_PLAN = encodePlan({ ...emptyPlan("2026-10-01"), stops: ["township-government", "yuan-renyuan-former-residence", "jiuge-shangui", "zhangjiajie-grand-canyon-glass-bridge"] });

declare global {
  interface Window {
    /** The preview's tiles as they were added (recordPreviewTiles). */
    __previewTiles: string[];
  }
}

/** Every tile the preview draws, as "url @ left,top" in the page (recorded as they are added). */
async function recordPreviewTiles(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.__previewTiles = seen;
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if (!(node instanceof HTMLImageElement) || !node.parentElement?.classList.contains("map-preview")) continue;
          const box = node.getBoundingClientRect();
          seen.push(`${node.src} @ ${Math.round(box.left)},${Math.round(box.top)}`);
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

const previewTiles = (page: Page) => page.evaluate(() => [...window.__previewTiles].sort());

/** The map's own tiles, as "url @ left,top" in the page. */
const mapTiles = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLImageElement>("img.leaflet-tile")]
      .map((tile) => {
        const box = tile.getBoundingClientRect();
        return `${tile.src} @ ${Math.round(box.left)},${Math.round(box.top)}`;
      })
      .sort(),
  );

/** Opens `path`, waits for the map's own tiles, and checks that they are the preview's and that the preview has gone. */
async function expectTheMapToDrawThePreview(page: Page, path: string) {
  await recordPreviewTiles(page);
  await page.goto(path);
  await expect(page.locator(".leaflet-tile-loaded").first()).toBeVisible();
  await expect(page.locator(".map-preview")).toHaveCount(0);
  const drawn = await previewTiles(page);
  expect(drawn.length).toBeGreaterThan(0);
  expect(await mapTiles(page)).toEqual(drawn);
  return drawn;
}

test.describe("the map's preview", () => {
  test.skip(!usesE2eBasemaps(), "needs the e2e basemaps (E2E_BASEMAP_ENV): the run set MAP_PROVIDERS or TILE_URL");

  test("draws the first view's tiles from the HTML, with none of the page's scripts run", async ({ page }) => {
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await page.goto("/");
    const preview = page.locator(".map-preview");
    const tiles = preview.locator("img");
    await expect.poll(() => tiles.count()).toBeGreaterThan(0);
    // loaded OpenStreetMap tiles (the first basemap), covering the whole map
    await expect.poll(() => tiles.evaluateAll((imgs) => imgs.every((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth === 256))).toBe(true);
    for (const src of await tiles.evaluateAll((imgs) => imgs.map((img) => (img instanceof HTMLImageElement ? img.src : "")))) {
      expect(src).toMatch(/^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/);
    }
    const covered = await preview.evaluate((element) => {
      const map = element.getBoundingClientRect();
      const boxes = [...element.querySelectorAll("img")].map((img) => img.getBoundingClientRect());
      const points: [number, number][] = [
        [map.left + 1, map.top + 1],
        [map.right - 1, map.top + 1],
        [map.left + 1, map.bottom - 1],
        [map.right - 1, map.bottom - 1],
        [(map.left + map.right) / 2, (map.top + map.bottom) / 2],
      ];
      return points.every(([x, y]) => boxes.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom));
    });
    expect(covered).toBe(true);
    // the interactive map never started: no Leaflet
    await expect(page.locator(".leaflet-container")).toHaveCount(0);
  });

  for (const { name, path } of [
    { name: "home", path: "/" },
    { name: "a place page", path: "/places/yuan-renyuan-former-residence" },
    { name: "English, red tourism only", path: "/en?red=1" },
    { name: "the address's view", path: "/?c=29.41,110.67,15" },
    { name: "a shared plan", path: `/plan?plan=${SHARED_PLAN}` },
    { name: "a shared plan, in English", path: `/en/plan?plan=${SHARED_PLAN}` },
  ]) {
    test(`${name}: the map then draws the same tiles at the same places, and the preview goes`, async ({ page, consoleProblems }) => {
      await expectTheMapToDrawThePreview(page, path);
      expect(consoleProblems).toEqual([]);
    });
  }

  test("Tianditu, chosen before: its two layers, as the map draws them", async ({ page }) => {
    await page.addInitScript((key) => window.localStorage.setItem(key, "tianditu"), BASEMAP_KEY);
    const drawn = await expectTheMapToDrawThePreview(page, "/");
    expect(drawn.some((t) => t.includes("T=vec_w"))).toBe(true);
    expect(drawn.some((t) => t.includes("T=cva_w"))).toBe(true);
  });

  for (const chosen of ["amap", "none"]) {
    test(`${chosen}, chosen before: no preview tiles (${chosen === "amap" ? "its tiles need the GCJ-02 shift" : "no tiles at all"})`, async ({ page }) => {
      await page.addInitScript((key) => window.localStorage.setItem(key.key, key.chosen), { key: BASEMAP_KEY, chosen });
      await recordPreviewTiles(page);
      await page.goto("/");
      await expect(page.locator(".leaflet-container")).toBeVisible();
      await expect(page.locator(".map-preview")).toHaveCount(0);
      expect(await previewTiles(page)).toEqual([]);
    });
  }

  test("moving the map before its tiles have come removes the preview", async ({ page }) => {
    // no tile comes (the map's would be the preview's own, from the browser's memory)
    await page.route(/tile\.openstreetmap\.org/, () => undefined);
    // (the page's load event waits for the tiles; the map does not)
    await page.goto("/", { waitUntil: "domcontentloaded" });
    const map = page.locator(".leaflet-container");
    await expect(map).toBeVisible();
    await expect(page.locator(".leaflet-tile").first()).toBeAttached();
    await expect(page.locator(".map-preview img").first()).toBeAttached();
    const box = await map.boundingBox();
    if (!box) throw new Error("the map has no box");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    await expect(page.locator(".map-preview")).toHaveCount(0);
    await expect(page.locator(".leaflet-tile-loaded")).toHaveCount(0);
  });
});

test.describe("the map's preview on a phone", () => {
  test.skip(!usesE2eBasemaps(), "needs the e2e basemaps (E2E_BASEMAP_ENV): the run set MAP_PROVIDERS or TILE_URL");
  test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });

  for (const path of ["/", "/places/yuan-renyuan-former-residence", `/plan?plan=${SHARED_PLAN}`]) {
    test(`${path.slice(0, 40)}: the map, dense tiles on a fast connection, the same as the map's`, async ({ page }) => {
      const drawn = await expectTheMapToDrawThePreview(page, path);
      // half-size tiles from the next zoom's grid (Chromium reports a fast connection here)
      expect(await page.locator("img.leaflet-tile").first().evaluate((img) => img.getBoundingClientRect().width)).toBe(128);
      expect(drawn.length).toBeGreaterThan(0);
    });
  }
});
