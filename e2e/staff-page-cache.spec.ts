import { test, expect } from "@playwright/test";
import { dbPlaceVersion } from "./support/db";
import { origin, signInRequest, staffAccount } from "./support/staff";

// The home and place pages as most visitors open them (no query) are served from Next's page cache
// (app/[lang]/cached, lib/domain/cached-page.ts): rendered once per data version, not per request.
// A staff write expires it with the data it shows, so the next visitor sees the change; anything
// with a query is rendered for its request; a client cannot ask for the cached page itself.

// In the PostgreSQL pass the page cache is in Redis (REDIS_URL), shared with other instances
// (e2e/instances.spec.ts).

const SLUG = "ethnic-customs-street";
const WITHIN_MS = 5_000;

test("a query-less home or place page comes from the page cache; a query, or a forged header, is rendered for its request", async ({ request }) => {
  for (const path of ["/", "/en", "/places/jiuge-shangui", "/en/places/jiuge-shangui"]) {
    // A MISS renders it; with Redis (the PostgreSQL pass), a copy an earlier write left stale is
    // served once more (STALE) while it renders again: either way a HIT follows.
    await expect.poll(async () => (await request.get(path)).headers()["x-nextjs-cache"], { message: path, timeout: WITHIN_MS }).toBe("HIT");
    const again = await request.get(path);
    expect(again.status()).toBe(200);
    // the same headers as a rendered page: must-revalidate (so edits show at once) and the policy
    expect(again.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect(again.headers()["content-security-policy"]).toContain("default-src 'self'");
  }
  const filtered = await request.get("/?red=1");
  expect(filtered.status()).toBe(200);
  expect(filtered.headers()["x-nextjs-cache"]).toBeUndefined();
  for (const path of ["/?kind=lodging", "/places/jiuge-shangui?red=1"]) {
    const forged = await request.get(path, { headers: { "x-guide-cached-page": "1" } });
    expect(forged.status()).toBe(200);
    expect(forged.headers()["x-nextjs-cache"], path).toBeUndefined();
  }
  // a place that is not in the guide: a 404 from the cache too
  await expect.poll(async () => (await request.get("/places/no-such-place")).headers()["x-nextjs-cache"], { timeout: WITHIN_MS }).toBe("HIT");
  expect((await request.get("/places/no-such-place")).status()).toBe(404);
  // the cache's internal address sends the visitor to the public page
  for (const [internal, to] of [["/cached", "/"], ["/zh/cached", "/"], ["/en/cached", "/en"]] as const) {
    const res = await request.get(internal, { maxRedirects: 0 });
    expect(res.status(), internal).toBe(308);
    expect(new URL(res.headers().location ?? "", "http://x").pathname).toBe(to);
  }
});

test("a staff write expires the cached pages: archiving a place drops it from / within 5 s and its page says so, restoring brings both back", async ({ page, request, baseURL }) => {
  const home = async () => {
    const res = await request.get("/");
    expect(res.status()).toBe(200);
    return res.text();
  };
  // cached, with the place; its own page cached too
  await home();
  expect(await home()).toContain(SLUG);
  await expect.poll(async () => (await request.get(`/places/${SLUG}`)).headers()["x-nextjs-cache"], { timeout: WITHIN_MS }).toBe("HIT");

  await signInRequest(request, staffAccount("page-cache", "editor"), baseURL);
  const archive = async (archived: boolean) => {
    const res = await request.post(`/api/staff/places/${SLUG}/archive`, {
      data: { baseVersion: await dbPlaceVersion(SLUG), archived },
      headers: { Origin: origin(baseURL) },
    });
    expect(res.status(), await res.text()).toBe(200);
  };
  await archive(true);
  try {
    await expect.poll(async () => (await home()).includes(SLUG), { timeout: WITHIN_MS, intervals: [100] }).toBe(false);
    // its old link, from the cache, names it and says it was removed (404)
    const old = await page.goto(`/places/${SLUG}`);
    expect(old?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^“民族风情街”/);
  } finally {
    await archive(false);
  }
  await expect.poll(async () => (await home()).includes(SLUG), { timeout: WITHIN_MS, intervals: [100] }).toBe(true);
  await expect.poll(async () => (await request.get(`/places/${SLUG}`)).status(), { timeout: WITHIN_MS, intervals: [100] }).toBe(200);
  // and it is cached again
  await expect.poll(async () => (await request.get("/")).headers()["x-nextjs-cache"], { timeout: WITHIN_MS }).toBe("HIT");
});
