import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { test, expect, mapRegion, scriptsLoaded, CLUSTERING_CODE } from "./support/fixtures";
import { e2ePort, PROJECT_ROOT } from "./support/e2e-paths";
import { startInstance, type Instance } from "./support/instances";

// Clustered markers (issue 11): from CLUSTER_FROM (300) places with a known spot the map draws
// clusters (components/map/cluster-layer.tsx). An instance of the e2e build over 1,000 synthetic
// places (npm run data:synthetic, a database of its own, never the guide's data) shows them: a
// cluster is a button reached with Tab that Enter zooms into, places appear once clusters split,
// and the selected place keeps its marker when zooming out gathers the others again.

const COUNT = 1000;
const DB_FILE = path.join(PROJECT_ROOT, "prisma", `synthetic-e2e-${e2ePort()}.db`);

test.describe.configure({ mode: "serial" });

let instance: Instance;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${DB_FILE}${suffix}`, { force: true });
  execFileSync(process.execPath, ["--import", "tsx", "scripts/data-synthetic.ts", "--count", String(COUNT), "--out", `file:${DB_FILE}`], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: "" },
    stdio: "ignore",
  });
  // its own cache too: never the Redis the e2e server shares in the PostgreSQL pass
  instance = await startInstance(Number(e2ePort()) + 21, { DATABASE_URL: `file:${DB_FILE}`, REDIS_URL: "" });
});
test.afterAll(async () => {
  await instance?.stop();
});

/** Zoom levels of the tiles the page asks for from now on. */
function tileZooms(page: import("@playwright/test").Page): number[] {
  const zooms: number[] = [];
  page.on("request", (r) => {
    const m = /\/(\d+)\/\d+\/\d+\.png/.exec(r.url());
    if (m) zooms.push(Number(m[1]));
  });
  return zooms;
}

test("clusters are buttons in the tab order: Enter zooms in until places show; the selected place keeps its marker", async ({ page }) => {
  test.setTimeout(90_000);
  const zooms = tileZooms(page);
  const scripts = scriptsLoaded(page);
  await page.goto(`${instance.url}/`);
  const clusters = mapRegion(page).locator(".cluster-marker");
  await expect(clusters.first()).toBeVisible({ timeout: 30_000 });
  // the clustering code loads for a map that clusters (a township's map loads none: map-and-panel.spec.ts)
  expect((await scripts.texts()).some((t) => t.includes(CLUSTERING_CODE))).toBe(true);
  // every cluster says how many places it gathers, in its accessible name
  const first = clusters.first();
  await expect(first).toHaveAttribute("aria-label", /^此处 \d+ 处地点：放大查看$/);
  await expect(first).toHaveAttribute("tabindex", "0");
  const count = Number(await first.getAttribute("data-cluster"));
  expect(count).toBeGreaterThan(1);

  // keyboard: focus a cluster, Enter zooms in (tiles of a deeper zoom are asked for)
  const before = Math.max(...zooms);
  await first.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => Math.max(...zooms)).toBeGreaterThan(before);

  // keep opening clusters until single places are drawn
  const places = mapRegion(page).locator(".place-marker");
  for (let i = 0; i < 8 && (await places.count()) === 0; i++) {
    const next = clusters.first();
    await next.focus();
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
  }
  await expect(places.first()).toBeVisible();

  // a place opens its panel and is marked as selected (one in view: places just outside it are drawn too)
  const slug = await page.evaluate(() => {
    const map = document.querySelector(".leaflet-container")?.getBoundingClientRect();
    const inView = [...document.querySelectorAll<HTMLElement>(".place-marker")].find((el) => {
      const r = el.getBoundingClientRect();
      return map && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
    });
    return inView?.dataset.slug ?? null;
  });
  expect(slug).toMatch(/^synthetic-/);
  await mapRegion(page).locator(`.place-marker[data-slug="${slug}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/places/${slug}`));
  const selected = mapRegion(page).locator(`.place-marker[data-slug="${slug}"]`);
  await expect(selected).toHaveAttribute("aria-pressed", "true");

  // zoomed far out, the others are gathered again but the selected place keeps its marker
  const zoomOut = page.locator(".leaflet-control-zoom-out:not(.leaflet-disabled)");
  for (let i = 0; i < 6 && (i < 2 || (await clusters.count()) === 0) && (await zoomOut.count()) > 0; i++) {
    await zoomOut.click();
    await page.waitForTimeout(400);
  }
  await expect(clusters.first()).toBeVisible();
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute("aria-pressed", "true");
});

