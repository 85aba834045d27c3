import { test, expect, mapRegion, placeMarkers, waitForMap } from "./support/fixtures";
import { dbPlaceCount } from "./support/db";

test.describe("map, list and detail panel", () => {
  test("home shows one marker and one list entry per place in the database", async ({ page, request, pageErrors }) => {
    const api = await (await request.get("/api/places")).json();
    const stored = dbPlaceCount();
    expect(api.features).toHaveLength(stored);
    expect(stored).toBe(33);

    await page.goto("/");
    await expect(page).toHaveTitle(/三官寺土家族乡/);
    await waitForMap(page);
    await expect(placeMarkers(page)).toHaveCount(stored);
    await expect(page.locator("#place-list li")).toHaveCount(stored);
    await expect(page.getByRole("heading", { name: "图例" })).toBeVisible();
    await expect(page.locator(".leaflet-control-attribution")).toContainText("OpenStreetMap");
    expect(pageErrors).toEqual([]);
  });

  test("clicking the marker of 袁任远故居 opens its panel; closing returns focus to the marker", async ({ page, pageErrors }) => {
    await page.goto("/");
    await waitForMap(page);
    const marker = mapRegion(page).getByRole("button", { name: "袁任远故居（红色旅游）" });
    await marker.click();
    const panel = page.getByRole("complementary", { name: "袁任远故居" });
    await expect(panel.getByRole("heading", { level: 2, name: "袁任远故居" })).toBeFocused();
    await expect(page).toHaveURL(/\/places\/yuan-renyuan-former-residence$/);
    await expect(panel).toContainText("株木岗村");
    await expect(panel).toContainText("红色旅游");
    await expect(panel).toContainText("仅知在乡域内");
    const source = panel.getByRole("link", { name: /袁任远/ }).first();
    await expect(source).toHaveAttribute("href", /^https?:\/\//);
    await expect(marker).toHaveAttribute("aria-pressed", "true");

    await panel.getByRole("button", { name: "关闭详情" }).click();
    await expect(panel).toHaveCount(0);
    await expect(marker).toBeFocused();
    await expect(page).toHaveURL(/\/$/);
    await page.goBack();
    await expect(page.getByRole("heading", { level: 2, name: "袁任远故居" })).toBeVisible();
    expect(pageErrors).toEqual([]);
  });

  test("a /places/[slug] deep link renders the panel on the server and opens the map there", async ({ page, request }) => {
    const html = await (await request.get("/places/jiuge-shangui")).text();
    expect(html).toContain("九歌山鬼");
    expect(html).toContain("2023");

    await page.goto("/places/jiuge-shangui");
    const panel = page.getByRole("complementary", { name: "九歌山鬼" });
    await expect(panel).toContainText("罗潭村");
    await expect(panel).toContainText("开放");
    // a night tour: evening only, and the visit length is the guide's own estimate
    await expect(panel).toContainText("仅限晚上（夜游）");
    await expect(panel).toContainText("本指南假设晚上从 18:00 开始");
    await expect(panel).toContainText("约150分钟（本指南估计）");
    await waitForMap(page);
    await expect(mapRegion(page).getByRole("button", { name: "九歌山鬼（演艺·夜游）" })).toHaveAttribute("aria-pressed", "true");
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
    await expect(placeMarkers(page)).toHaveCount(33);
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
});
