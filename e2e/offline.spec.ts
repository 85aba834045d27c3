import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, waitForMap, placeMarkers, mapRegion, chooseBasemap, refuseChunks, SAVE_TOWNSHIP_CODE } from "./support/fixtures";
import { E2E_CUSTOM_TILES, usesE2eBasemaps } from "./support/e2e-paths";
import { gpxErrors, planSlugs } from "./support/plan";
import { encodePlan } from "../lib/domain/plan/plan-codec";
import { emptyPlan } from "../lib/domain/plan/edit-plan";

// Offline use (issue 10): the service worker (sw/sw.ts) keeps the pages, the place data and the
// tiles seen after one visit. Service workers are blocked in the other specs (playwright.config.ts);
// here they run, as in a visitor's browser. Map tiles come from the fixture's blank tile while online.
test.use({ serviceWorkers: "allow" });

/** Installing the worker precaches the build's assets: generous on a loaded 2-core machine. */
const CONTROL_TIMEOUT = 90_000;

const SHARED_PLAN = encodePlan({ ...emptyPlan("2026-10-01"), stops: ["sanguansi-old-street", "jiuge-shangui"] });
const OTHER_PLAN = encodePlan({ ...emptyPlan("2026-10-02"), stops: ["zhangjiajie-grand-canyon-glass-bridge", "sanguansi-old-street", "jiuge-shangui"] });

/** Paths kept in a cache of the service worker. */
function cachedPaths(page: Page, cache: string): Promise<string[]> {
  return page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), cache);
}

/** Waits until the worker controls the page and has kept every place page and its data. */
async function waitUntilKept(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: CONTROL_TIMEOUT });
  const slugs = await page.evaluate(async () => {
    const body = (await (await fetch("/api/places")).json()) as { features: { id: string }[] };
    return body.features.map((f) => f.id);
  });
  expect(slugs.length).toBe(33);
  await expect
    .poll(async () => (await cachedPaths(page, "guide-pages")).filter((p) => p.startsWith("/places/")).length, { timeout: 180_000 })
    .toBe(slugs.length);
  // every place's Feature, the collection and every summary (what a page with many places fetches)
  await expect
    .poll(async () => (await cachedPaths(page, "guide-api")).sort(), { timeout: 30_000 })
    .toEqual(["/api/place-summaries", "/api/places", ...slugs.map((s) => `/api/places/${s}`)].sort());
}

