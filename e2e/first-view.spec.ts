import { readFileSync } from "node:fs";
import path from "node:path";
import { test, expect } from "./support/fixtures";
import { dbPlaceCount } from "./support/db";

// What the first view needs is in the server's HTML (before any script runs); a place's full detail
// comes with its own page, or from the API when its panel opens in the browser.

type DataPlace = { slug: string; nameZh: string; descriptionZh: string; sources: { key: string }[] };
type DataSource = { key: string; title: string; url?: string; publisherPageUnknown?: true };
const data = JSON.parse(readFileSync(path.join(__dirname, "..", "data", "guide-data.json"), "utf8")) as { places: DataPlace[]; sources: DataSource[] };
const placeOf = (slug: string): DataPlace => {
  const place = data.places.find((p) => p.slug === slug);
  if (!place) throw new Error(`no place ${slug} in data/guide-data.json`);
  return place;
};
const RESIDENCE = placeOf("yuan-renyuan-former-residence");
const JIUGE = placeOf("jiuge-shangui");
/** A source's URL as it appears in an HTML attribute (React escapes & as &amp;). */
const hrefInHtml = (key: string) => (data.sources.find((s) => s.key === key)?.url ?? "").replace(/&/g, "&amp;");
const sourceOf = (key: string): DataSource => {
  const source = data.sources.find((s) => s.key === key);
  if (!source) throw new Error(`no source ${key} in data/guide-data.json`);
  return source;
};
/** Texts seen only in a republished copy: cited without a link, marked so (README, data section). */
const UNKNOWN_PAGE_ZH = "原文网址未知（只见到转载）";
const UNKNOWN_PAGE_EN = "publisher's page not known (seen only in a republished copy)";

test.describe("the first view in the server's HTML", () => {
  test("home: every place's list entry and the map note are in the HTML; no place's description is", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const entries = html.match(/<li class="place-list__item[^"]*"/g) ?? [];
    expect(entries).toHaveLength(await dbPlaceCount());
    for (const place of data.places) expect(html).toContain(`data-slug="${place.slug}"`);
    expect(html).toContain(`<span class="place-list__name">${RESIDENCE.nameZh}</span>`);
    expect(html).toContain("标记与列表中的地点相同；多数位置为估计，每处地点注明精度。");
    // summaries only: the descriptions stay on the server until a panel asks for one
    expect(html).not.toContain(RESIDENCE.descriptionZh);
    expect(html).not.toContain(JIUGE.descriptionZh);
  });

  test("a place page: its description, status note and sources are in the HTML, no other place's description", async ({ request }) => {
    const html = await (await request.get("/places/jiuge-shangui")).text();
    expect(html).toContain(`<p class="place-panel__description">${JIUGE.descriptionZh}</p>`);
    expect(html).toContain('<span class="facts__note">澎湃新闻报道2023年6月17日正式开园；此后的运营情况本指南未核实</span>');
    const linked = JIUGE.sources.filter((s) => sourceOf(s.key).url !== undefined);
    const copies = JIUGE.sources.filter((s) => sourceOf(s.key).publisherPageUnknown);
    expect(linked.length + copies.length).toBe(JIUGE.sources.length);
    for (const source of linked) expect(html).toContain(`href="${hrefInHtml(source.key)}"`);
    // the 2022 route text (seen only on bkbbs.net) is cited by its title, unlinked and marked
    expect(copies.map((s) => s.key)).toEqual(["bkbbs-luotan-route-2022"]);
    expect(html).toContain(`<span lang="zh-CN">${sourceOf("bkbbs-luotan-route-2022").title}</span>`);
    expect(html).toContain(UNKNOWN_PAGE_ZH);
    expect(html).not.toContain("bkbbs.net");
    expect(html).not.toContain(RESIDENCE.descriptionZh);
    // the English page says it in English
    const en = await (await request.get("/en/places/jiuge-shangui")).text();
    expect(en).toContain(UNKNOWN_PAGE_EN.replace("'", "&#x27;"));
  });
});

test.describe("a panel opened in the browser", () => {
  test("fetches the full place from the API, shows it, and reopens from memory without asking again", async ({ page }) => {
    const asked: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname.startsWith("/api/places/")) asked.push(new URL(r.url()).pathname);
    });
    await page.goto("/");
    await page.locator("#place-list").getByRole("link", { name: /袁任远故居/ }).click();
    const panel = page.getByRole("complementary", { name: "袁任远故居" });
    await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
    await expect(panel.locator(".place-panel__description")).toHaveText(RESIDENCE.descriptionZh);
    const sources = panel.locator("ol.sources > li");
    await expect(sources).toHaveCount(RESIDENCE.sources.length);
    const hrefs = await sources.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")).sort());
    // every source with a web page is a link: here only the 2022 article. The 1986 People's Daily
    // obituary is print only; the four articles on Yuan Renyuan were seen only in republished copies,
    // which are not linked: each of those says so, and keeps its confidence (medium).
    expect(hrefs).toEqual(RESIDENCE.sources.flatMap((s) => data.sources.find((d) => d.key === s.key)?.url ?? []).sort());
    expect(hrefs).toEqual(["https://www.hxw.gov.cn/content/2022/06/30/13822606.html"]);
    const marked = sources.filter({ hasText: UNKNOWN_PAGE_ZH });
    await expect(marked).toHaveCount(4);
    for (const item of await marked.all()) await expect(item).toContainText("可信度: 中");
    await expect(sources.filter({ hasText: "人民日报" })).not.toContainText(UNKNOWN_PAGE_ZH);
    expect(asked).toEqual(["/api/places/yuan-renyuan-former-residence"]);

    await panel.getByRole("button", { name: "关闭详情" }).click();
    await page.locator("#place-list").getByRole("link", { name: /袁任远故居/ }).click();
    await expect(panel.locator(".place-panel__description")).toHaveText(RESIDENCE.descriptionZh);
    expect(asked).toEqual(["/api/places/yuan-renyuan-former-residence"]);
  });

  test("shows the summary at once, a loading note, then an error with retry when the API fails", async ({ page }) => {
    let fail = true;
    await page.route("**/api/places/jiuge-shangui", async (route) => {
      if (fail) await route.fulfill({ status: 503, contentType: "application/json", body: '{"error":{"status":503}}' });
      else await route.continue();
    });
    await page.goto("/");
    await page.locator("#place-list").getByRole("link", { name: /九歌山鬼/ }).click();
    const panel = page.getByRole("complementary", { name: "九歌山鬼" });
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("九歌山鬼");
    await expect(panel).toContainText("罗潭村"); // the summary's village, without waiting for the API
    await expect(panel.getByRole("alert")).toHaveText(/介绍和资料来源暂时无法加载。/);
    fail = false;
    await panel.getByRole("button", { name: "重试" }).click();
    await expect(panel.locator(".place-panel__description")).toHaveText(JIUGE.descriptionZh);
    await expect(panel.getByRole("alert")).toHaveCount(0);
  });
});
