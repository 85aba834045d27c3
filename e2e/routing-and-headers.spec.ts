import { test, expect } from "./support/fixtures";
import { usesE2eBasemaps } from "./support/e2e-paths";
import { encodePlan } from "../lib/domain/plan/plan-codec";
import { emptyPlan } from "../lib/domain/plan/edit-plan";

// Routing and response headers on the production server (next start -H 127.0.0.1, as here and in
// the benchmark): the Chinese pages are rewritten inside the server, never proxied to itself over
// HTTP (which failed with a 500 behind a TLS-terminating proxy, vercel/next.js#94745); pages may
// be stored (back/forward cache, a CDN) but are always revalidated; redirects carry no foreign host.

const PLAN = encodePlan({ ...emptyPlan("2026-10-01"), stops: ["yuan-renyuan-former-residence", "jiuge-shangui"] });
const BEHIND_TLS_PROXY = { "X-Forwarded-Proto": "https", "X-Forwarded-Host": "guide.example.org" };

const PAGES: { path: string; lang: string; title: string }[] = [
  { path: "/", lang: "zh-CN", title: "三官寺土家族乡 · 乡村地图与旅游指南" },
  { path: "/places/jiuge-shangui", lang: "zh-CN", title: "九歌山鬼 · 三官寺乡村指南" },
  { path: "/red", lang: "zh-CN", title: "袁任远与株木岗村红色旅游 · 三官寺乡村指南" },
  { path: "/plan", lang: "zh-CN", title: "分享的行程 · 三官寺乡村指南" },
  { path: `/plan?plan=${PLAN}`, lang: "zh-CN", title: "分享的行程 · 三官寺乡村指南" },
  { path: "/en/red", lang: "en", title: "Yuan Renyuan and red tourism in Zhumugang · Sanguansi village guide" },
];

