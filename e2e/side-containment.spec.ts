import type { Page } from "@playwright/test";
import { test, expect, waitForMap } from "./support/fixtures";
import { paintedRingSides } from "./support/focus-ring";

// The side's long parts (filters, legend, list, each list item) are not laid out while out of view
// (content-visibility in globals.css; sheet.mobile.spec.ts shows them left out of the first layout).
// That must change nothing a visitor sees: every line where it was, and whole focus rings, though
// such a part paints nothing outside its box.

const CONTAINED = ".filters, .legend, .place-list, .place-list li";

/**
 * The top, left and height of every element of the side, in the side's own coordinates, but the
 * legend's own box: it now holds its heading's and its note's margins, and has no border or
 * background to show it.
 */
async function sideLayout(page: Page): Promise<string[]> {
  return page.locator(".guide__side").evaluate((side) => {
    const origin = side.getBoundingClientRect();
    return [...side.querySelectorAll(":not(.legend)")].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName}.${el.className}: ${Math.round(r.top - origin.top + side.scrollTop)} ${Math.round(r.left - origin.left)} ${Math.round(r.height)}`;
    });
  });
}

for (const path of ["/", "/en"]) {
  test(`${path}: the side is laid out as it would be without the containment of its parts`, async ({ page }) => {
    // a screen tall enough for every part and list item to be drawn (none is skipped)
    await page.setViewportSize({ width: 1280, height: 6000 });
    await page.goto(path);
    await waitForMap(page);
    const contained = await sideLayout(page);
    // the containment off: the list's heading gets back the top margin every h2 has (the legend's h2 keeps it)
    const h2Margin = await page.locator(".legend h2").evaluate((h2) => getComputedStyle(h2).marginTop);
    await page.addStyleTag({
      content: `${CONTAINED} { content-visibility: visible !important; contain: none !important; } .place-list > h2:first-child { margin-top: ${h2Margin} !important; }`,
    });
    await expect(page.locator(".legend")).toHaveCSS("content-visibility", "visible");
    const plain = await sideLayout(page);
    expect(contained.length).toBeGreaterThan(300);
    expect(contained).toEqual(plain);
  });
}

test("focus rings inside the contained parts of the side are drawn whole", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const targets = [
    page.getByRole("searchbox").or(page.locator(".filters__search input")).first(),
    page.locator(".filters .facet input").first(),
    page.locator(".legend__entry").first(),
    page.locator(".place-list__link").first(),
    page.locator(".place-list .add-to-plan").first(),
  ];
  for (const target of targets) {
    await target.scrollIntoViewIfNeeded();
    // a key pressed first: the focus that follows is shown as if it came from the keyboard (:focus-visible)
    await page.keyboard.press("Shift");
    await target.focus();
    await expect(target).toBeFocused();
    expect(await target.evaluate((el) => el.matches(":focus-visible"))).toBe(true);
    const sides = await paintedRingSides(page, target);
    expect(sides, await target.evaluate((el) => el.outerHTML.slice(0, 80))).toEqual({ top: true, right: true, bottom: true, left: true });
  }
});
