import type { Page } from "@playwright/test";
import { test, expect, waitForMap } from "./support/fixtures";
import { paintedRingSides } from "./support/focus-ring";

// What a screen reader and a keyboard get from the side, wherever it is scrolled. The side's parts
// and the list's items carry no containment (globals.css): Chromium leaves a part that
// content-visibility: auto skips out of its accessibility tree, and a contained item paints
// nothing outside its box, so its focus ring was clipped.

/** The side's headings and place links as Chromium's own accessibility tree has them (what a screen reader reads), not the DOM's roles. */
async function sideInAccessibilityTree(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("Accessibility.enable");
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    // the protocol leaves an AXValue's value untyped: a role or a name is read only as a string
    const text = (value: { value?: unknown } | undefined): string => (typeof value?.value === "string" ? value.value : "");
    const named = (role: string) => nodes.filter((n) => !n.ignored && text(n.role) === role).map((n) => text(n.name));
    return { headings: named("heading"), links: named("link") };
  } finally {
    await cdp.detach();
  }
}

for (const at of ["top", "end"] as const) {
  test(`every listed place and every heading of the side are in the accessibility tree, the side scrolled to its ${at}`, async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    if (at === "end") await page.locator(".guide__side").evaluate((side) => side.scrollTo(0, side.scrollHeight));
    const listed = await page.locator(".place-list__link .place-list__name").allTextContents();
    expect(listed.length).toBe(33);
    const { headings, links } = await sideInAccessibilityTree(page);
    expect(headings).toEqual(expect.arrayContaining(["我附近", "图例", expect.stringMatching(/^地点列表/)]));
    // a link's accessible name begins with its place's name (then its kind, village, status and summary)
    const missing = listed.filter((name) => !links.some((link) => link.startsWith(name)));
    expect(missing).toEqual([]);
  });
}

test("focus rings in the side are drawn whole", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const targets = [
    page.locator(".filters__search input"),
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

test("the side's tabs follow the tabs pattern: one tab stop, the arrow keys, Home and End open the other tab; disabled until hydrated", async ({ page, request }) => {
  // Before hydration a press would be lost: the server HTML marks both tabs disabled.
  const html = await (await request.get("/")).text();
  const tabs = [...html.matchAll(/<button[^>]*role="tab"[^>]*>/g)].map((m) => m[0]);
  expect(tabs).toHaveLength(2);
  for (const tab of tabs) expect(tab).toMatch(/\sdisabled=""/);

  await page.goto("/");
  const places = page.getByRole("tab", { name: /地点/ });
  const plan = page.getByRole("tab", { name: /我的行程/ });
  await expect(places).toBeEnabled();
  await expect(places).toHaveAttribute("tabindex", "0");
  await expect(plan).toHaveAttribute("tabindex", "-1");
  await places.focus();
  await page.keyboard.press("ArrowRight");
  await expect(plan).toBeFocused();
  await expect(plan).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: /我的行程/ })).toBeVisible();
  await expect(places).toHaveAttribute("tabindex", "-1");
  await page.keyboard.press("ArrowRight"); // wraps round
  await expect(places).toBeFocused();
  await expect(places).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("End");
  await expect(plan).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Home");
  await expect(places).toBeFocused();
  await expect(places).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowLeft"); // wraps round
  await expect(plan).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(places).toBeFocused();
  // one tab stop: Tab leaves the tab list for the open panel (not the other tab), Shift+Tab comes back to the selected tab
  await page.keyboard.press("Tab");
  await expect(plan).not.toBeFocused();
  await expect(places).not.toBeFocused();
  expect(await page.evaluate(() => document.getElementById("tabpanel-places")?.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Shift+Tab");
  await expect(places).toBeFocused();
});