test.describe("routing behind a TLS-terminating proxy", () => {
  test("every page answers 200 with its own content when X-Forwarded-Proto is https", async ({ request }) => {
    for (const { path, lang, title } of PAGES) {
      const response = await request.get(path, { headers: BEHIND_TLS_PROXY });
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${lang}"`);
      expect(html, path).toContain(`<title>${title}</title>`);
    }
  });

  test("the not-found page still knows the language from the visible path", async ({ page }) => {
    await page.setExtraHTTPHeaders(BEHIND_TLS_PROXY);
    expect((await page.goto("/places/no-such-place"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "找不到这个地点" })).toBeVisible();
    expect((await page.goto("/en/places/no-such-place"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Place not found" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("a visitor who chose English is redirected to a path, whatever host the request claims", async ({ request }) => {
    const forgeries: Record<string, string>[] = [{ Host: "evil.example" }, { "X-Forwarded-Host": "evil.example" }, BEHIND_TLS_PROXY];
    for (const forged of forgeries) {
      const response = await request.get("/places/jiuge-shangui?c=29.3,110.8,12", {
        headers: { ...forged, Cookie: "guide-lang=en" },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(307);
      // A path on this server (no scheme, no host), the query kept.
      const location = response.headers()["location"] ?? "";
      expect(location).toMatch(/^\/en\/places\/jiuge-shangui\?/);
      expect(new URL(location, "http://0.0.0.0").searchParams.get("c")).toBe("29.3,110.8,12");
      // The answer depends on the cookie: no cache may keep it for someone else.
      expect(response.headers()["cache-control"]).toBe("private, no-store");
    }
    const home = await request.get("/", { headers: { Cookie: "guide-lang=en" }, maxRedirects: 0 });
    expect(home.headers()["location"]).toBe("/en");
  });
});

test.describe("cacheable pages", () => {
  test("pages that are the same for everyone are not no-store, and are revalidated on every use", async ({ request }) => {
    for (const path of ["/", "/places/yuan-renyuan-former-residence", "/red", "/en/red", `/plan?plan=${PLAN}`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const cacheControl = response.headers()["cache-control"] ?? "";
      expect(cacheControl, path).not.toContain("no-store");
      expect(cacheControl, path).toBe("public, max-age=0, must-revalidate");
      // Next's page ETag is a hash of the whole HTML computed per request (next.config.ts).
      expect(response.headers()["etag"], path).toBeUndefined();
    }
  });
});

test.describe("content security policy", () => {
  test("a page allows images from the configured basemaps' tile hosts and no other origin", async ({ request }) => {
    const response = await request.get("/");
    const policy = response.headers()["content-security-policy"] ?? "";
    const imgSrc = policy.split(";").map((d) => d.trim().split(/\s+/)).find(([name]) => name === "img-src");
    if (usesE2eBasemaps()) {
      // E2E_BASEMAP_ENV: osm, tianditu (t0–t7), amap (webrd01–04), custom, none (no host)
      expect(imgSrc).toEqual([
        "img-src", "'self'", "data:", "blob:",
        "https://tile.openstreetmap.org",
        ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `https://t${i}.tianditu.gov.cn`),
        ...[1, 2, 3, 4].map((i) => `https://webrd0${i}.is.autonavi.com`),
        "https://tiles.e2e.example",
      ]);
    } else {
      const tileUrl = process.env.TILE_URL ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
      test.skip(process.env.MAP_PROVIDERS !== undefined || /^https?:\/\/[^/]*\{/.test(tileUrl), "checked for the e2e basemaps or a single TILE_URL origin only");
      expect(imgSrc).toEqual(["img-src", "'self'", "data:", "blob:", new URL(tileUrl.replace(/\{[a-z]\}/g, "0")).origin]);
    }
    // One policy, not two (a second header would narrow the first).
    expect(response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy")).toHaveLength(1);
  });
});

test.describe("the headers of scripts", () => {
  const DOCUMENT_ONLY = ["content-security-policy", "x-frame-options", "permissions-policy", "referrer-policy"];
  // Script URLs as pages name them (/_next/static/chunks/…) and as Turbopack's chunks name the chunks they load (static/chunks/…).
  const chunkUrls = (text: string) => [...new Set(text.match(/static\/chunks\/[\w.-]+\.js/g) ?? [])].map((u) => `/_next/${u}`);

  test("a page's scripts carry nosniff and none of the document-only headers; pages and a worker's script keep them", async ({ request }) => {
    const page = await request.get("/");
    for (const name of DOCUMENT_ONLY) expect(page.headers()[name], `/ ${name}`).toBeTruthy();
    const scripts = chunkUrls(await page.text());
    expect(scripts.length).toBeGreaterThan(3);
    // every chunk the page can load, followed from its scripts, with the workers' entry scripts among them
    const seen = new Set(scripts);
    const queue = [...scripts];
    const workers: string[] = [];
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      const headers = response.headers();
      expect(headers["x-content-type-options"], url).toBe("nosniff");
      if (url.includes("/turbopack-worker-")) {
        workers.push(url);
        continue;
      }
      for (const name of DOCUMENT_ONLY) expect(headers[name], `${url} ${name}`).toBeUndefined();
      for (const next of chunkUrls(await response.text())) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    expect(seen.size).toBeGreaterThan(scripts.length);
    expect(workers, "the plan's ordering worker's entry script").toHaveLength(1);
    const worker = workers[0] ?? "";
    const workerHeaders = (await request.get(worker)).headers();
    // a worker runs under the policy its own script arrives with
    expect(workerHeaders["content-security-policy"]).toContain("default-src 'self'");
    expect(workerHeaders["x-content-type-options"]).toBe("nosniff");
    for (const path of ["/api/places", "/serwist/sw.js", "/icon.svg"]) {
      const response = await request.get(path);
      expect(response.headers()["content-security-policy"], path).toBeTruthy();
      expect(response.headers()["x-frame-options"], path).toBe("DENY");
    }
  });
});
