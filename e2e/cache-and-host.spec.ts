import { spawnSync } from "node:child_process";
import path from "node:path";
import QRCode from "qrcode";
import { test, expect } from "./support/fixtures";
import { encodePlan } from "../lib/domain/plan/plan-codec";
import { emptyPlan } from "../lib/domain/plan/edit-plan";
import { revalidateToken } from "../prisma/revalidate-server";
import { e2eDatabaseUrl } from "./support/e2e-paths";
import { e2eQuery } from "./support/db";

// Against the production build: reads are cached across requests, a write reaches the cache only
// through the invalidation path (POST /api/revalidate, which the seed calls), GeoJSON answers 304,
// and no request header can put a foreign host into a page.

const ROOT = path.join(__dirname, "..");
// The e2e server's database (scripts/e2e-server.ts creates it).
const DATABASE_URL = e2eDatabaseUrl();
// SITE_URL as the e2e server sees it (it inherits this environment); README's default otherwise.
const SITE_URL = process.env.SITE_URL ?? "http://localhost:3000";
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// A place no other spec looks at, so renaming it for a moment disturbs no parallel test.
const SLUG = "yucheng-international-hotel";
const NAME = "宇成国际酒店";
const RENAMED = "宇成国际酒店（改名）";

async function setPlaceName(nameZh: string) {
  await e2eQuery(`UPDATE "Place" SET "nameZh" = ? WHERE "slug" = ?`, [nameZh, SLUG]);
}

test.describe("cached reads", () => {
  // One after the other: the ETag test must not see the rename made by the first test.
  test.describe.configure({ mode: "serial" });

  test("a write is served only after invalidation; the seed invalidates the running server", async ({ request, baseURL }) => {
    const name = async () => {
      const res = await request.get(`/api/places/${SLUG}`);
      expect(res.status()).toBe(200);
      return ((await res.json()) as { properties: { nameZh: string } }).properties.nameZh;
    };
    const token = revalidateToken({ REVALIDATE_SECRET: process.env.REVALIDATE_SECRET, DATABASE_URL });
    const revalidate = (authorization: string) => request.post("/api/revalidate", { headers: { Authorization: authorization } });
    expect(await name()).toBe(NAME);
    try {
      await setPlaceName(RENAMED);
      expect(await name()).toBe(NAME); // cached: the database changed behind the server's back

      expect((await revalidate("Bearer not-the-token")).status()).toBe(401);
      expect(await name()).toBe(NAME);

      expect((await revalidate(`Bearer ${token}`)).status()).toBe(200);
      expect(await name()).toBe(RENAMED);

      // `npm run db:seed` writes the data file's name back and tells this server.
      const seed = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["prisma/seed.ts"], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL, REVALIDATE_URL: baseURL },
        encoding: "utf8",
      });
      expect(seed.stderr).toBe("");
      expect(seed.status).toBe(0);
      expect(seed.stdout).toContain(`The guide server at ${baseURL} dropped its cached data.`);
      expect(await name()).toBe(NAME);
    } finally {
      await setPlaceName(NAME);
      await revalidate(`Bearer ${token}`);
    }
  });

  test("GeoJSON carries a strong ETag and answers If-None-Match with an empty 304", async ({ request }) => {
    for (const url of ["/api/places", "/api/places/jiuge-shangui"]) {
      const full = await request.get(url);
      expect(full.status()).toBe(200);
      const etag = full.headers()["etag"] ?? "";
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      expect(full.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");

      for (const ifNoneMatch of [etag, `W/${etag}`, `"older", ${etag}`, "*"]) {
        const cached = await request.get(url, { headers: { "If-None-Match": ifNoneMatch } });
        expect(cached.status(), ifNoneMatch).toBe(304);
        expect(cached.headers()["etag"]).toBe(etag);
        expect((await cached.body()).length).toBe(0);
      }
      const changed = await request.get(url, { headers: { "If-None-Match": '"older"' } });
      expect(changed.status()).toBe(200);
      expect(await changed.text()).toBe(await full.text());
    }
  });
});

test.describe("absolute URLs", () => {
  /** The QR code the shared plan page draws for `url` (same options as lib/server/plan-qr.ts). */
  async function qrFor(url: string): Promise<string> {
    const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
    return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  }

  async function sharedPlan(request: import("@playwright/test").APIRequestContext, url: string, headers: Record<string, string> = {}) {
    const res = await request.get(url, { headers });
    expect(res.status()).toBe(200);
    const html = await res.text();
    const qr = html.match(/<img[^>]* src="(data:image\/svg\+xml;base64,[^"]+)"/)?.[1];
    // The page's own link to this plan (the plan parameter is `p`, or `plan` after its rename).
    const planPath = html.match(/href="(\/plan\?(?:p|plan)=[^"&]+)"/)?.[1];
    return { html, qr, planPath };
  }

  test("a forged Host or X-Forwarded-Host never reaches the shared plan page or its QR code", async ({ request }) => {
    const code = encodePlan({ ...emptyPlan("2027-05-01"), stops: ["township-government", "jiuge-shangui", "zhangjiajie-grand-canyon"] });
    const url = `/plan?p=${code}`;

    const forged = await sharedPlan(request, url, { Host: "evil.example", "X-Forwarded-Host": "evil.example" });
    expect(forged.html).not.toContain("evil.example");
    expect(forged.planPath).toBeDefined();
    // The QR code is an image: compare it with the code of the link it must open.
    expect(forged.qr).toBe(await qrFor(`${SITE_URL}${forged.planPath}`));
    expect(forged.qr).not.toBe(await qrFor(`https://evil.example${forged.planPath}`));

    // The next visitor, with honest headers, gets the same page: nothing of the forged request stayed.
    const normal = await sharedPlan(request, url);
    expect(normal.html).not.toContain("evil.example");
    expect(normal.qr).toBe(forged.qr);
  });

  test("robots.txt, the sitemap and a place page (canonical link, Open Graph, JSON-LD) carry only SITE_URL under a forged Host", async ({ request }) => {
    const headers = { Host: "evil.example", "X-Forwarded-Host": "evil.example" };
    const robots = await (await request.get("/robots.txt", { headers })).text();
    expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    const sitemap = await (await request.get("/sitemap.xml", { headers })).text();
    expect(sitemap).toContain(`<loc>${SITE_URL}/places/jiuge-shangui</loc>`);
    const place = await (await request.get("/places/jiuge-shangui", { headers })).text();
    expect(place).toContain(`<link rel="canonical" href="${SITE_URL}/places/jiuge-shangui"/>`);
    // The Open Graph images, the place's card and a shared plan's, are absolute from SITE_URL too.
    expect(place).toMatch(new RegExp(`<meta property="og:image" content="${escapeRegExp(SITE_URL)}/(zh/)?places/jiuge-shangui/opengraph-image/card`));
    const code = encodePlan({ ...emptyPlan("2027-05-01"), stops: ["jiuge-shangui"] });
    const plan = await (await request.get(`/plan?plan=${code}`, { headers })).text();
    expect(plan).toContain(`<meta property="og:image" content="${SITE_URL}/plan/image?plan=${code}"/>`);
    for (const text of [robots, sitemap, place, plan]) expect(text).not.toContain("evil.example");
  });
});
