import { test, expect, unlocatedMarker, waitForMap } from "./support/fixtures";

test.describe("phone layout (375 px)", () => {
  test("map, list and panel fit a phone screen", async ({ page, pageErrors }) => {
    await page.goto("/");
    await waitForMap(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    const map = await page.locator(".leaflet-container").boundingBox();
    expect(map?.width).toBe(375);
    expect(map?.height).toBeGreaterThan(300);
    await expect(page.locator("#place-list li")).toHaveCount(33);

    await unlocatedMarker(page).tap();
    await page.getByRole("dialog", { name: /^位置待定：\d+ 处地点$/ }).getByRole("button", { name: "袁任远故居（红色旅游）" }).tap();
    const panel = page.getByRole("complementary", { name: "袁任远故居" });
    await expect(panel).toBeVisible();
    const box = await panel.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(375);
    const close = panel.getByRole("button", { name: "关闭详情" });
    await expect(close).toBeInViewport();
    const closeBox = await close.boundingBox();
    expect(closeBox?.width).toBeGreaterThanOrEqual(44);
    await close.tap();
    await expect(panel).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });

  test("a deep link on a phone shows the panel", async ({ page }) => {
    await page.goto("/places/zhangjiajie-grand-canyon");
    await expect(page.getByRole("complementary").getByRole("heading", { level: 2 })).toHaveText("张家界大峡谷");
    await expect(page.getByRole("complementary")).toBeInViewport();
  });
});
