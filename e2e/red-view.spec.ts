import { readFileSync } from "node:fs";
import path from "node:path";
import { test, expect } from "./support/fixtures";
import { dbRedPlaceSlugs } from "./support/db";
import { recordPageDataRequests } from "./support/page-data-requests";

// The red-tourism view (/red, /en/red), and what search engines get: sitemap, robots, JSON-LD.

type TimelineFile = { entries: { id: string; sortKey: number }[] };
const timelineFile = JSON.parse(
  readFileSync(path.join(__dirname, "..", "data", "yuan-renyuan-timeline.json"), "utf8"),
) as TimelineFile;
const ENTRY_IDS = [...timelineFile.entries].sort((a, b) => a.sortKey - b.sortKey).map((e) => `timeline-${e.id}`);

test.describe("red-tourism view", () => {
  test("/red shows the timeline in order, every entry with its sources (links http(s) only) and their confidence", async ({ page, pageErrors }) => {
    await page.goto("/red");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page).toHaveTitle(/^袁任远与株木岗村红色旅游 · /);
    await expect(page.getByRole("heading", { level: 2, name: "袁任远与株木岗村红色旅游" })).toBeVisible();

    const entries = page.getByRole("list", { name: "袁任远生平时间线，按时间先后排列" }).locator(":scope > li");
    await expect(entries).toHaveCount(ENTRY_IDS.length);
    expect(await entries.evaluateAll((els) => els.map((el) => el.id))).toEqual(ENTRY_IDS);

    const years = await entries.locator("time").evaluateAll((els) => els.map((el) => (el.getAttribute("datetime") ?? "").slice(0, 4)));
    expect([...new Set(years)]).toEqual(["1898", "1918", "1925", "1928", "1934", "1936", "1958", "1986"]);
    expect(years).toEqual([...years].sort());
    await expect(entries.first()).toContainText("1898年5月");
    await expect(entries.first()).toContainText("株木岗村");
    // 1986-01-02; 享年88岁 is the traditional count, so the entry says he was 87 by years lived
    await expect(entries.last()).toContainText("1986年1月2日");
    await expect(entries.last()).toContainText("享年88岁（传统算法；按周岁为87岁）");

    for (const entry of await entries.all()) {
      const items = entry.locator("ul > li");
      expect(await items.count()).toBeGreaterThanOrEqual(1);
      const hrefs = await entry.locator("ul a").evaluateAll((els) => els.map((a) => a.getAttribute("href") ?? ""));
      for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
      await expect(entry).toContainText(/可信度: (高|中|低|很低)/);
    }
    // The articles on his life were seen only in republished copies: cited unlinked, marked so,
    // at medium confidence (the birth entry rests on one of them alone).
    const birthSources = page.locator("#timeline-birth-1898 ul > li");
    await expect(birthSources).toHaveCount(1);
    await expect(birthSources).toContainText("原文网址未知（只见到转载）");
    await expect(birthSources).toContainText("可信度: 中");
    await expect(birthSources.getByRole("link")).toHaveCount(0);

    await expect(page.getByRole("link", { name: "在地图上只看红色旅游地点" })).toHaveAttribute("href", "/?red=1");
    expect(pageErrors).toEqual([]);
  });

  test("the birth entry links to the former residence, whose page opens its panel", async ({ page }) => {
    await page.goto("/red");
    const birth = page.locator("#timeline-birth-1898");
    await expect(birth.getByRole("link", { name: "株木岗村", exact: true })).toHaveAttribute("href", "/places/village-zhumugang");
    const residence = birth.getByRole("link", { name: "袁任远故居", exact: true });
    await expect(residence).toHaveAttribute("href", "/places/yuan-renyuan-former-residence");
    await residence.click();
    await expect(page).toHaveURL(/\/places\/yuan-renyuan-former-residence$/);
    const panel = page.getByRole("complementary", { name: "袁任远故居" });
    await expect(panel.getByRole("heading", { level: 2, name: "袁任远故居" })).toBeVisible();
    await expect(panel).toContainText("株木岗村");
  });

  test("/red spends no data on pages nobody asked for: its links are plain, and nothing is prefetched", async ({ page }) => {
    const prefetches = recordPageDataRequests(page);
    await page.goto("/red");
    await expect(page.locator("#red-sites-list > li").first()).toBeVisible();
    // every link scrolls past, as a reader's would (next/link prefetches a link once it is in view)
    for (const link of await page.locator("main a[href^='/']").all()) await link.scrollIntoViewIfNeeded();
    await page.waitForLoadState("networkidle");
    expect(prefetches).toEqual([]);
    // the links still lead where they say: a full page load of the map with the red filter
    await page.getByRole("link", { name: "在地图上只看红色旅游地点" }).click();
    await expect(page).toHaveURL(/\/\?red=1$/);
    await expect(page.getByRole("switch", { name: /^只看红色旅游/ })).toBeChecked();
  });

  test("the red sites are exactly the red places of the database, with status and unknown visiting hours", async ({ page }) => {
    await page.goto("/red");
    const items = page.locator("#red-sites-list > li");
    const hrefs = await items.locator("h4 a").evaluateAll((els) => els.map((a) => a.getAttribute("href") ?? ""));
    for (const href of hrefs) expect(href).toMatch(/^\/places\/[a-z0-9-]+$/);
    expect(hrefs.map((h) => h.replace("/places/", "")).sort()).toEqual(await dbRedPlaceSlugs());
    await expect(page.getByText("资料没有说明这些地点能否参观、开放时间或门票")).toBeVisible();

    const landscape = items.filter({ has: page.locator('a[href="/places/zhumugang-red-culture-landscape"]') });
    await expect(landscape).toContainText("规划中（据 2022 年资料）");
    await expect(landscape).toContainText("资料未载");
    await expect(landscape).toContainText("仅知在乡域内 · 没有已知位置");
    const residence = items.filter({ has: page.locator('a[href="/places/yuan-renyuan-former-residence"]') });
    await expect(residence).toContainText("状态不详");
    await expect(residence).toContainText("研学活动");
  });

  test("/en/red is in English", async ({ page, pageErrors }) => {
    await page.goto("/en/red");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle(/^Yuan Renyuan and red tourism in Zhumugang · /);
    await expect(page.getByRole("heading", { level: 3, name: "Timeline of Yuan Renyuan's life" })).toBeVisible();
    const entries = page.getByRole("list", { name: "Timeline of Yuan Renyuan's life, oldest first" }).locator(":scope > li");
    await expect(entries).toHaveCount(ENTRY_IDS.length);
    await expect(entries.first()).toContainText("May 1898");
    await expect(entries.first()).toContainText("Confidence: medium");
    await expect(entries.first().getByRole("link", { name: "Former Residence of Yuan Renyuan" })).toHaveAttribute(
      "href",
      "/en/places/yuan-renyuan-former-residence",
    );
    await expect(page.getByRole("link", { name: "Show only the red-tourism sites on the map" })).toHaveAttribute("href", "/en?red=1");
    await expect(page.getByRole("heading", { level: 3, name: "Red-tourism sites" })).toBeVisible();
    await expect(page.locator("#red-sites-list")).toContainText("Planned (as of 2022 sources)");
    await expect(page.locator("#red-sites-list")).toContainText("Not known from sources");
    expect(pageErrors).toEqual([]);
  });

  test("/red has its own metadata with hreflang alternates", async ({ request }) => {
    const html = await (await request.get("/red")).text();
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/red"/);
    expect(html).toMatch(/<link rel="alternate" hrefLang="en" href="https?:\/\/[^"]+\/en\/red"/);
    expect(html).toContain('<meta property="og:locale" content="zh_CN"');
  });
});