test.describe("offline after one visit", () => {
  test.setTimeout(300_000);

  test("home, an unvisited place, /red, a shared plan and the planner reload offline; a stop added offline exports GPX", async ({ page, context }) => {
    await page.goto("/");
    await waitForMap(page);
    const markersOnline = await placeMarkers(page).count();
    await page.goto(`/plan?plan=${SHARED_PLAN}`);
    await expect(page.getByRole("heading", { name: "分享的行程" })).toBeVisible();
    await waitUntilKept(page);
    // the map seen again under the worker: its tiles (the fixture's blank tile) are kept
    await page.goto("/");
    await waitForMap(page);
    await expect(mapRegion(page).locator("img.leaflet-tile-loaded").first()).toBeVisible();
    await expect.poll(async () => (await page.evaluate(async () => (await (await caches.open("guide-tiles")).keys()).length))).toBeGreaterThan(0);

    await context.setOffline(true);

    // home: markers, list, search and filters from the kept copy, and the offline badge with the data's date
    await page.goto("/");
    await waitForMap(page);
    await expect(placeMarkers(page)).toHaveCount(markersOnline);
    const badge = page.getByRole("status").filter({ hasText: "离线" });
    await expect(badge).toContainText(/显示的是 .*\d{4}.* 保存的资料：地点的状态、开放时间和介绍可能已有变化/);
    // the tiles seen online are drawn from the cache
    await expect(mapRegion(page).locator("img.leaflet-tile-loaded").first()).toBeVisible();
    const search = page.getByRole("searchbox", { name: "搜索地点" });
    await search.fill("yrygj");
    await expect(page.locator("#place-list .place-list__name").first()).toHaveText("袁任远故居");
    await search.fill("");
    await page.getByRole("switch", { name: /只看红色旅游/ }).click();
    await expect(page.locator("#place-list")).toContainText("袁任远故居");
    await page.getByRole("switch", { name: /只看红色旅游/ }).click();

    // a place page never opened: its page and its panel's detail were kept
    await page.goto("/places/jiuge-shangui");
    await waitForMap(page);
    await expect(page.getByRole("complementary")).toContainText("九歌山鬼");
    await expect(page.getByRole("complementary")).toContainText("资料来源");
    // another place's panel, opened in the page, reads its kept data
    await page.getByRole("button", { name: "关闭详情" }).click();
    await page.locator('#place-list a[data-slug="sanguansi-old-street"]').click();
    await expect(page).toHaveURL(/\/places\/sanguansi-old-street/);
    await expect(page.getByRole("complementary")).toContainText("资料来源");

    await page.goto("/red");
    await expect(page.getByRole("heading", { level: 2, name: "袁任远与株木岗村红色旅游" })).toBeVisible();

    // the shared plan opened online, and one never opened (read in the browser from the kept place list)
    await page.goto(`/plan?plan=${SHARED_PLAN}`);
    await expect(page.locator(".plan-stop")).toHaveCount(2);
    await page.goto(`/plan?plan=${OTHER_PLAN}`);
    await expect.poll(() => planSlugs(page)).toEqual(["zhangjiajie-grand-canyon-glass-bridge", "sanguansi-old-street", "jiuge-shangui"]);

    // the planner: add a stop offline, reload (the address carries the plan: the kept copy has
    // no query, the browser decodes it), export GPX
    await page.goto("/");
    await waitForMap(page);
    await page.locator("#place-list").getByRole("button", { name: "加入行程: 三官寺老街" }).click();
    await page.getByRole("tab", { name: /我的行程/ }).click();
    await expect.poll(() => planSlugs(page)).toEqual(["sanguansi-old-street"]);
    expect(new URL(page.url()).searchParams.get("plan")).not.toBeNull();
    await page.reload();
    await page.getByRole("tab", { name: /我的行程/ }).click();
    await expect.poll(() => planSlugs(page)).toEqual(["sanguansi-old-street"]);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /GPX/ }).click()]);
    expect(download.suggestedFilename()).toBe("sanguansi-plan.gpx");
    const gpx = readFileSync((await download.path()) ?? "", "utf8");
    expect(await gpxErrors(gpx)).toEqual([]);
    expect(gpx.match(/<wpt /g)).toHaveLength(1);
    expect(gpx).toContain("三官寺老街");

    // back online: the badge goes
    await context.setOffline(false);
    await expect(badge).toHaveCount(0);
  });

  test("the guide is installable: manifest linked and valid, icons (one maskable), the worker controls the page, no CSP rule broken", async ({ page, request, consoleProblems }) => {
    await page.goto("/");
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
    const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { icons: { src: string; sizes: string; purpose: string }[] };
    expect(manifest).toMatchObject({ name: "三官寺土家族乡 · 乡村地图与旅游指南", short_name: "三官寺乡村指南", start_url: "/", display: "standalone", theme_color: "#7a1f1f" });
    expect(manifest.icons.map((i) => i.purpose)).toContain("maskable");
    for (const icon of manifest.icons) {
      const res = await request.get(icon.src);
      expect(res.headers()["content-type"]).toBe("image/png");
      const png = await res.body();
      // PNG header: width and height at bytes 16–23
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: CONTROL_TIMEOUT });
    // Chrome's own installability check (what Lighthouse's installable-manifest audit reported)
    const cdp = await page.context().newCDPSession(page);
    // Playwright's browser contexts are incognito, which Chrome never offers to install from: that
    // one error is expected, any other fails.
    await expect
      .poll(async () => (await cdp.send("Page.getInstallabilityErrors")).installabilityErrors.map((e) => e.errorId))
      .toEqual(["in-incognito"]);
    // the worker's script answers to its own policy: tiles may be fetched, nothing else is widened
    const sw = await request.get("/serwist/sw.js");
    const policy = sw.headers()["content-security-policy"] ?? "";
    expect(policy).toContain("connect-src 'self' https://tile.openstreetmap.org");
    expect(policy).toContain("worker-src 'self'");
    // under the worker, a place page loads its tiles (through the worker) and logs no error
    await page.goto("/places/jiuge-shangui");
    await waitForMap(page);
    await expect(mapRegion(page).locator("img.leaflet-tile-loaded").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(consoleProblems).toEqual([]);
  });

  test("saving the township: not offered for OpenStreetMap's tiles, and says why; for a tile server that allows it, the size first, then progress, cancel, and all 559 tiles kept", async ({ page }) => {
    test.skip(!usesE2eBasemaps(), "needs the e2e basemaps (a custom tile server that allows bulk downloads)");
    test.slow(); // 559 tiles through the worker
    await page.goto("/");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: CONTROL_TIMEOUT });
    await waitForMap(page);
    await page.getByText("离线保存全乡地图").click();
    // OpenStreetMap (the first basemap): its public servers' policy forbids bulk downloads
    await expect(page.getByText(/当前底图（OpenStreetMap）服务的使用条款不允许批量下载/)).toBeVisible();
    await expect(page.getByRole("button", { name: "保存全乡地图" })).toHaveCount(0);

    // The visitor switches to the self-hosted server whose operator allows it: the offer follows.
    // Its tiles answer slowly (80 ms each), so the save can be cancelled midway.
    const customHost = new URL(E2E_CUSTOM_TILES.replace(/\{[a-z]\}/g, "0")).origin;
    let slow = true;
    await page.context().route(`${customHost}/**`, async (route) => {
      if (slow) await new Promise((r) => setTimeout(r, 80));
      await route.fallback(); // the fixture's blank tile
    });
    await chooseBasemap(page, "自定义底图");
    // the size before anything is fetched
    await expect(page.getByText(/^缩放级别 10–15 共 559 张地图瓦片，估计约 \d+ MB/)).toBeVisible();
    const save = page.getByRole("button", { name: "保存全乡地图" });
    await save.click();
    const progress = page.getByRole("progressbar", { name: "离线保存全乡地图" });
    await expect(progress).toHaveAttribute("max", "559");
    await expect(page.getByRole("status").filter({ hasText: /^正在保存：\d+ \/ 559 张$/ })).toBeVisible();
    await expect.poll(async () => Number(await progress.getAttribute("value"))).toBeGreaterThan(0);
    await page.getByRole("button", { name: "取消保存" }).click();
    const cancelled = page.getByRole("status").filter({ hasText: /^已取消。已保存的 \d+ 张瓦片会保留。$/ });
    await expect(cancelled).toBeVisible();
    const keptAtCancel = Number((await cancelled.textContent())?.match(/\d+/)?.[0]);
    expect(keptAtCancel).toBeGreaterThan(0);
    expect(keptAtCancel).toBeLessThan(559);

    // Saved again, at full speed: every tile, pinned apart from the tiles merely seen.
    slow = false;
    await save.click();
    await expect(page.getByRole("status").filter({ hasText: "已保存 559 张瓦片：没有网络时也能查看全乡地图。" })).toBeVisible({ timeout: 120_000 });
    // The worker answers each batch once its tiles are fetched; it stores them and records them
    // (IndexedDB, one record at a time) just after: the count catches up within seconds.
    const pinnedCount = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = (e: MessageEvent<{ pinnedCount: number }>) => resolve(e.data.pinnedCount);
            navigator.serviceWorker.controller?.postMessage({ type: "GUIDE_TILE_USAGE" }, [channel.port2]);
          }),
      );
    await expect.poll(pinnedCount, { timeout: 60_000 }).toBe(559);
    const kept = () => page.evaluate(async (host) => (await (await caches.open("guide-tiles")).keys()).filter((r) => r.url.startsWith(host)).length, customHost);
    await expect.poll(kept).toBe(559);
  });

  test("the worker saves and pins the township's tiles it is asked for; the tile cache counts them apart from the 50 MB of tiles seen", async ({ page }) => {
    await page.goto("/red");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: CONTROL_TIMEOUT });
    const urls = ["https://tile.openstreetmap.org/15/26438/13541.png", "https://tile.openstreetmap.org/15/26439/13541.png", "https://example.org/15/1/1.png"];
    const ask = (type: string, list?: string[]) =>
      page.evaluate(
        ([t, u]) =>
          new Promise((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = (e) => resolve(e.data);
            navigator.serviceWorker.controller?.postMessage({ type: t, urls: u }, [channel.port2]);
          }),
        [type, list] as const,
      );
    // the foreign URL is not a tile of the configured provider: never fetched
    expect(await ask("GUIDE_SAVE_TILES", urls)).toEqual({ ok: 2, failed: 0 });
    const kept = await page.evaluate(async () => (await (await caches.open("guide-tiles")).keys()).map((r) => r.url));
    expect(kept).toEqual(expect.arrayContaining(urls.slice(0, 2)));
    expect(kept).not.toContain(urls[2]);
    // asked with CORS (the fixture's tiles allow it, as OpenStreetMap's do): kept at their real size,
    // not as opaque responses the browser's quota would count as megabytes
    const tileBytes = readFileSync(path.join(__dirname, "support", "blank-tile.png")).byteLength;
    await expect.poll(() => ask("GUIDE_TILE_USAGE")).toMatchObject({ pinnedCount: 2, pinnedBytes: 2 * tileBytes });
  });

  test("a new version of the service worker offers “update”, which reloads the page under the new worker", async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto("/red");
    // The first visit's warm-up (every place page and its data, through the running worker) is
    // finished first: a new worker takes control only once the running one has finished what it
    // is doing, which on a loaded CI machine took longer than the reload's 60 s bound below.
    await waitUntilKept(page);
    await expect(page.getByRole("button", { name: "更新" })).toHaveCount(0);
    // The next deployment's worker, presented through the guide's one test hook (components/offline/sw-client.ts):
    // a changed script URL, which the browser installs beside the running worker and keeps waiting.
    await page.evaluate(() => window.localStorage.setItem("guide-sw-test-version", "next"));
    await page.reload();
    const offer = page.getByRole("status").filter({ hasText: "指南有新版本。" });
    await expect(offer.getByRole("button", { name: "更新" })).toBeVisible({ timeout: CONTROL_TIMEOUT });
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).not.toContain("test-version=next");
    // Bounded: the reload follows the new worker taking control within seconds, or the test fails and retries.
    await Promise.all([page.waitForEvent("load", { timeout: 60_000 }), offer.getByRole("button", { name: "更新" }).click()]);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.includes("test-version=next") === true);
    await expect(page.getByRole("heading", { level: 2, name: "袁任远与株木岗村红色旅游" })).toBeVisible();
    // the new version runs: nothing waits, nothing is offered
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    await expect(page.getByRole("button", { name: "更新" })).toHaveCount(0);
  });
});

