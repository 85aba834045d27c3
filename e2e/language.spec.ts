import { test, expect, waitForMap } from "./support/fixtures";
import { encodePlan } from "../lib/domain/plan/plan-codec";
import { emptyPlan } from "../lib/domain/plan/edit-plan";

test.describe("two languages", () => {
  test("switch to English: UI and names in English, html lang follows, the choice is remembered", async ({ page }) => {
    await page.goto("/?red=1");
    await waitForMap(page);
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\?red=1$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("switch", { name: /Red tourism only/ })).toHaveAttribute("aria-checked", "true");
    await expect(page.getByRole("heading", { name: "Legend" })).toBeVisible();
    await expect(page.locator("#place-list .place-list__name").first()).toHaveText("Zhumugang Village");
    // the red sites have no known spot: one marker gathers them, in English
    await expect(page.getByRole("button", { name: /^5 places without a known spot \(位置待定\)/ })).toContainText("5 places without a known spot");

    await page.goto("/places/jiuge-shangui");
    await expect(page).toHaveURL(/\/en\/places\/jiuge-shangui$/);
    await expect(page.getByRole("complementary")).toContainText("Open");

    await page.getByRole("link", { name: "中文" }).click();
    await expect(page).toHaveURL(/\/places\/jiuge-shangui$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await page.goto("/");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { name: "图例" })).toBeVisible();
  });

  test("switching language right after typing a search keeps the search (the waiting address is written first)", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    await page.getByRole("searchbox", { name: "搜索地点" }).fill("zmg");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\?q=zmg$/);
    await expect(page.getByRole("searchbox", { name: "Search places" })).toHaveValue("zmg");
  });

  test("problems in a link and plan warnings are told in the page's language", async ({ page }) => {
    // A late start on the shortest day (sunset 17:43), one unknown stop, an unknown kind and a
    // stray lang= (the language lives in the path: ignored without a note).
    const plan = encodePlan({
      ...emptyPlan("2026-12-21"),
      startTime: "16:30",
      stops: ["jiuge-shangui", "no-such-place", "zhangjiajie-grand-canyon"],
    });
    const query = `?kind=castle&lang=en&plan=${plan}`;

    await page.goto(`/${query}`);
    await expect(page.getByRole("status").filter({ hasText: "链接中有无法识别的筛选条件" }).getByRole("listitem")).toHaveText([
      "未知的类别「castle」，已忽略",
    ]);
    await expect(page.getByRole("status").filter({ hasText: "行程链接有问题" })).toContainText(
      '已从行程中移除 1 个未知地点："no-such-place"。',
    );
    await expect(page.locator(".warning[role=alert]")).toContainText("晚于当天日落（17:43）");

    await page.goto(`/en${query}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("status").filter({ hasText: "Some filters in the link were not understood" }).getByRole("listitem")).toHaveText([
      "unknown kind 'castle' ignored",
    ]);
    await expect(page.getByRole("status").filter({ hasText: "The plan link has problems" })).toContainText(
      'Removed 1 unknown place(s) from the plan: "no-such-place".',
    );
    await expect(page.locator(".warning[role=alert]")).toContainText("after sunset (17:43): mountain roads are unlit.");
    await page.getByRole("button", { name: "OK" }).first().click();
    await expect(page.getByText("Some filters in the link were not understood")).toHaveCount(0);
  });
});