test.describe("search engines and sharing", () => {
  test("/sitemap.xml lists every page in both languages", async ({ request }) => {
    const res = await request.get("/sitemap.xml");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("xml");
    const xml = await res.text();
    expect(xml).toMatch(/<loc>https?:\/\/[^<]+\/places\/yuan-renyuan-former-residence<\/loc>/);
    expect(xml).toMatch(/<loc>https?:\/\/[^<]+\/en\/red<\/loc>/);
    expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="https?:\/\/[^"]+\/en\/places\/yuan-renyuan-former-residence"/);
  });

  test("/robots.txt allows crawling but not the API, and names the sitemap", async ({ request }) => {
    const res = await request.get("/robots.txt");
    expect(res.status()).toBe(200);
    const txt = await res.text();
    expect(txt).toMatch(/^Disallow: \/api\/$/m);
    expect(txt).toMatch(/^Allow: \/$/m);
    expect(txt).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });

  test("a place page carries valid JSON-LD and Open Graph metadata", async ({ request }) => {
    const html = await (await request.get("/places/yuan-renyuan-former-residence")).text();
    const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    expect(match).not.toBeNull();
    const ld = JSON.parse(match![1]!) as Record<string, unknown>;
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("TouristAttraction");
    expect(ld.name).toBe("袁任远故居");
    expect(ld).not.toHaveProperty("geo"); // no known spot: no geo
    expect(html).toContain('<meta property="og:title" content="袁任远故居"');
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/places\/yuan-renyuan-former-residence"/);

    const en = await (await request.get("/en/places/zhangjiajie-grand-canyon-glass-bridge")).text();
    const enLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(en)![1]!) as Record<string, unknown>;
    expect(enLd.name).toBe("Zhangjiajie Grand Canyon Glass Bridge (Yuntiandu)");
    expect(enLd.geo).toEqual({ "@type": "GeoCoordinates", latitude: 29.3987, longitude: 110.6982 });
  });
});
