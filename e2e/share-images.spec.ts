import { test, expect } from "./support/fixtures";
import { encodePlan } from "../lib/domain/plan/plan-codec";
import { emptyPlan } from "../lib/domain/plan/edit-plan";
import { posterHeight } from "../lib/domain/share/poster-layout";

// Sharing where visitors share: Open Graph cards for places and plans, and the plan poster (a PNG
// 1080 px wide with the stops and a QR code back to the plan). Image sizes are read from the PNG
// header: bytes 16–23 of a PNG are the IHDR's width and height, big-endian.

const SITE_URL = process.env.SITE_URL ?? "http://localhost:3000";
const PLAN = encodePlan({ ...emptyPlan("2027-05-01"), stops: ["township-government", "jiuge-shangui", "zhangjiajie-grand-canyon"] });

function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a"); // the PNG signature
  expect(body.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** The path and query of an absolute og:image URL, which must start with SITE_URL. */
function onSite(url: string | null): string {
  expect(url?.startsWith(`${SITE_URL}/`), `${url} starts with ${SITE_URL}/`).toBe(true);
  return (url ?? "").slice(SITE_URL.length);
}

// The first image a server draws parses the 8 MB font (about 3 s on an idle machine).
test.describe.configure({ timeout: 120_000 });

test("a place page's Open Graph card: absolute from SITE_URL, a 1200 × 630 PNG with its alt", async ({ page, request }) => {
  for (const [path, alt] of [
    ["/places/jiuge-shangui", /^九歌山鬼：三官寺乡村指南的地点卡片$/],
    ["/en/places/jiuge-shangui", /: a place card of the Sanguansi village guide$/],
  ] as const) {
    await page.goto(path);
    const og = page.locator('meta[property="og:image"]');
    await expect(og).toHaveCount(1);
    const image = onSite(await og.getAttribute("content"));
    expect(image).toMatch(/\/places\/jiuge-shangui\/opengraph-image/);
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", alt);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    const res = await request.get(image);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  }
  expect((await request.get("/places/no-such-place/opengraph-image/card")).status()).toBe(404);
});

test("a shared plan: its card as og:image, and a poster to save, 1080 px wide with every stop", async ({ page, request }) => {
  await page.goto(`/plan?plan=${PLAN}`);
  const image = onSite(await page.locator('meta[property="og:image"]').getAttribute("content"));
  expect(image).toBe(`/plan/image?plan=${PLAN}`);
  const card = await request.get(image);
  expect(card.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });

  const save = page.getByRole("link", { name: "保存行程海报（图片）" });
  await expect(save).toHaveAttribute("download", "sanguansi-plan.png");
  await expect(save).toHaveAttribute("href", `/plan/poster?plan=${PLAN}`);
  const download = page.waitForEvent("download");
  await save.click();
  expect((await download).suggestedFilename()).toBe("sanguansi-plan.png");

  for (const path of [`/plan/poster?plan=${PLAN}`, `/en/plan/poster?plan=${PLAN}`]) {
    const poster = await request.get(path);
    expect(poster.status()).toBe(200);
    expect(poster.headers()["content-type"]).toBe("image/png");
    // one day of three stops
    expect(pngSize(await poster.body())).toEqual({ width: 1080, height: posterHeight([3]) });
  }
  // The planner offers the same poster for the visitor's own plan.
  await page.goto(`/?plan=${PLAN}`);
  await expect(page.getByRole("link", { name: "保存行程海报（图片）" })).toHaveAttribute("href", `/plan/poster?plan=${PLAN}`);
});

test("a broken, empty or foreign plan code gets a JSON 400 from the image routes, and no og:image", async ({ page, request }) => {
  const unknownOnly = encodePlan({ ...emptyPlan("2027-05-01"), stops: ["no-such-place"] });
  for (const query of ["", "?plan=", "?plan=garbage", "?plan=1.%%%", `?plan=${unknownOnly}`, `?plan=1.${"A".repeat(10_000)}`]) {
    for (const route of ["/plan/poster", "/plan/image", "/en/plan/poster"]) {
      const res = await request.get(`${route}${query}`);
      expect(res.status(), `${route}${query.slice(0, 40)}`).toBe(400);
      expect(res.headers()["content-type"]).toContain("application/json");
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("bad_plan");
    }
  }
  await page.goto("/plan?plan=garbage");
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
});