/** The places the map accounts for: every cluster's count and every single place drawn, and the clusters' counts, sorted. */
async function drawnPlaces(page: import("@playwright/test").Page): Promise<{ total: number; clusters: number[] }> {
  return page.evaluate(() => {
    const clusters: number[] = [];
    let singles = 0;
    for (const el of document.querySelectorAll<HTMLElement>(".leaflet-marker-icon")) {
      if (el.dataset.cluster) clusters.push(Number(el.dataset.cluster));
      else if (el.classList.contains("place-marker")) singles += 1;
    }
    return { total: clusters.reduce((a, b) => a + b, singles), clusters: clusters.sort((a, b) => a - b) };
  });
}

/** Holds every place's summary (GET /api/place-summaries) until the returned function is called. */
async function holdSummaries(page: import("@playwright/test").Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/place-summaries", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

// 1,000 places are more than a page sends (PLACES_INLINE_MAX, 500): every summary comes by a fetch.
test("the map draws the server's first clusters before every place's summary has come, and the browser's own index then draws the same", async ({ page }) => {
  test.setTimeout(90_000);
  const release = await holdSummaries(page);
  await page.goto(`${instance.url}/`);
  const clusters = mapRegion(page).locator(".cluster-marker");
  await expect(clusters.first()).toBeVisible({ timeout: 30_000 });
  // every place is accounted for on the map (the fit shows them all), though none has reached the browser
  const first = await drawnPlaces(page);
  expect(first.total).toBe(COUNT);
  expect(first.clusters.length).toBeGreaterThan(1);
  // the planner waits for every place
  await page.getByRole("tab", { name: /^我的行程/ }).click();
  const planLoading = page.locator('#tabpanel-plan [aria-busy="true"]');
  await expect(planLoading).toHaveCount(1);

  const arrived = page.waitForResponse((r) => r.url().endsWith("/api/place-summaries"));
  release();
  await arrived;
  await expect(planLoading).toHaveCount(0, { timeout: 30_000 });
  // every place is known now and the map draws the browser's own index, at the same view: the same groups
  expect(await drawnPlaces(page)).toEqual(first);
});

test("a first cluster opens before the places have come: the map zooms in on it", async ({ page }) => {
  test.setTimeout(90_000);
  const release = await holdSummaries(page);
  await page.goto(`${instance.url}/`);
  const clusters = mapRegion(page).locator(".cluster-marker");
  await expect(clusters.first()).toBeVisible({ timeout: 30_000 });
  const zooms = tileZooms(page);
  const firstZoom = await page.evaluate(() => Number(/\/(\d+)\/\d+\/\d+\.png/.exec(document.querySelector<HTMLImageElement>(".leaflet-tile")?.src ?? "")?.[1]));
  expect(firstZoom).toBeGreaterThan(0);
  await clusters.first().focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => Math.max(0, ...zooms)).toBeGreaterThan(firstZoom);
  // still clusters (or places) drawn at the deeper zoom, from the nearest level the server sent
  await expect(mapRegion(page).locator(".cluster-marker, .place-marker").first()).toBeVisible();
  release();
});

test("a filter changed before the places have come: the map stays, and draws the filtered places once they come", async ({ page }) => {
  test.setTimeout(90_000);
  const release = await holdSummaries(page);
  await page.goto(`${instance.url}/`);
  const markers = mapRegion(page).locator(".cluster-marker, .place-marker");
  await expect(markers.first()).toBeVisible({ timeout: 30_000 });
  const map = mapRegion(page).locator(".leaflet-container");
  await map.evaluate((el) => el.setAttribute("data-test-mark", "first"));
  const lodging = page.getByRole("checkbox", { name: /酒店民宿/ });
  await lodging.check();
  // the first clusters no longer stand: the list says it is loading, the map keeps its place
  await expect(page.locator("#place-list")).toContainText("正在加载");
  await expect(markers).toHaveCount(0);
  release();
  await expect(markers.first()).toBeVisible({ timeout: 30_000 });
  // the same map (not started again), now drawing the homestays only
  await expect(map).toHaveAttribute("data-test-mark", "first");
  const counted = await drawnPlaces(page);
  const listed = Number((await page.getByRole("tab", { name: /^地点/ }).textContent())?.match(/\((\d+)\)/)?.[1]);
  expect(listed).toBeGreaterThan(0);
  expect(listed).toBeLessThan(COUNT);
  expect(counted.total).toBe(listed);
});

