import { test, expect, waitForMap } from "./support/fixtures";
import { planSlugs } from "./support/plan";
import { apiSpots } from "./support/spots";
import { encodePlan } from "../lib/domain/plan/plan-codec";
import { emptyPlan } from "../lib/domain/plan/edit-plan";

const TWELVE = [
  "zhangjiajie-grand-canyon",
  "village-luotan",
  "zhangjiajie-grand-canyon-glass-bridge",
  "jiuge-shangui",
  "township-government",
  "luotan-picking-gardens",
  "sanguansi-old-street",
  "village-sanguansi",
  "yuan-renyuan-former-residence",
  "zhumugang-specialty-products-hall",
  "village-zhumugang",
  "heijunma-culture-tribe",
];

test.describe("planner details", () => {
  test("best order for 12 stops runs in a Web Worker and never blocks the page", async ({ page, request, pageErrors }) => {
    const code = encodePlan({ ...emptyPlan("2026-10-01"), stops: TWELVE });
    await page.goto(`/?plan=${code}`);
    await waitForMap(page);
    await expect(page.getByRole("tab", { name: /我的行程/ })).toHaveAttribute("aria-selected", "true");
    expect(await planSlugs(page)).toEqual(TWELVE);
    const workerStarted = page.waitForEvent("worker");
    await page.getByRole("button", { name: "最佳顺序" }).click();
    await workerStarted;
    await expect(page.getByText(/已按最短总行程时间重新排序。|已是最佳/)).toBeVisible();
    const ordered = await planSlugs(page);
    expect([...ordered].sort()).toEqual([...TWELVE].sort());
    // the evening-only night tour goes last; the other stops without a known spot keep their
    // positions (after it moved); the others are ordered around them
    expect(ordered.at(-1)).toBe("jiuge-shangui");
    const arranged = [...TWELVE.filter((slug) => slug !== "jiuge-shangui"), "jiuge-shangui"];
    const located = (await apiSpots(request)).located;
    arranged.forEach((slug, i) => {
      if (!located.includes(slug)) expect(ordered[i], slug).toBe(slug);
    });
    // the canyon and its bridge share a spot, so among the located stops the best tour visits them one after the other
    const tour = ordered.filter((slug) => located.includes(slug));
    expect(tour).toHaveLength(5);
    expect(Math.abs(tour.indexOf("zhangjiajie-grand-canyon") - tour.indexOf("zhangjiajie-grand-canyon-glass-bridge"))).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  test("drag and drop reorders stops; a late start warns about sunset", async ({ page }) => {
    const code = encodePlan({ ...emptyPlan("2026-12-21"), stops: ["jiuge-shangui", "zhangjiajie-grand-canyon", "township-government"] });
    await page.goto(`/?plan=${code}`);
    // The server's HTML already lists the stops (draggable); a drag before React has hydrated the
    // planner does nothing. The export buttons are enabled only once it has.
    await expect(page.getByRole("button", { name: /^GPX/ })).toBeEnabled();
    // Both ends of the drag in view first: a drag whose target has to be scrolled to lands on
    // whatever the scroll brought under the pointer (with a Chinese font the stops are taller and the
    // last one sits below the fold).
    await page.locator(".plan-stops").first().evaluate((list) => list.scrollIntoView({ block: "start" }));
    for (const slug of ["township-government", "jiuge-shangui"]) await expect(page.locator(`.plan-stop[data-slug="${slug}"]`)).toBeInViewport();
    await page.locator('.plan-stop[data-slug="township-government"]').dragTo(page.locator('.plan-stop[data-slug="jiuge-shangui"]'));
    await expect.poll(() => planSlugs(page)).toEqual(["township-government", "jiuge-shangui", "zhangjiajie-grand-canyon"]);
    await page.getByLabel("出发时间", { exact: true }).fill("15:00");
    const alert = page.locator(".warning[role=alert]");
    await expect(alert).toContainText("晚于当天日落（17:43）");
    await expect(page.locator(".plan-day h3")).toContainText("日落 17:43");
  });

  test("the printable plan fits a day of five stops on one A4 page", async ({ page }) => {
    const code = encodePlan({
      ...emptyPlan("2026-10-01"),
      stops: ["township-government", "zhangjiajie-grand-canyon", "zhangjiajie-grand-canyon-glass-bridge", "jiuge-shangui", "luotan-picking-gardens"],
    });
    await page.goto(`/plan?plan=${code}`);
    await waitForMap(page);
    await expect(page.locator(".plan-stop")).toHaveCount(5);
    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});
