import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, chooseBasemap, mapRegion, refuseChunks, scriptsLoaded, waitForMap, GCOORD_CODE } from "./support/fixtures";
import { usesE2eBasemaps } from "./support/e2e-paths";
import { wgs84ToGcj02Formula } from "../lib/test-support/gcj02-formula";
import { TOWNSHIP_SEAT } from "../lib/domain/township-seat";
import { toLngLat, toPixel, worldSize } from "./support/web-mercator";

// Basemaps for China and "Near me" (issue 10). The e2e server offers osm, tianditu, amap and none
// (E2E_BASEMAP_ENV); every tile is answered locally (support/fixtures.ts): blank for OSM and
// Tianditu, pale yellow for Amap. Positions are checked in screen pixels against Web Mercator and
// an independent implementation of the GCJ-02 formula (lib/test-support/gcj02-formula.ts).

test.skip(!usesE2eBasemaps(), "needs the e2e basemaps (E2E_BASEMAP_ENV): the run set MAP_PROVIDERS or TILE_URL");

/** Great-circle metres on Turf's sphere, and the initial bearing in degrees (textbook formulas). */
const R = 6371008.8;
const rad = (d: number) => (d * Math.PI) / 180;
function metres(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}
function bearing(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const y = Math.sin(rad(b.lng - a.lng)) * Math.cos(rad(b.lat));
  const x = Math.cos(rad(a.lat)) * Math.sin(rad(b.lat)) - Math.sin(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.cos(rad(b.lng - a.lng));
  return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
}
const COMPASS_ZH = ["北", "东北", "东", "东南", "南", "西南", "西", "西北"];

type Feature = { properties: { slug: string; kind: string; nameZh: string; precision: string; village: { slug: string } | null }; geometry: { coordinates: [number, number] } | null };

/** Each place's known spot as the guide defines it (own point, else its village's point), from the API. */
async function knownSpots(page: Page): Promise<{ slug: string; nameZh: string; lng: number; lat: number }[]> {
  const features = ((await (await page.request.get("/api/places")).json()) as { features: Feature[] }).features;
  const own = (f: Feature) => (f.geometry && (f.properties.precision === "exact" || f.properties.precision === "approximate") ? f.geometry.coordinates : null);
  const villagePoint = new Map<string, [number, number]>();
  for (const f of features) {
    const p = own(f);
    if (f.properties.kind === "village" && f.properties.village && p && !villagePoint.has(f.properties.village.slug)) villagePoint.set(f.properties.village.slug, p);
  }
  return features.flatMap((f) => {
    const p = own(f) ?? (f.properties.precision === "village" && f.properties.village ? villagePoint.get(f.properties.village.slug) : undefined);
    return p ? [{ slug: f.properties.slug, nameZh: f.properties.nameZh, lng: p[0], lat: p[1] }] : [];
  });
}

test.describe("basemaps", () => {
  test("the switch lists the configured basemaps; Amap moves every marker by the GCJ-02 shift; none draws no tiles; the choice is remembered", async ({ page }) => {
    test.slow(); // one long journey: four basemaps and a reload
    const slug = "township-government";
    const stored = ((await (await page.request.get(`/api/places/${slug}`)).json()) as Feature).geometry!.coordinates;
    const [lng0, lat0] = stored;
    const Z = 14;
    await page.goto(`/?c=${lat0},${lng0},${Z}`);
    await waitForMap(page);
    const region = mapRegion(page);
    const tiles = region.locator("img.leaflet-tile");
    await expect(tiles.first()).toHaveAttribute("src", /^https:\/\/tile\.openstreetmap\.org\/14\//);

    // A closed button that opens a radio group, keyboard first: Enter opens, Escape closes.
    const toggle = region.getByRole("button", { name: "底图" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    const names = await region.getByRole("radio").evaluateAll((els) => els.map((el) => (el.parentElement?.textContent ?? "").trim()));
    expect(names).toEqual(["OpenStreetMap", "天地图", "高德地图", "自定义底图", "无底图"]);
    await expect(region.getByRole("radio", { name: "OpenStreetMap" })).toBeChecked();
    await region.getByRole("radio", { name: "OpenStreetMap" }).focus();
    await page.keyboard.press("Escape");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toBeFocused();

    const marker = region.locator(`.leaflet-marker-icon[data-slug="${slug}"]`);
    const before = (await marker.boundingBox())!;
    const view = new URL(page.url()).searchParams.get("c");

    // Tianditu: the vector map and its labels, with the key, and markers where OSM had them.
    await chooseBasemap(page, "天地图");
    await expect(region.locator('img.leaflet-tile[src*="T=vec_w"]').first()).toHaveAttribute("src", /^https:\/\/t[0-7]\.tianditu\.gov\.cn\/DataServer\?T=vec_w&x=\d+&y=\d+&l=14&tk=e2eplaceholderkey0$/);
    await expect(region.locator('img.leaflet-tile[src*="T=cva_w"]').first()).toBeVisible();
    await expect(region.locator('img.leaflet-tile[src*="openstreetmap"]')).toHaveCount(0);
    const onTianditu = (await marker.boundingBox())!;
    expect([onTianditu.x, onTianditu.y]).toEqual([before.x, before.y]);

    // Amap: GCJ-02 tiles; the marker moves by the shift of its point, in pixels at this zoom.
    await chooseBasemap(page, "高德地图");
    await expect(region.locator('img.leaflet-tile[src*="is.autonavi.com"]').first()).toHaveAttribute("src", /^https:\/\/webrd0[1-4]\.is\.autonavi\.com\/appmaptile\?.*&x=\d+&y=\d+&z=14$/);
    await expect(region.locator('img.leaflet-tile[src*="tianditu"]')).toHaveCount(0);
    await expect(region.getByText("高德底图使用 GCJ-02 坐标，标记已随之平移；数据仍为 WGS-84。")).toBeVisible();
    const gcj = wgs84ToGcj02Formula(lng0, lat0);
    const [from, to] = [toPixel(lat0, lng0, Z), toPixel(gcj.lat, gcj.lng, Z)];
    const expected = { dx: to.x - from.x, dy: to.y - from.y };
    expect(expected.dx).toBeGreaterThan(50); // about 560 m east and south: a shift a person would see
    expect(expected.dy).toBeGreaterThan(30);
    await expect.poll(async () => (await marker.boundingBox())!.x - before.x).toBeGreaterThan(expected.dx - 1.5);
    const onAmap = (await marker.boundingBox())!;
    expect(Math.abs(onAmap.x - before.x - expected.dx)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(onAmap.y - before.y - expected.dy)).toBeLessThanOrEqual(1.5);
    // The URL keeps WGS-84: nothing the switch did moved the view.
    expect(new URL(page.url()).searchParams.get("c")).toBe(view);

    // None: no tiles, the markers stay, at their WGS-84 positions.
    await chooseBasemap(page, "无底图");
    await expect(tiles).toHaveCount(0);
    await expect(marker).toBeVisible();
    const onNone = (await marker.boundingBox())!;
    expect([onNone.x, onNone.y]).toEqual([before.x, before.y]);

    // The choice is this browser's: a reload keeps Amap. The URL's centre is WGS-84, so the reloaded
    // map centres on its GCJ-02 position: the marker is back where OSM drew it relative to the centre.
    await chooseBasemap(page, "高德地图");
    await page.reload();
    await waitForMap(page);
    await expect(tiles.first()).toHaveAttribute("src", /is\.autonavi\.com/);
    await expect(region.getByRole("radio", { name: "高德地图", includeHidden: true })).toBeChecked();
    const reloaded = (await marker.boundingBox())!;
    expect(Math.abs(reloaded.x - before.x)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(reloaded.y - before.y)).toBeLessThanOrEqual(1.5);
  });

  test("the GCJ-02 shift's code loads with Amap; when it does not, the map keeps its basemap and says so, and the retry loads it", async ({ page }) => {
    const gcoord = await refuseChunks(page, GCOORD_CODE);
    const scripts = scriptsLoaded(page);
    await page.goto("/");
    await waitForMap(page);
    await page.waitForLoadState("networkidle");
    // the first view (the map included) loads no gcoord
    expect(gcoord.refused()).toBe(0);
    expect((await scripts.texts()).filter((t) => t.includes(GCOORD_CODE))).toEqual([]);
    const region = mapRegion(page);

    await chooseBasemap(page, "高德地图");
    await expect(region.getByRole("alert")).toHaveText(/所选底图未能加载.*地图仍显示原来的底图/);
    expect(gcoord.refused()).toBeGreaterThan(0);
    // OSM's tiles stay, no marker is drawn over tiles of another datum
    await expect(region.locator('img.leaflet-tile[src*="openstreetmap"]').first()).toBeVisible();
    await expect(region.locator('img.leaflet-tile[src*="autonavi"]')).toHaveCount(0);
    await expect(region.getByRole("radio", { name: "高德地图", includeHidden: true })).toBeChecked();

    gcoord.allow();
    await region.getByRole("button", { name: "重试" }).click();
    await expect(region.locator('img.leaflet-tile[src*="is.autonavi.com"]').first()).toHaveAttribute("src", /is\.autonavi\.com/);
    await expect(region.getByText("高德底图使用 GCJ-02 坐标，标记已随之平移；数据仍为 WGS-84。")).toBeVisible();
    await expect(region.getByRole("alert")).toHaveCount(0);
    expect((await scripts.texts()).filter((t) => t.includes(GCOORD_CODE)).length).toBeGreaterThan(0);
  });

  test("a point picked on Amap's GCJ-02 tiles for a correction is kept in WGS-84", async ({ page }) => {
    const slug = "township-government";
    const [lng0, lat0] = ((await (await page.request.get(`/api/places/${slug}`)).json()) as Feature).geometry!.coordinates;
    const Z = 15;
    await page.goto("/");
    await page.evaluate(() => window.localStorage.setItem("sanguansi-guide:basemap", "amap"));
    await page.goto(`/places/${slug}?c=${lat0},${lng0},${Z}`);
    await waitForMap(page);
    const map = page.locator(".guide__map .leaflet-container");
    await expect(map.locator('img.leaflet-tile[src*="is.autonavi.com"]').first()).toBeVisible();
    const panel = page.getByRole("complementary");
    await panel.getByRole("button", { name: "报告问题" }).click();
    const form = panel.getByRole("form", { name: "报告「三官寺土家族乡人民政府」的问题" });
    await form.getByRole("radio", { name: "位置不对" }).check();
    await form.getByRole("button", { name: "在地图上选点" }).click();
    const [w, h] = await map.evaluate((el) => [el.clientWidth, el.clientHeight]);
    const at = { x: Math.round(w / 2) + 120, y: Math.round(h / 2) - 80 };
    await map.click({ position: at });
    // The map's centre is the URL's WGS-84 centre drawn on GCJ-02 tiles; the click is a GCJ-02 position.
    const centreGcj = wgs84ToGcj02Formula(lng0, lat0);
    const centre = toPixel(centreGcj.lat, centreGcj.lng, Z);
    const clickedGcj = toLngLat(centre.x + at.x - w / 2, centre.y + at.y - h / 2, Z);
    const lat = Number(await form.getByLabel("纬度").inputValue());
    const lng = Number(await form.getByLabel("经度").inputValue());
    // What the form keeps, shifted to GCJ-02 by the independent formula, is where the click was…
    const back = wgs84ToGcj02Formula(lng, lat);
    const tolerance = (2 * 360) / worldSize(Z); // two screen pixels, in degrees
    expect(Math.abs(back.lng - clickedGcj.lng)).toBeLessThan(tolerance);
    expect(Math.abs(back.lat - clickedGcj.lat)).toBeLessThan(tolerance);
    // …and not the GCJ-02 position itself (about 560 m off).
    expect(metres({ lng, lat }, clickedGcj)).toBeGreaterThan(400);
  });
});

async function locate(page: Page, lang: "zh" | "en" = "zh") {
  await page.goto(lang === "en" ? "/en" : "/");
  await waitForMap(page);
  await page.getByRole("button", { name: lang === "en" ? "Find places near me" : "查找我附近的地点" }).click();
}

async function at(context: BrowserContext, lat: number, lng: number, accuracy: number) {
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: lat, longitude: lng, accuracy });
}

test.describe("near me", () => {
  test("the page may ask for the location (Permissions-Policy geolocation=(self))", async ({ request }) => {
    const policy = (await request.get("/")).headers()["permissions-policy"] ?? "";
    expect(policy.split(",").map((s) => s.trim())).toContain("geolocation=(self)");
  });

  test("granted, near the township: you are here, the nearest places with distance and direction, and start my plan here", async ({ page, context }) => {
    const fix = { lat: 29.4335, lng: 110.6602 }; // about 1 km north-east of the township seat
    await at(context, fix.lat, fix.lng, 25);
    const spots = await knownSpots(page);
    await locate(page);
    const section = page.getByRole("region", { name: "我附近" });
    await expect(section.getByRole("status").first()).toHaveText("定位误差约 25 米。");
    const expected = spots
      .map((s) => ({ ...s, d: Math.round(metres(fix, s)) }))
      .sort((a, b) => a.d - b.d || (a.slug < b.slug ? -1 : 1))
      .slice(0, 5)
      .map((s) => {
        const dist = s.d >= 1000 ? `${(s.d / 1000).toFixed(1)} 公里` : `${s.d} 米`;
        return new RegExp(`^${s.nameZh.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(（只知所在村）)? ${COMPASS_ZH[Math.round(bearing(fix, s) / 45) % 8]}方 ${dist}$`);
      });
    const items = section.getByRole("list", { name: "离你最近的地点（直线距离）" }).getByRole("listitem");
    await expect(items).toHaveCount(5);
    for (const [i, re] of expected.entries()) await expect(items.nth(i)).toHaveText(re);

    // "You are here" with its accuracy circle, on the map.
    await expect(mapRegion(page).getByTitle("你在这里（误差约 25 米）")).toBeVisible();
    await expect(mapRegion(page).locator("path.here-accuracy")).toHaveCount(1);

    // The first place opens from the list, by keyboard.
    await items.first().getByRole("link").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/places\//);
    await page.goBack();

    // Start my plan here: the planner's start is now "my location".
    await section.getByRole("button", { name: "从这里开始我的行程" }).click();
    await expect(section.getByText("行程的起点已设为你的位置。")).toBeVisible();
    await page.getByRole("tab", { name: /我的行程/ }).click();
    await expect(page.getByRole("combobox", { name: "出发地" })).toHaveValue("coords");
  });

  test("granted with a coarse fix: low accuracy, with its radius, in English too", async ({ page, context }) => {
    await at(context, TOWNSHIP_SEAT.lat + 0.01, TOWNSHIP_SEAT.lng, 850);
    await locate(page, "en");
    const section = page.getByRole("region", { name: "Near me" });
    await expect(section.getByText("Low accuracy: your position is only known to within about 850 m, so the distances and directions below may be off.")).toBeVisible();
    await expect(section.getByRole("list", { name: "Nearest places (straight line)" }).getByRole("listitem").first()).toHaveText(/ (\d+ m|\d+\.\d km) (north|northeast|east|southeast|south|southwest|west|northwest)$|right where you are$/);
    await expect(mapRegion(page).getByTitle("You are here (within about 850 m)")).toBeVisible();
  });

  test("denied: a clear message, no list, no marker", async ({ page, context }) => {
    await context.clearPermissions();
    await locate(page);
    const section = page.getByRole("region", { name: "我附近" });
    await expect(section.getByText("你没有允许本站获取位置。请在浏览器的网站设置中允许定位，然后重试。")).toBeVisible();
    await expect(section.getByRole("list")).toHaveCount(0);
    await expect(section.getByRole("button", { name: "从这里开始我的行程" })).toHaveCount(0);
    await expect(mapRegion(page).locator(".here-pin")).toHaveCount(0);
  });

  test("far away: not there yet, with the distance, and no nearest list", async ({ page, context }) => {
    const fix = { lat: 29.0, lng: 110.4 }; // south-west of the township's envelope (110.55–110.77 E, 29.35–29.52 N)
    await at(context, fix.lat, fix.lng, 30);
    await locate(page);
    const section = page.getByRole("region", { name: "我附近" });
    const km = (metres(fix, { lng: 110.55, lat: 29.35 }) / 1000).toFixed(0);
    await expect(section.getByText(`你离三官寺土家族乡还有约 ${km} 公里，还没到这里。到了乡里再看附近的地点吧。`)).toBeVisible();
    await expect(section.getByRole("list")).toHaveCount(0);
    await expect(section.getByRole("button", { name: "从这里开始我的行程" })).toHaveCount(0);
    await expect(mapRegion(page).locator(".here-pin")).toHaveCount(0);
  });
});
