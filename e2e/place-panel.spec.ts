import { test, expect, unlocatedMarker, waitForMap } from "./support/fixtures";
import { recordPageDataRequests } from "./support/page-data-requests";

test.describe("place panel: nearby places, navigation hand-off, share", () => {
  test("the glass bridge lists its nearest places with a known spot, with distances and navigation links", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/places/zhangjiajie-grand-canyon-glass-bridge");
    const panel = page.getByRole("complementary");
    const nearby = panel.getByRole("region", { name: "附近地点（直线距离）" }).or(panel.locator("section", { has: page.getByRole("heading", { name: "附近地点（直线距离）" }) }));
    const items = nearby.locator("li");
    // five places have a known spot: the bridge itself and four others
    await expect(items).toHaveCount(4);
    await expect(items.nth(0)).toHaveText(/张家界大峡谷\s+同一估计位置/);
    // the seat's places share one point; only places with a known spot have a distance (ties in slug order)
    await expect(items.nth(1)).toHaveText(/三官寺老街\s+5\.\d 公里/);
    await expect(items.nth(2)).toHaveText(/三官寺土家族乡人民政府\s+5\.\d 公里/);

    const amap = panel.locator('a[data-app="amap"]');
    await expect(amap).toHaveText("高德地图");
    const amapUrl = new URL((await amap.getAttribute("href")) ?? "");
    expect(amapUrl.host).toBe("uri.amap.com");
    const [lng, lat] = (amapUrl.searchParams.get("to") ?? "").split(",").map(Number);
    // GCJ-02 near Zhangjiajie is ≈ +0.005° lng, −0.0028° lat from WGS-84 (29.3987, 110.6982)
    expect(lng).toBeCloseTo(110.7031, 3);
    expect(lat).toBeCloseTo(29.3959, 3);
    const baidu = new URL((await panel.locator('a[data-app="baidu"]').getAttribute("href")) ?? "");
    expect(baidu.searchParams.get("coord_type")).toBe("wgs84");
    expect(baidu.searchParams.get("location")).toBe("29.3987,110.6982");
    const tencent = new URL((await panel.locator('a[data-app="tencent"]').getAttribute("href")) ?? "");
    expect(tencent.searchParams.get("coord_type")).toBe("1");
    expect(tencent.searchParams.get("tocoord")).toBe("29.3987,110.6982");
    await expect(panel.locator('a[data-app="google"]')).toHaveAttribute("href", /destination=29\.3987,110\.6982/);
    await expect(panel).toContainText("目标为估计位置");

    await panel.getByRole("button", { name: "分享" }).click();
    await expect(panel.getByText("链接已复制")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/places\/zhangjiajie-grand-canyon-glass-bridge$/);

    await items.nth(2).getByRole("link").click();
    await expect(page).toHaveURL(/\/places\/township-government$/);
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("三官寺土家族乡人民政府");
  });

  test("the panel's links prefetch nothing: the nearby places' pages are not asked for until one is opened", async ({ page }) => {
    const prefetches = recordPageDataRequests(page);
    await page.goto("/places/zhangjiajie-grand-canyon-glass-bridge");
    const panel = page.getByRole("complementary");
    const links = panel.locator("section", { has: page.getByRole("heading", { name: "附近地点（直线距离）" }) }).getByRole("link");
    await expect(links).toHaveCount(4);
    for (const link of await links.all()) await link.scrollIntoViewIfNeeded();
    await page.waitForLoadState("networkidle");
    expect(prefetches).toEqual([]);
    // a click still opens the place in the guide, without a page load
    await page.evaluate(() => (document.documentElement.dataset.testStillHere = "1"));
    await links.nth(2).click();
    await expect(page).toHaveURL(/\/places\/township-government$/);
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("三官寺土家族乡人民政府");
    await expect(page.locator("html")).toHaveAttribute("data-test-still-here", "1");
  });

  test("a place with no known spot says so instead of listing distances, and hands no invented point to a map app", async ({ page }) => {
    await page.goto("/places/yuan-renyuan-former-residence");
    const panel = page.getByRole("complementary");
    await expect(panel).toContainText("此地点位置未知，无法计算附近地点。");
    await expect(panel.locator("[data-no-navigation]")).toHaveText(/没有已知位置，因此不提供地图App导航/);
    await expect(panel.locator("a[data-app]")).toHaveCount(0);
    await expect(panel.locator('[data-spot="unknown"]')).toBeVisible();
  });

  test("keyboard only: tab to the \"位置待定\" marker, open its list, open a place, close it, focus returns", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    const marker = unlocatedMarker(page);
    // Tab from the page start until the marker has focus (markers are in the tab order).
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await marker.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    const list = page.getByRole("dialog", { name: /^位置待定：\d+ 处地点$/ });
    await expect(list.getByRole("heading", { level: 3 })).toBeFocused();
    const entry = list.getByRole("button", { name: "九歌山鬼（演艺·夜游）" });
    // Tab through the list to the entry, then Enter
    for (let i = 0; i < 40 && !(await entry.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(entry).toBeFocused();
    await page.keyboard.press("Enter");
    const heading = page.getByRole("complementary").getByRole("heading", { level: 2 });
    await expect(heading).toHaveText("九歌山鬼");
    await expect(heading).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("complementary")).toHaveCount(0);
    await expect(marker).toBeFocused();
  });
});
