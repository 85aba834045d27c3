import { test, expect, placeMarkers, waitForMap } from "./support/fixtures";
import { request as playwrightRequest } from "@playwright/test";
import { e2ePort } from "./support/e2e-paths";
import { startInstance, type Instance } from "./support/instances";
import { dbPlaceCount } from "./support/db";

// Many places (a county's thousands, issue 11): above PLACES_INLINE_MAX a map page sends only its
// first view (the list's first page under the address's filters, the counts, every village, the
// selected place and the plan's stops), and the browser fetches every summary after the first
// paint (GET /api/place-summaries). An instance of the e2e build started with PLACES_INLINE_MAX=5
// treats the guide's 33 places as many. The e2e server itself (the default, 500) sends every
// place with the page.

const LODGINGS = ["mengdiezhuang-boutique-hotel", "yucheng-international-hotel"];
/** Places the first view of ?kind=lodging neither lists nor needs (not lodgings, not villages). */
const NOT_SENT = ["九歌山鬼", "悬崖花开房车营地", "三官寺土家族乡人民政府"];

// one instance for the file's tests, which run one after another
test.describe.configure({ mode: "serial" });

let many: Instance;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Configured unlike the e2e server, so it must not share its cache (in the PostgreSQL pass, Redis):
  // Next's cache keys name a page, not the configuration it was rendered with, and the page cache
  // would serve the e2e server this instance's pages (README, "Running at scale"). Under the run's
  // prefix, which the run deletes at its end.
  const ownCache: Record<string, string> = process.env.REDIS_URL ? { REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX ?? "e2e"}:many-places` } : {};
  many = await startInstance(Number(e2ePort()) + 20, { PLACES_INLINE_MAX: "5", ...ownCache });
});
test.afterAll(async () => {
  await many?.stop();
});

test.describe("a page with many places", () => {
  test("sends its first view only, preloads every summary, and draws and filters all of them once they arrive", async ({ page }) => {
    const api = await playwrightRequest.newContext();
    const html = await (await api.get(`${many.url}/?kind=lodging`)).text();
    // the first view's list is in the HTML; places it does not need are not in it at all
    // (booleans: a failure does not print the whole page)
    for (const slug of LODGINGS) expect(html.includes(`data-slug="${slug}"`), `${slug} is listed`).toBe(true);
    for (const name of NOT_SENT) expect(html.includes(name), `${name} is not sent`).toBe(false);
    expect(/<link rel="preload" href="\/api\/place-summaries" as="fetch" crossorigin="(?:anonymous)?"/.test(html), "the summaries are preloaded").toBe(true);

    const fetched: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/place-summaries")) fetched.push(r.url());
    });
    await page.goto(`${many.url}/?kind=lodging`);
    const items = page.locator("#place-list li");
    await expect(items).toHaveCount(LODGINGS.length);
    await waitForMap(page);
    // once every summary has arrived, clearing the filter lists, counts and draws every place
    await page.getByRole("checkbox", { name: /酒店民宿/ }).uncheck();
    await expect(page).toHaveURL(`${many.url}/`);
    const total = await dbPlaceCount();
    await expect(items).toHaveCount(total);
    await expect(page.getByRole("tab", { name: /地点/ })).toContainText(`(${total})`);
    await expect(placeMarkers(page).first()).toBeVisible();
    // downloaded once: the fetch takes the preloaded body
    expect(fetched).toHaveLength(1);
    // and search works over all of them (the index is built in the browser from the fetched summaries)
    await page.getByRole("searchbox").fill("jiuge");
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText("九歌山鬼");
  });

  test("the plan waits for every place before it changes, and a plan kept in the browser keeps stops the first view does not send", async ({ page }) => {
    // a plan kept in this browser: 九歌山鬼, which the first view of ?kind=lodging does not send
    await page.goto(`${many.url}/`);
    const show = page.locator("#place-list li", { hasText: "九歌山鬼" }).locator(".add-to-plan");
    await show.click();
    const planTab = page.getByRole("tab", { name: /行程/ });
    await expect(planTab).toContainText("(1)");

    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/place-summaries", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${many.url}/?kind=lodging`);
    // while the summaries are held back, the list is the server's and the plan cannot change yet
    const addLodging = page.locator("#place-list .add-to-plan").first();
    await expect(addLodging).toBeVisible();
    await expect(addLodging).toBeDisabled();
    release();
    await expect(addLodging).toBeEnabled();
    // the kept plan was read once every place was known: its stop was not dropped as unknown
    await expect(planTab).toContainText("(1)");
    await addLodging.click();
    await expect(planTab).toContainText("(2)");
  });

  test("says so when the places cannot be loaded, and loads them on retry", async ({ page }) => {
    let fail = true;
    await page.route("**/api/place-summaries", async (route) => {
      if (fail) await route.fulfill({ status: 503, contentType: "application/json", body: '{"error":{"status":503,"code":"database_unavailable","message":"down"}}' });
      else await route.continue();
    });
    await page.goto(`${many.url}/`);
    const alert = page.getByRole("alert").filter({ hasText: "地点列表未能加载" });
    await expect(alert).toBeVisible();
    // the server's first view stays usable meanwhile
    await expect(page.locator("#place-list li").first()).toBeVisible();
    fail = false;
    await alert.getByRole("button", { name: "重试" }).click();
    await expect(alert).toBeHidden();
    await waitForMap(page);
    await expect(page.locator("#place-list li")).toHaveCount(await dbPlaceCount());
  });

  test("GET /api/place-summaries: every summary against its village list, with a strong ETag and 304", async () => {
    const api = await playwrightRequest.newContext();
    const res = await api.get(`${many.url}/api/place-summaries`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/json");
    const etag = res.headers()["etag"];
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const body = (await res.json()) as { villages: { slug: string }[]; villageSyllables: Record<string, string[]>; places: string };
    expect(body.places.split("\n")).toHaveLength(await dbPlaceCount());
    expect(body.villages.length).toBeGreaterThan(0);
    const again = await api.get(`${many.url}/api/place-summaries`, { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status()).toBe(304);
  });
});

test("with few places (the default), a page sends every place with its HTML and fetches nothing more", async ({ page, request }) => {
  const html = await (await request.get("/?kind=lodging")).text();
  expect(html.includes("/api/place-summaries"), "nothing is preloaded").toBe(false);
  for (const name of NOT_SENT) expect(html.includes(name), `${name} is sent`).toBe(true);
  const fetched: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/place-summaries")) fetched.push(r.url());
  });
  await page.goto("/?kind=lodging");
  await waitForMap(page);
  expect(fetched).toEqual([]);
});
