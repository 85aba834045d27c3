import { readFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { KIND_INFO } from "../../lib/domain/place-kinds";

// A transparent 256 × 256 PNG (206 bytes): the size of a real tile, so that Lighthouse judges the
// map's tiles (image-size-responsive) as it would judge real ones.
const BLANK_TILE = readFileSync(path.join(__dirname, "blank-tile.png"));
/** A pale yellow 256 px tile for Amap's tile hosts, so a test can tell which basemap is drawn. */
const AMAP_TILE = readFileSync(path.join(__dirname, "amap-test-tile.png"));

/** A basemap tile request: an XYZ path, or the query-string forms of Amap (appmaptile) and Tianditu (DataServer). */
const TILE_REQUEST = /\/\d+\/\d+\/\d+\.(png|jpg|jpeg|webp)(\?|$)|\.is\.autonavi\.com\/appmaptile\?|\.tianditu\.gov\.cn\/DataServer\?/;

/**
 * Every test: requests leaving this machine never reach the network. Map tiles get a local blank
 * tile (Amap's a pale yellow one) (or fail, with `tiles: "fail"`), anything else external is aborted. An uncaught error in
 * any page of the test's browser context fails the test (`pageErrors` is automatic: every test
 * checks it, whether or not it asks for the list).
 */
export const test = base.extend<{ tiles: "blank" | "fail"; pageErrors: Error[]; consoleProblems: string[] }>({
  tiles: ["blank", { option: true }],
  pageErrors: [
    async ({ context }, use) => {
      const errors: Error[] = [];
      context.on("weberror", (webError) => errors.push(webError.error()));
      await use(errors);
      expect(errors, `page errors: ${errors.map((e) => e.message).join("; ")}`).toEqual([]);
    },
    { auto: true },
  ],
  /**
   * Opt-in: a test that asks for `consoleProblems` fails on any console error and any
   * Content-Security-Policy violation in its browser context. Violations are caught from the
   * `securitypolicyviolation` event, since the browser does not log every one (a blocked eval
   * that the page catches is only reported).
   */
  consoleProblems: async ({ context }, use) => {
    const problems: string[] = [];
    context.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error on ${message.page()?.url() ?? "?"}: ${message.text()}`);
    });
    await context.exposeBinding("__reportCspViolation", ({ page }, text: string) => {
      problems.push(`CSP violation on ${page.url()}: ${text}`);
    });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
        void report(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    await use(problems);
    expect(problems, problems.join("\n")).toEqual([]);
  },
  page: async ({ page, tiles }, use) => {
    await page.context().route(
      (url) => url.hostname !== "127.0.0.1" && url.hostname !== "localhost",
      async (route) => {
        const url = route.request().url();
        const isTile = TILE_REQUEST.test(url);
        const body = url.includes(".is.autonavi.com/") ? AMAP_TILE : BLANK_TILE;
        // as OpenStreetMap's tile servers do, the tiles allow any origin (CORS)
        if (isTile && tiles === "blank") await route.fulfill({ status: 200, contentType: "image/png", headers: { "access-control-allow-origin": "*" }, body });
        else await route.abort("internetdisconnected");
      },
    );
    await use(page);
  },
});

export { expect };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const kindLabels = (lang: "zh" | "en") => Object.values(KIND_INFO).map((info) => escapeRegExp(info[lang])).join("|");

/**
 * A place marker's accessible name: its name and kind, "袁任远故居（红色旅游）" or
 * "Former Residence of Yuan Renyuan (Red tourism)". Leaflet's zoom buttons do not match.
 */
const MARKER_NAME = new RegExp(`(（(${kindLabels("zh")})）|\\((${kindLabels("en")})\\))( · (村级位置|village-level location))?$`);

/** The map, as a landmark region named after the township. */
export function mapRegion(page: Page): Locator {
  return page.getByRole("region", { name: /^(三官寺土家族乡地图|Map of Sanguansi Tujia Ethnic Township)$/ });
}

/** Chooses a basemap by its name in the map's 底图 switch (opening the switch when closed). */
export async function chooseBasemap(page: Page, name: string) {
  const toggle = mapRegion(page).getByRole("button", { name: "底图" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await mapRegion(page).getByRole("radio", { name }).check();
}

/** Every place marker on the map (Leaflet markers are role="button", named by place and kind). */
export function placeMarkers(page: Page): Locator {
  return mapRegion(page).getByRole("button", { name: MARKER_NAME });
}

/** The one "位置待定 N / N places without a known spot" marker, which opens their list. */
export function unlocatedMarker(page: Page): Locator {
  return mapRegion(page).getByRole("button", { name: /^(位置待定 \d+：|\d+ places without a known spot \(位置待定\))/ });
}

/** Waits until Leaflet has drawn the markers (a place's or the "位置待定" one: a filter may leave only that). */
export async function waitForMap(page: Page) {
  await mapRegion(page).locator(".leaflet-marker-icon").first().waitFor({ state: "visible" });
}

/**
 * Waits until the map has drawn its markers and stopped moving: the app's own fit and its animated
 * move to the selected place are over (the map pane's offset holds still for 300 ms), as when
 * Lighthouse takes its snapshot.
 */
export async function waitForMapSettled(page: Page) {
  await waitForMap(page);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const pane = document.querySelector<HTMLElement>(".leaflet-map-pane");
          const before = pane?.style.transform;
          await new Promise((resolve) => setTimeout(resolve, 300));
          return before === pane?.style.transform && document.querySelector(".leaflet-pan-anim, .leaflet-zoom-anim") === null;
        }),
      { message: "the map keeps moving" },
    )
    .toBe(true);
}

/**
 * The text of every script the page loads from now on (read when awaited). A name kept in minified
 * code (a method called by name, e.g. supercluster's getClusterExpansionZoom) tells whether a
 * library's code was among them.
 */
export function scriptsLoaded(page: Page): { texts: () => Promise<string[]> } {
  const bodies: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") bodies.push(response.text().catch(() => ""));
  });
  return { texts: () => Promise.all(bodies) };
}

/**
 * Refuses every script chunk of the page that contains `code` (as a lost connection would), until
 * `allow()`: a part's code that does not load. `refused()` counts the refusals.
 */
export async function refuseChunks(page: Page, code: string): Promise<{ refused: () => number; allow: () => void }> {
  let refusing = true;
  let refused = 0;
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (refusing && body.includes(code)) {
      refused += 1;
      return route.abort("connectionreset");
    }
    await route.fulfill({ response, body });
  });
  return { refused: () => refused, allow: () => (refusing = false) };
}

/** A name that only supercluster's code (the map's clustering) contains. */
export const CLUSTERING_CODE = "getClusterExpansionZoom";

/**
 * A problem code that only the plan's decoder (lib/domain/plan/plan-codec.ts) and the words for a
 * link's unreadable parts (messages-problems.ts, not loaded by a page without such a link) contain.
 */
export const PLAN_CODE = "invalid-start-time";

/**
 * An error message that only gcoord contains: the GCJ-02 shift's code (datum-shift.ts), which a
 * page loads when Amap's basemap is chosen (the place panel's navigation links hold it too).
 */
export const GCOORD_CODE = "original coordinate system is required";

/** The name of the search index's class (components/search-code.ts), exported by the search's chunk only. */
export const SEARCH_CODE = '"GradualIndex"';

/** An error message that only the map's own code (components/map/leaflet-map.tsx) contains. */
export const MAP_CODE = "the clustering code did not load";

/** A class name that only the planner's panel (components/plan/plan-panel.tsx) contains. */
export const PLAN_PANEL_CODE = '"plan-options"';

/** The name of the inside of "save the township for offline" (save-township-body.tsx), exported by its chunk only. */
export const SAVE_TOWNSHIP_CODE = '"SaveTownshipBody"';

/** A class name that only the place panel's code (components/place-panel.tsx) contains. */
export const PLACE_PANEL_CODE = "place-panel__names";
