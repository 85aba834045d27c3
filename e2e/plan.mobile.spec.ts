import { test, expect, waitForMap } from "./support/fixtures";
import { planSlugs } from "./support/plan";
import { planJourney } from "./support/plan-journey";

test.describe("plan a visit on a phone", () => {
  test("the same journey as on desktop works at 375 px", async ({ page, request, browser, context }) => {
    await planJourney({ page, request, browser, context });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });

  test("add places from their panels, best order, share link", async ({ page, browser, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/places/zhangjiajie-grand-canyon-glass-bridge");
    await page.getByRole("complementary").getByRole("button", { name: "+ 加入行程" }).tap();
    await expect(page.getByRole("complementary").getByRole("button", { name: "✓ 已在行程中" })).toBeVisible();
    await page.goto("/places/luotan-picking-gardens");
    await page.getByRole("complementary").getByRole("button", { name: "+ 加入行程" }).tap();
    await page.goto("/places/township-government");
    await page.getByRole("complementary").getByRole("button", { name: "+ 加入行程" }).tap();
    await page.getByRole("complementary").getByRole("button", { name: "关闭详情" }).tap();
    await waitForMap(page);
    await page.getByRole("tab", { name: /我的行程/ }).tap();
    await expect.poll(() => planSlugs(page)).toEqual(["zhangjiajie-grand-canyon-glass-bridge", "luotan-picking-gardens", "township-government"]);
    await page.getByRole("button", { name: "最佳顺序" }).tap();
    // from the seat and back: the seat's own government is 0 km away, so it comes first or last
    await expect(page.getByText(/重新排序|已是最佳/)).toBeVisible();
    const order = await planSlugs(page);
    expect(order).toHaveLength(3);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await page.getByRole("button", { name: "分享行程链接" }).tap();
    const link = await page.evaluate(async () => {
      try {
        return await navigator.clipboard.readText();
      } catch {
        return "";
      }
    });
    expect(link).toMatch(/\/plan\?plan=1\./);
    const other = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const guest = await other.newPage();
    await guest.route((url) => url.hostname !== "127.0.0.1", (route) => route.abort());
    await guest.goto(link);
    expect(await guest.locator(".plan-stop").evaluateAll((els) => els.map((el) => el.getAttribute("data-slug")))).toEqual(order);
    await other.close();
  });
});
