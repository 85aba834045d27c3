import { test, expect, mapRegion, placeMarkers, unlocatedMarker, waitForMap, scriptsLoaded, refuseChunks, CLUSTERING_CODE, MAP_CODE, PLACE_PANEL_CODE } from "./support/fixtures";
import { dbPlaceCount } from "./support/db";
import { apiSpots } from "./support/spots";

/** What the start-up test's init script records in the page: painted frames, the frame each part of the map first appeared in, shifted map controls. */
type MapPart = "map" | "tile" | "attribution" | "marker";
type StartUpRecord = { frame: number; seen: Partial<Record<MapPart, number>>; shifted: string[] };
declare global {
  interface Window {
    __startUp?: StartUpRecord;
  }
}

test.describe("map, list and detail panel", () => {
  test("home: one marker per place with a known spot, one \"位置待定 N\" marker for all the others, one list entry per place", async ({ page, request, pageErrors }) => {
    const api = (await (await request.get("/api/places")).json()) as { features: unknown[] };
    const stored = await dbPlaceCount();
    expect(api.features).toHaveLength(stored);
    expect(stored).toBe(33);
    const { located, unlocated } = await apiSpots(request);
    expect(located.length + unlocated.length).toBe(stored);
    expect(unlocated.length).toBeGreaterThan(0);

    await page.goto("/");
    await expect(page).toHaveTitle(/三官寺土家族乡/);
    await waitForMap(page);
    // no marker stands at an invented position: only the located places have one
    await expect(placeMarkers(page)).toHaveCount(located.length);
    const drawn = await mapRegion(page).locator(".place-marker").evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.slug).sort());
    expect(drawn).toEqual([...located].sort());
    await expect(page.locator("#place-list li")).toHaveCount(stored);
    const gathered = unlocatedMarker(page);
    await expect(gathered).toHaveCount(1);
    await expect(gathered).toContainText(`位置待定 ${unlocated.length}`);
    await expect(page.getByRole("heading", { name: "图例" })).toBeVisible();
    await expect(page.locator(".leaflet-control-attribution")).toContainText("OpenStreetMap");
    expect(pageErrors).toEqual([]);
  });

  test("the township's map loads no clustering code: its few dozen markers are drawn one by one", async ({ page }) => {
    const scripts = scriptsLoaded(page);
    await page.goto("/");
    await waitForMap(page);
    await expect(placeMarkers(page).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    const texts = await scripts.texts();
    expect(texts.length).toBeGreaterThan(0);
    // the map's own code is among them (it draws the markers), supercluster's is not
    expect(texts.some((t) => t.includes("leaflet-container"))).toBe(true);
    expect(texts.filter((t) => t.includes(CLUSTERING_CODE))).toEqual([]);
  });

  test("the place panel's code loads when a place is first opened, not with the home page; while it loads the panel shows the place's name", async ({ page, pageErrors }) => {
    // the panel's chunk is held back a moment, so the state before it arrives can be seen
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let panelChunkRequests = 0;
    await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes(PLACE_PANEL_CODE)) {
        panelChunkRequests += 1;
        await held;
      }
      await route.fulfill({ response, body });
    });
    const scripts = scriptsLoaded(page);
    await page.goto("/");
    await waitForMap(page);
    await page.waitForLoadState("networkidle");
    expect((await scripts.texts()).filter((t) => t.includes(PLACE_PANEL_CODE))).toEqual([]);
    expect(panelChunkRequests).toBe(0);

    await page.locator("#place-list").getByRole("link", { name: /袁任远故居/ }).click();
    const panel = page.getByRole("complementary");
    await expect(panel).toHaveAttribute("aria-busy", "true");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("袁任远故居");
    await expect(panel.getByRole("status")).toHaveText("正在加载…");
    release();
    await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
    await expect(panel).not.toHaveAttribute("aria-busy");
    await expect(panel).toContainText("株木岗村");
    // its full detail (the sources) arrives with it
    await expect(panel.getByRole("heading", { name: "资料来源" })).toBeVisible();
    expect(panelChunkRequests).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  test("when the panel's code does not load, the panel says so with a retry and a way back; the retry loads it", async ({ page, pageErrors }) => {
    const panelCode = await refuseChunks(page, PLACE_PANEL_CODE);
    await page.goto("/");
    await waitForMap(page);
    await page.locator("#place-list").getByRole("link", { name: /袁任远故居/ }).click();
    const panel = page.getByRole("complementary", { name: "袁任远故居" });
    await expect(panel.getByRole("alert")).toHaveText(/地点详情未能加载/);
    expect(panelCode.refused()).toBeGreaterThan(0);
    // the rest of the page goes on working: the way back closes it
    await panel.getByRole("button", { name: "关闭详情" }).click();
    await expect(page.getByRole("complementary")).toHaveCount(0);
    await expect(page.locator("#place-list")).toBeVisible();

    // opening it again asks again (still refused here), and the retry asks once more
    const before = panelCode.refused();
    await page.locator("#place-list").getByRole("link", { name: /袁任远故居/ }).click();
    await expect(panel.getByRole("alert")).toHaveText(/地点详情未能加载/);
    expect(panelCode.refused()).toBeGreaterThan(before);
    panelCode.allow();
    await panel.getByRole("button", { name: "重试" }).click();
    await expect(page.getByRole("complementary").getByRole("heading", { name: "资料来源" })).toBeVisible();
    await expect(page.getByRole("complementary")).toContainText("株木岗村");
    expect(pageErrors).toEqual([]);
  });

  test("when the map's code does not load, the map says so with a retry while the list works; the retry draws the map", async ({ page, pageErrors }) => {
    const mapCode = await refuseChunks(page, MAP_CODE);
    await page.goto("/");
    const failed = page.getByRole("alert").filter({ hasText: "地图未能加载，可能是网络不稳；列表和地点详情仍可使用。" });
    await expect(failed).toBeVisible();
    expect(mapCode.refused()).toBeGreaterThan(0);
    await expect(placeMarkers(page)).toHaveCount(0);
    // the list and a place's panel work without the map
    await page.locator("#place-list").getByRole("link", { name: /袁任远故居/ }).click();
    await expect(page.getByRole("complementary").getByRole("heading", { name: "资料来源" })).toBeVisible();
    await page.getByRole("complementary").getByRole("button", { name: "关闭详情" }).click();

    mapCode.allow();
    await failed.getByRole("button", { name: "重试" }).click();
    await waitForMap(page);
    await expect(failed).toHaveCount(0);
    await expect(placeMarkers(page).first()).toBeVisible();
    expect(pageErrors).toEqual([]);
  });

  test("the pointer or the focus reaching the list starts loading the panel's code before the click", async ({ page }) => {
    const scripts = scriptsLoaded(page);
    await page.goto("/");
    await waitForMap(page);
    await page.waitForLoadState("networkidle");
    expect((await scripts.texts()).filter((t) => t.includes(PLACE_PANEL_CODE))).toEqual([]);
    await page.locator("#place-list").getByRole("link", { name: /袁任远故居/ }).focus();
    await expect.poll(async () => (await scripts.texts()).filter((t) => t.includes(PLACE_PANEL_CODE)).length).toBe(1);
    // arrived before the panel was asked for: it opens without a loading state
    await page.keyboard.press("Enter");
    const panel = page.getByRole("complementary");
    await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
    await expect(panel).not.toHaveAttribute("aria-busy");
  });

  test("the \"位置待定\" marker opens the list of places without a known spot; one of them opens a panel that says so; focus returns to the marker", async ({ page, request, pageErrors }) => {
    const { unlocated } = await apiSpots(request);
    await page.goto("/");
    await waitForMap(page);
    const gathered = unlocatedMarker(page);
    await gathered.click();
    const list = page.getByRole("dialog", { name: `位置待定：${unlocated.length} 处地点` });
    await expect(list.getByRole("heading", { level: 3 })).toBeFocused();
    await expect(list.locator("button[data-slug]")).toHaveCount(unlocated.length);
    const slugs = await list.locator("button[data-slug]").evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.slug));
    expect(slugs).toEqual(unlocated);

    await list.getByRole("button", { name: "袁任远故居（红色旅游）" }).click();
    await expect(list).toHaveCount(0);
    const panel = page.getByRole("complementary", { name: "袁任远故居" });
    await expect(panel.getByRole("heading", { level: 2, name: "袁任远故居" })).toBeFocused();
    await expect(page).toHaveURL(/\/places\/yuan-renyuan-former-residence$/);
    await expect(panel).toContainText("株木岗村");
    await expect(panel).toContainText("红色旅游");
    await expect(panel).toContainText("这个地点没有已知位置：地图上没有它的标记，它列在“位置待定”里。");
    await expect(panel.locator("[data-correction-slot]")).toContainText("欢迎提出更正");
    await expect(panel).not.toContainText("坐标（WGS-84）");
    await expect(panel.locator("a[data-app]")).toHaveCount(0);
    await expect(gathered).toHaveClass(/is-selected/);

    await panel.getByRole("button", { name: "关闭详情" }).click();
    await expect(panel).toHaveCount(0);
    await expect(gathered).toBeFocused();
    await expect(page).toHaveURL(/\/$/);

    // Escape closes the list and gives focus back to the marker
    await gathered.press("Enter");
    await expect(list).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(list).toHaveCount(0);
    await expect(gathered).toBeFocused();
    expect(pageErrors).toEqual([]);
  });

  test("a located place still works: its marker opens its panel with coordinates and navigation; closing returns focus", async ({ page, pageErrors }) => {
    await page.goto("/");
    await waitForMap(page);
    const marker = mapRegion(page).getByRole("button", { name: "张家界大峡谷玻璃桥（云天渡）（景区景点）" });
    await marker.click();
    const panel = page.getByRole("complementary");
    await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
    await expect(page).toHaveURL(/\/places\/zhangjiajie-grand-canyon-glass-bridge$/);
    await expect(panel).toContainText("坐标（WGS-84）: 29.3987, 110.6982");
    await expect(panel.locator('a[data-app="google"]')).toHaveAttribute("href", /destination=29\.3987,110\.6982/);
    await expect(marker).toHaveAttribute("aria-pressed", "true");
    await panel.getByRole("button", { name: "关闭详情" }).click();
    await expect(marker).toBeFocused();
    await page.goBack();
    await expect(page.getByRole("complementary").getByRole("heading", { level: 2 })).toHaveText(/玻璃桥/);
    expect(pageErrors).toEqual([]);
  });

  test("a /places/[slug] deep link renders the panel on the server; a place without a known spot marks the \"位置待定\" marker", async ({ page, request }) => {
    const html = await (await request.get("/places/jiuge-shangui")).text();
    expect(html).toContain("九歌山鬼");
    expect(html).toContain("2023");
    // the panel's code comes with the place page (its HTML names it), so the panel hydrates with the page;
    // the home page's HTML does not name it
    const scriptsNamed = async (body: string) =>
      Promise.all([...body.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map(async ([, src]) => (await request.get(src!)).text()));
    expect((await scriptsNamed(html)).filter((t) => t.includes(PLACE_PANEL_CODE))).toHaveLength(1);
    expect((await scriptsNamed(await (await request.get("/")).text())).filter((t) => t.includes(PLACE_PANEL_CODE))).toEqual([]);

    await page.goto("/places/jiuge-shangui");
    const panel = page.getByRole("complementary", { name: "九歌山鬼" });
    await expect(panel).toContainText("罗潭村");
    await expect(panel).toContainText("开放");
    // a night tour: evening only, and the visit length is the guide's own estimate
    await expect(panel).toContainText("仅限晚上（夜游）");
    await expect(panel).toContainText("本指南假设晚上从 18:00 开始");
    await expect(panel).toContainText("约150分钟（本指南估计）");
    await waitForMap(page);
    await expect(mapRegion(page).getByRole("button", { name: "九歌山鬼（演艺·夜游）" })).toHaveCount(0);
    await expect(unlocatedMarker(page)).toHaveClass(/is-selected/);
  });

  test("a list entry opens the same panel as its marker", async ({ page }) => {
    await page.goto("/");
    await page.locator("#place-list").getByRole("link", { name: /张家界大峡谷玻璃桥/ }).click();
    const panel = page.getByRole("complementary");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(/玻璃桥/);
    await expect(panel).toContainText("大致位置（估计）");
    await expect(panel).toContainText("2016");
  });

  test("the map still works when tiles cannot load", async ({ page, pageErrors }) => {
    await page.context().unrouteAll({ behavior: "ignoreErrors" });
    await page.context().route(
      (url) => url.hostname !== "127.0.0.1",
      (route) => route.abort("internetdisconnected"),
    );
    await page.goto("/");
    await waitForMap(page);
    await expect(placeMarkers(page)).toHaveCount((await apiSpots(page.request)).located.length);
    await expect(page.locator(".map-note")).toHaveText("底图暂时无法加载；标记、列表和详情仍可使用。");
    await expect(page.locator(".map-note")).toHaveRole("status");
    await mapRegion(page).getByRole("button", { name: "三官寺土家族乡人民政府（公共服务）" }).click();
    await expect(page.getByRole("complementary")).toContainText("三官寺村");
    expect(pageErrors).toEqual([]);
  });

  test("English pages: /en shows English names and the place panel in English", async ({ page }) => {
    await page.goto("/en/places/yuan-renyuan-former-residence");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const panel = page.getByRole("complementary");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(/Yuan Renyuan/);
    await expect(panel).toContainText("Zhumugang");
  });

  test("the map starts up in steps, each after a painted frame: the map, then its tiles with their attribution, then the markers; nothing shifts", async ({ page, pageErrors }) => {
    // Counts painted frames, notes the frame in which each part of the map first appears, and
    // keeps the layout shifts of the map's controls.
    await page.addInitScript(() => {
      const state: StartUpRecord = { frame: 0, seen: {}, shifted: [] };
      window.__startUp = state;
      const tick = () => {
        state.frame += 1;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const parts: [MapPart, string][] = [["map", ".leaflet-map-pane"], ["tile", ".leaflet-tile"], ["attribution", ".leaflet-control-attribution"], ["marker", ".leaflet-marker-icon"]];
      new MutationObserver(() => {
        for (const [name, selector] of parts) if (!(name in state.seen) && document.querySelector(selector)) state.seen[name] = state.frame;
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { sources?: { node?: Node | null }[] })[]) {
          for (const source of entry.sources ?? []) {
            const node = source.node;
            if (node instanceof Element && node.closest(".leaflet-control-container")) state.shifted.push(node.className);
          }
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto("/");
    await waitForMap(page);
    await expect(page.locator(".leaflet-control-attribution")).toContainText("OpenStreetMap");
    const record = await page.evaluate(() => window.__startUp ?? null);
    if (!record) throw new Error("the start-up recorder did not run");
    const { seen, shifted } = record;
    expect(Object.keys(seen).sort()).toEqual(["attribution", "map", "marker", "tile"]);
    const frameOf = (part: MapPart) => seen[part] ?? Number.NaN;
    expect(frameOf("tile")).toBeGreaterThan(frameOf("map"));
    expect(frameOf("attribution")).toBe(frameOf("tile"));
    expect(frameOf("marker")).toBeGreaterThan(frameOf("tile"));
    expect(shifted).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