test.describe("save the township, before it is opened", () => {
  test("its inside loads when the disclosure is first opened, not with the page; when it does not load, it says so with a retry", async ({ page, pageErrors }) => {
    const code = await refuseChunks(page, SAVE_TOWNSHIP_CODE);
    await page.goto("/");
    await waitForMap(page);
    await page.waitForLoadState("networkidle");
    expect(code.refused()).toBe(0);
    await page.getByText("离线保存全乡地图").click();
    const failed = page.getByRole("alert").filter({ hasText: "离线保存功能未能加载，可能是网络不稳。" });
    await expect(failed).toBeVisible();
    expect(code.refused()).toBeGreaterThan(0);
    code.allow();
    await failed.getByRole("button", { name: "重试" }).click();
    await expect(failed).toHaveCount(0);
    // OpenStreetMap, the first basemap: its public servers' policy forbids bulk downloads
    await expect(page.getByText(/当前底图（OpenStreetMap）服务的使用条款不允许批量下载/)).toBeVisible();
    // closed and opened again, it is the same (it stays once opened, so a save is never cut off)
    await page.getByText("离线保存全乡地图").click();
    await page.getByText("离线保存全乡地图").click();
    await expect(page.getByText(/当前底图（OpenStreetMap）服务的使用条款不允许批量下载/)).toBeVisible();
    expect(pageErrors).toEqual([]);
  });
});
