import { test, expect, waitForMap } from "./support/fixtures";

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
    await expect(page.getByRole("button", { name: "Former Residence of Yuan Renyuan (Red tourism)" })).toBeVisible();

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
});
