import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { test, expect, waitForMap } from "./support/fixtures";
import { encodePlan } from "../lib/domain/plan/plan-codec";
import { emptyPlan } from "../lib/domain/plan/edit-plan";
import { sheetHeights, type SheetState } from "../lib/domain/bottom-sheet";

// Phone ergonomics: the bottom sheet's peek, half and full states by keyboard and by drag (the map
// keeps at least 40 % of the screen in peek), no sideways scrolling at 320 and 375 px, and every
// target at least 24 × 24 CSS px (axe's target-size rule, as Lighthouse's target-size audit).

const PLAN = encodePlan({ ...emptyPlan("2027-05-01"), stops: ["township-government", "jiuge-shangui", "zhangjiajie-grand-canyon"] });
const PAGES = [
  { path: "/", map: true },
  { path: "/places/yuan-renyuan-former-residence", map: true },
  { path: "/red", map: false },
  { path: `/plan?plan=${PLAN}`, map: true },
  { path: `/?plan=${PLAN}`, map: true },
];
const STATE_NAMES: Record<SheetState, string> = { peek: "收起", half: "半屏", full: "全屏" };

const handleOf = (page: Page) => page.getByRole("button", { name: /^列表面板（/ });

async function expectState(page: Page, handle: Locator, state: SheetState) {
  await expect(handle).toHaveAccessibleName(new RegExp(`^列表面板（${STATE_NAMES[state]}）`));
  await expect(handle).toHaveAttribute("aria-expanded", state === "peek" ? "false" : "true");
  const viewport = page.viewportSize()?.height ?? 0;
  const header = (await page.locator(".guide").boundingBox())?.y ?? 0;
  const want = sheetHeights(viewport, header)[state];
  // the sheet settles (its height eases) at its state's height, and the map fills the rest
  await expect.poll(async () => Math.round((await page.locator(".guide__side").boundingBox())?.height ?? 0)).toBeGreaterThanOrEqual(want - 1);
  await expect.poll(async () => Math.round((await page.locator(".guide__side").boundingBox())?.height ?? 0)).toBeLessThanOrEqual(want + 1);
  const map = await page.locator(".leaflet-container").boundingBox();
  expect(Math.round((map?.height ?? 0) + want + header)).toBeGreaterThanOrEqual(viewport - 1);
  if (state !== "full") expect(map?.height ?? 0).toBeGreaterThanOrEqual(0.4 * viewport);
}

test("the sheet moves between peek, half and full by keyboard, and the map keeps 40 % in peek", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const handle = handleOf(page);
  await expectState(page, handle, "peek");
  await handle.focus();
  await page.keyboard.press("Enter");
  await expectState(page, handle, "half");
  await page.keyboard.press("Enter");
  await expectState(page, handle, "full");
  await page.keyboard.press("Enter");
  await expectState(page, handle, "peek");
  await page.keyboard.press("ArrowUp");
  await expectState(page, handle, "half");
  await page.keyboard.press("ArrowUp");
  await expectState(page, handle, "full");
  await page.keyboard.press("ArrowUp");
  await expectState(page, handle, "full");
  await page.keyboard.press("ArrowDown");
  await expectState(page, handle, "half");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expectState(page, handle, "peek");
  await page.keyboard.press(" ");
  await expectState(page, handle, "half");
  await expect(handle).toBeFocused();
  // English names the handle in English
  await page.goto("/en");
  await expect(page.getByRole("button", { name: /^List sheet \(peek\)/ })).toHaveAttribute("aria-expanded", "false");
});

test("the sheet follows a drag of its handle and settles in the nearest state", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const handle = handleOf(page);
  await expectState(page, handle, "peek");
  const drag = async (dy: number) => {
    const box = await handle.boundingBox();
    if (!box) throw new Error("no handle");
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(x, y + (dy * i) / 5);
    await page.mouse.up();
  };
  // peek 207 px on a 740 px screen: 180 px up ends at 387, nearest half (370)
  await drag(-180);
  await expectState(page, handle, "half");
  await drag(-250); // 620: nearest full (640)
  await expectState(page, handle, "full");
  await drag(-100); // held at full
  await expectState(page, handle, "full");
  await drag(600); // down past peek: held at peek
  await expectState(page, handle, "peek");
  await drag(-60); // a short drag: back to the nearest, peek
  await expectState(page, handle, "peek");
  // a tap (no drag) cycles, as Enter does
  await handle.tap();
  await expectState(page, handle, "half");
});

test("opening a place raises the peeking sheet to half, with the panel in sight", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const handle = handleOf(page);
  await expectState(page, handle, "peek");
  await page.locator(`#place-list a[href="/places/jiuge-shangui"]`).tap();
  await expectState(page, handle, "half");
  const panel = page.getByRole("complementary", { name: "九歌山鬼" });
  await expect(panel.getByRole("button", { name: "关闭详情" })).toBeInViewport();
});

for (const width of [320, 375]) {
  for (const p of PAGES) {
    test(`${p.path.slice(0, 40)}: nothing scrolls sideways at ${width} px, and every target is at least 24 × 24 px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      await page.goto(p.path);
      if (p.map) await waitForMap(page);
      const states: (SheetState | null)[] = (await handleOf(page).count()) > 0 ? ["peek", "full"] : [null];
      for (const state of states) {
        if (state === "full") {
          await handleOf(page).focus();
          await page.keyboard.press("ArrowUp");
          await page.keyboard.press("ArrowUp");
          await expect(handleOf(page)).toHaveAccessibleName(/^列表面板（全屏）/);
        }
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth, `${state ?? "page"} at ${width} px`).toBeLessThanOrEqual(clientWidth);
        expect(clientWidth).toBe(width);
        const results = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
        const summary = results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`));
        expect(summary, `${state ?? "page"} at ${width} px`).toEqual([]);
      }
    });
  }
}