test.describe("offline use with many places", () => {
  // service workers run here, as in a visitor's browser (blocked in the other specs)
  test.use({ serviceWorkers: "allow" });

  test("a first visit keeps the guide's pages and every summary, not each of a thousand places' page and data", async ({ page }) => {
    test.setTimeout(180_000);
    const asked: string[] = [];
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith("/api/places")) asked.push(url.pathname + url.search);
    });
    await page.goto(`${instance.url}/`);
    // installing the worker precaches the build's assets: generous on a loaded 2-core machine
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 90_000 });
    const kept = (cache: string) => page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search).sort(), cache);
    await expect.poll(() => kept("guide-api"), { timeout: 60_000 }).toEqual(["/api/place-summaries"]);
    await expect.poll(() => kept("guide-pages"), { timeout: 30_000 }).toEqual(["/", "/plan", "/red"]);
    // the guide asked for one place more than it keeps one by one, not for all 1,000 (7 MB at 10,000)
    expect(asked).toEqual(["/api/places?limit=301"]);
  });
});

/** Every marker drawn: its count (clusters) or slug (places), its name and where it is on the page. */
async function drawnMarkers(page: import("@playwright/test").Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".leaflet-marker-icon")]
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          what: el.dataset.cluster ? `cluster ${el.dataset.cluster}` : `place ${el.dataset.slug}`,
          text: el.dataset.cluster ? el.textContent : null,
          label: el.getAttribute("aria-label"),
          at: `${Math.round(r.left + r.width / 2)},${Math.round(r.top + r.height / 2)}`,
          size: `${Math.round(r.width)}x${Math.round(r.height)}`,
          old: el.dataset.testOld === "1",
        };
      })
      .sort((a, b) => a.at.localeCompare(b.at) || a.what.localeCompare(b.what)),
  );
}

test("a filter moves the markers the map had to the new clusters: each says its own count, where a fresh page draws it", async ({ page }) => {
  test.setTimeout(90_000);
  const summaries = page.waitForResponse("**/api/place-summaries");
  await page.goto(`${instance.url}/`);
  await summaries;
  const markers = mapRegion(page).locator(".cluster-marker, .place-marker");
  await expect.poll(async () => (await drawnPlaces(page)).total, { timeout: 30_000 }).toBe(COUNT);
  await page.evaluate(() => document.querySelectorAll<HTMLElement>(".leaflet-marker-icon").forEach((el) => (el.dataset.testOld = "1")));
  const before = await markers.count();

  await page.getByRole("checkbox", { name: /酒店民宿/ }).check();
  const tab = page.getByRole("tab", { name: /^地点/ });
  await expect(tab).not.toContainText(`(${COUNT})`);
  const listed = Number((await tab.textContent())?.match(/\((\d+)\)/)?.[1]);
  await expect.poll(async () => (await drawnPlaces(page)).total).toBe(listed);
  const moved = await drawnMarkers(page);
  // markers of the view before were moved, not all made again
  expect(moved.filter((m) => m.old).length).toBeGreaterThan(Math.min(before, moved.length) / 2);
  for (const m of moved.filter((m) => m.what.startsWith("cluster"))) {
    const count = m.what.slice("cluster ".length);
    expect(m.text).toBe(count);
    expect(m.label).toBe(`此处 ${count} 处地点：放大查看`);
  }

  // a page opened on the same filter draws the same markers at the same places, at the same sizes
  const fresh = await page.context().newPage();
  const freshSummaries = fresh.waitForResponse("**/api/place-summaries");
  await fresh.goto(page.url());
  await freshSummaries;
  await expect.poll(async () => (await drawnPlaces(fresh)).total, { timeout: 30_000 }).toBe(listed);
  await fresh.waitForTimeout(500);
  const drawnFresh = (await drawnMarkers(fresh)).map(({ old: _old, ...m }) => m);
  expect(moved.map(({ old: _old, ...m }) => m)).toEqual(drawnFresh);
  await fresh.close();
});
