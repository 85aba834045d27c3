import { readFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

const BLANK_TILE = readFileSync(path.join(__dirname, "blank-tile.png"));

/**
 * Every test: requests leaving this machine never reach the network. Map tiles get a local blank
 * tile (or fail, with `tiles: "fail"`), anything else external is aborted. Uncaught page errors
 * fail the test.
 */
export const test = base.extend<{ tiles: "blank" | "fail"; pageErrors: Error[] }>({
  tiles: ["blank", { option: true }],
  pageErrors: async ({ page }, use) => {
    const errors: Error[] = [];
    page.on("pageerror", (err) => errors.push(err));
    await use(errors);
    expect(errors, `page errors: ${errors.map((e) => e.message).join("; ")}`).toEqual([]);
  },
  page: async ({ page, tiles }, use) => {
    await page.context().route(
      (url) => url.hostname !== "127.0.0.1" && url.hostname !== "localhost",
      async (route) => {
        const isTile = /\/\d+\/\d+\/\d+\.(png|jpg|jpeg|webp)(\?|$)/.test(route.request().url());
        if (isTile && tiles === "blank") await route.fulfill({ status: 200, contentType: "image/png", body: BLANK_TILE });
        else await route.abort("internetdisconnected");
      },
    );
    await use(page);
  },
});

export { expect };

/** Waits until Leaflet has drawn the markers. */
export async function waitForMap(page: Page) {
  await page.locator(".leaflet-marker-icon").first().waitFor({ state: "visible" });
}
