import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext } from "@playwright/test";
import { expect, test, waitForMap } from "./support/fixtures";
import { createPlaceThroughStaffRoute, origin, signIn, staffAccount } from "./support/staff";
import { HOSTILE_URLS, XSS_PAYLOADS } from "./support/xss-payloads";
import { pdfPages } from "./support/homestay-db";
import { encodePlan } from "../lib/domain/plan/plan-codec";
import { emptyPlan } from "../lib/domain/plan/edit-plan";
import { toWgs84 } from "../lib/domain/staff/typed-coordinates";
import { apiPlace, type ApiPlace } from "./support/api-place";

// Staff editing journeys (issue 9): 1. move a place by "I am here" with a survey source, see it
// public within 5 s, then restore from the history; 2. two browsers edit one place: the second
// save is refused with both versions shown and nothing lost; 5. stored XSS through the form; and
// removing a wrong citation (refused for the last source), seen on the public page, then restored;
// citing a text seen only in a republished copy (no URL, marked).

/** A second browser context that, like the fixture's, never reaches the network. */
async function isolatedContext(context: BrowserContext): Promise<BrowserContext> {
  const browser = context.browser();
  if (!browser) throw new Error("no browser");
  const other = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  await other.route((url) => url.hostname !== "127.0.0.1" && url.hostname !== "localhost", (route) => route.abort("internetdisconnected"));
  return other;
}

test.describe("staff editing", () => {
  // Long journeys through a production build on a small machine.
  test.describe.configure({ timeout: 120_000 });

  test("journey 1: I am here with a survey → public within 5 s → history → restore", async ({ page, context, baseURL }) => {
    const slug = "village-daquan";
    const account = staffAccount("edit1", "editor");
    await signIn(page, account, baseURL);
    const before = await apiPlace(page, slug);
    await context.grantPermissions(["geolocation"], { origin: origin(baseURL) });
    await context.setGeolocation({ latitude: 29.4405, longitude: 110.6321, accuracy: 12 });

    await page.goto(`/staff/places/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("编辑：大泉村");
    await page.getByRole("button", { name: "我在这里" }).click();
    await expect(page.getByText("设备报告的精度：约 12 米")).toBeVisible();
    await expect(page.getByLabel("纬度", { exact: true })).toHaveValue("29.4405");
    await expect(page.getByLabel("经度", { exact: true })).toHaveValue("110.6321");
    await expect(page.getByLabel("位置精度")).toHaveValue("exact");
    await expect(page.getByLabel("误差半径（米）")).toHaveValue("12");
    // "I am here" proposes an on-site survey by the signed-in member as the source.
    await expect(page.getByLabel("实地核查（本人）")).toBeChecked();
    await expect(page.getByText(`由 ${account.name} 实地核查`)).toBeVisible();
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText(/^已保存（版本 \d+）。$/)).toBeVisible();

    // The API and the public panel show the new point and precision within 5 s.
    await expect
      .poll(async () => {
        const f = await apiPlace(page, slug);
        return [f.geometry?.coordinates ?? null, f.properties.precision, f.properties.precisionRadiusM];
      }, { timeout: 5_000 })
      .toEqual([[110.6321, 29.4405], "exact", 12]);
    await page.goto(`/places/${slug}`);
    const panel = page.getByRole("complementary");
    await expect(panel.locator(".precision")).toContainText("精确位置");
    await expect(panel).toContainText("29.4405, 110.6321");
    await expect(panel).toContainText(`${account.name} 于`);

    // History: who, which fields old → new, the survey; restore the state before the move.
    await page.goto(`/staff/places/${slug}/history`);
    const entry = page.getByRole("main").getByRole("listitem").filter({ hasText: account.name }).first();
    await expect(entry.getByRole("heading")).toContainText(`修改 · 版本`);
    await expect(entry.getByRole("row", { name: /纬度/ })).toContainText("29.4405");
    await expect(entry).toContainText(`来源: ${account.name} 于`);
    await entry.getByRole("button", { name: /恢复到此修改之前的状态/ }).click();
    await expect(page.getByRole("main").getByRole("listitem").first().getByRole("heading")).toContainText("恢复 ·");
    await expect(page.getByRole("main").getByRole("listitem").first()).toContainText(/恢复到版本 \d+ 之前的状态/);

    await expect
      .poll(async () => {
        const f = await apiPlace(page, slug);
        return [f.geometry?.coordinates ?? null, f.properties.precision];
      }, { timeout: 5_000 })
      .toEqual([before.geometry?.coordinates ?? null, before.properties.precision]);
    await page.goto(`/places/${slug}`);
    await expect(page.getByRole("complementary").locator(".precision")).not.toContainText("精确位置");
  });

  test("a wrong citation is removed in the form, leaves the public page at once, and a restore brings it back", async ({ page, baseURL }) => {
    const slug = "village-miaoling";
    const title = "慈利县三官寺土家族乡：“三增三促三聚焦”助力乡村振兴出实效";
    const account = staffAccount("cite1", "editor");
    await signIn(page, account, baseURL);
    const publicSources = async () => {
      await page.goto(`/places/${slug}`);
      return page.getByRole("complementary").locator("ol.sources > li");
    };
    await expect(await publicSources()).toHaveCount(2);
    await expect(await publicSources()).toContainText([title]);

    await page.goto(`/staff/places/${slug}`);
    const cited = page.getByRole("group", { name: "该地点列出的来源" });
    await expect(cited.getByRole("link", { name: title })).toHaveAttribute("href", "https://www.hxw.gov.cn/content/2022/06/30/13822606.html");
    // The last remaining source cannot go: ticking both is refused, with the reason, and nothing is saved.
    await cited.getByRole("checkbox", { name: `移除此出处：${title}` }).check();
    await cited.getByRole("checkbox", { name: /^移除此出处：AdministrativeDivisionCn/ }).check();
    await page.getByRole("button", { name: "保存" }).click();
    await expect(cited.getByRole("alert")).toHaveText("不能移除：这是该地点的最后一条来源。请先添加另一个来源。");
    await cited.getByRole("checkbox", { name: /^移除此出处：AdministrativeDivisionCn/ }).uncheck();
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText(/^已保存（版本 \d+）。$/)).toBeVisible();
    await expect(cited.getByRole("link", { name: title })).toHaveCount(0);

    // The public page and the API drop it within 5 s.
    await expect
      .poll(async () => {
        const res = await page.request.get(`/api/places/${slug}`);
        return ((await res.json()) as ApiPlace).properties.sources;
      }, { timeout: 5_000 })
      .toEqual([expect.objectContaining({ key: "liyanjie2048-2021-village-codes" })]);
    await expect(await publicSources()).toHaveCount(1);
    await expect(page.getByRole("complementary")).not.toContainText(title);

    // The history records it; restoring brings the citation back to the public page.
    await page.goto(`/staff/places/${slug}/history`);
    const entry = page.getByRole("main").getByRole("listitem").filter({ hasText: account.name }).first();
    await expect(entry.getByRole("row", { name: /所列来源/ })).toContainText("hxw-2022-article");
    await entry.getByRole("button", { name: /恢复到此修改之前的状态/ }).click();
    await expect(page.getByRole("main").getByRole("listitem").first().getByRole("heading")).toContainText("恢复 ·");
    await expect
      .poll(async () => (await publicSources()).count(), { timeout: 5_000 })
      .toBe(2);
    await expect(page.getByRole("complementary")).toContainText(title);
  });

  test("a text seen only in a republished copy is cited without a URL, marked in the staff lists, the public page and the API", async ({ page, baseURL }) => {
    const slug = "village-xinmin";
    const title = `新民村的一篇转载文章 ${Date.now()}`;
    const account = staffAccount("copy1", "editor");
    await signIn(page, account, baseURL);
    await page.goto(`/staff/places/${slug}`);
    const description = page.getByLabel("介绍（英文）");
    await description.fill(`${await description.inputValue()} (checked ${Date.now()})`);
    await page.getByRole("radio", { name: "新的出版物/网页" }).check();
    await page.getByLabel("标题", { exact: true }).fill(title);
    const unknownPage = page.getByRole("checkbox", { name: "原文网址未知（只见到转载）：不填网址" });
    await unknownPage.check();
    // no URL can be typed once the mark is ticked (a copy's address is never kept)
    await expect(page.getByLabel("网址（http 或 https）")).toHaveCount(0);
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText(/^已保存（版本 \d+）。$/)).toBeVisible();
    // the form lists a newly cited source once it is loaded again
    await page.reload();
    const cited = page.getByRole("group", { name: "该地点列出的来源" }).getByRole("listitem").filter({ hasText: title });
    await expect(cited).toContainText("原文网址未知（只见到转载）");
    await expect(cited.getByRole("link")).toHaveCount(0);

    await expect
      .poll(async () => ((await apiPlace(page, slug)).properties.sources as { title: string }[]).filter((s) => s.title === title), { timeout: 5_000 })
      .toEqual([expect.objectContaining({ url: null, publisher: null, publisherPageUnknown: true, confidence: "medium" })]);
    await page.goto(`/places/${slug}`);
    const publicCitation = page.getByRole("complementary").locator("ol.sources > li").filter({ hasText: title });
    await expect(publicCitation).toContainText("原文网址未知（只见到转载）");
    await expect(publicCitation.getByRole("link")).toHaveCount(0);
    await page.goto(`/en/places/${slug}`);
    await expect(page.getByRole("complementary").locator("ol.sources > li").filter({ hasText: title })).toContainText(
      "publisher's page not known (seen only in a republished copy)",
    );
  });

  test("journey 2: two browsers edit one place; the second save is refused with both versions and nothing is lost", async ({ page, context, baseURL }) => {
    const slug = "village-fengping";
    const alice = staffAccount("edit2a", "editor");
    const bob = staffAccount("edit2b", "editor");
    await signIn(page, alice, baseURL);
    const other = await isolatedContext(context);
    const bobPage = await other.newPage();
    const bobErrors: Error[] = [];
    bobPage.on("pageerror", (err) => bobErrors.push(err));
    await signIn(bobPage, bob, baseURL);

    await page.goto(`/staff/places/${slug}`);
    await bobPage.goto(`/staff/places/${slug}`);
    const original = await page.getByLabel("一句话简介（中文）").inputValue();
    const run = Date.now().toString(36);
    const aliceText = `Alice 改的简介 ${run}`;
    const bobText = `Bob 改的简介 ${run}`;
    const bobName = `Fengping (Bob ${run})`;

    await page.getByLabel("一句话简介（中文）").fill(aliceText);
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText(/^已保存（版本 \d+）。$/)).toBeVisible();

    await bobPage.getByLabel("一句话简介（中文）").fill(bobText);
    await bobPage.getByLabel("英文名称").fill(bobName);
    await bobPage.getByRole("button", { name: "保存" }).click();
    const conflict = bobPage.getByRole("alert").filter({ has: bobPage.getByRole("heading", { name: "其他人已修改了此地点" }) });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText(`${alice.name} 于`);
    await expect(conflict.getByTestId("mine-summaryZh")).toHaveText(bobText);
    await expect(conflict.getByTestId("theirs-summaryZh")).toHaveText(aliceText);
    // Bob's input is still in the form; Alice's save was not overwritten.
    await expect(bobPage.getByLabel("一句话简介（中文）")).toHaveValue(bobText);
    await expect(bobPage.getByLabel("英文名称")).toHaveValue(bobName);
    expect((await apiPlace(page, slug)).properties.summaryZh).toBe(aliceText);
    expect(original).not.toBe(aliceText);

    // Re-applying keeps Bob's fields on top of Alice's version; the save then succeeds.
    await conflict.getByRole("button", { name: "以当前版本为基础，重新应用我的修改" }).click();
    await expect(bobPage.getByLabel("一句话简介（中文）")).toHaveValue(bobText);
    await bobPage.getByRole("button", { name: "保存" }).click();
    await expect(bobPage.getByText(/^已保存（版本 \d+）。$/)).toBeVisible();
    await expect.poll(async () => (await apiPlace(page, slug)).properties.nameEn, { timeout: 5_000 }).toBe(bobName);

    await page.goto(`/staff/places/${slug}/history`);
    const items = page.getByRole("main").getByRole("listitem");
    await expect(items.filter({ hasText: bob.name }).first()).toContainText(bobText);
    await expect(items.filter({ hasText: alice.name }).first()).toContainText(aliceText);
    // Leave the place as this run found it: restore the state before Alice's change (a new revision).
    await items.filter({ hasText: alice.name }).first().getByRole("button", { name: /恢复到此修改之前的状态/ }).click();
    await expect(items.first().getByRole("heading")).toContainText("恢复 ·");
    expect((await apiPlace(page, slug)).properties.summaryZh).toBe(original);
    await other.close();
    expect(bobErrors).toEqual([]);
  });

  test("journey 5: hostile text saved through the form renders inert in the page, panel, API, GPX and ICS", async ({ page, baseURL }) => {
    const slug = "village-yunshan";
    await signIn(page, staffAccount("xss", "editor"), baseURL);
    const found = (await apiPlace(page, slug)).properties;
    await page.goto(`/staff/places/${slug}`);
    await page.getByLabel("中文名称").fill(XSS_PAYLOADS.imgOnerror);
    await page.getByLabel("英文名称").fill(XSS_PAYLOADS.quoteBreakout);
    await page.getByLabel("一句话简介（中文）").fill(XSS_PAYLOADS.scriptTag);
    // A right-to-left override is refused on its field (it would reorder the text after it wherever the
    // text is shown inline); the 10 kB UTF-8 text that fits the limit is saved and shown as it is.
    await page.getByLabel("介绍（中文）").fill(`${XSS_PAYLOADS.svgOnload} ${XSS_PAYLOADS.rightToLeftOverride}`);
    // A radius unique to this run: the save is a change of location (it needs the hostile source) even when rerun.
    const radius = String(3000 + (Date.now() % 1000));
    await page.getByLabel("状态说明（中文）").fill(XSS_PAYLOADS.rightToLeftOverride);
    await page.getByLabel("位置说明（中文）").fill(XSS_PAYLOADS.javascriptUrl);
    // The 10 kB string is refused with a clear error on its field; nothing is saved.
    await page.getByLabel("介绍（英文）").fill(XSS_PAYLOADS.longString);
    // A point, so the place is a located stop of a plan (its name goes into the GPX export).
    await page.getByLabel("位置精度").selectOption("approximate");
    await page.getByLabel("纬度", { exact: true }).fill("29.4312");
    await page.getByLabel("经度", { exact: true }).fill("110.6523");
    await page.getByLabel("误差半径（米）").fill(radius);
    await page.getByLabel("新的出版物/网页").check();
    await page.getByLabel("标题").fill(XSS_PAYLOADS.imgOnerror);
    await page.getByLabel("发布者").fill(XSS_PAYLOADS.scriptTag);
    for (const url of HOSTILE_URLS) {
      await page.getByLabel("网址（http 或 https）").fill(url);
      await page.getByRole("button", { name: "保存" }).click();
      await expect(page.getByText("网址须以 http:// 或 https:// 开头。")).toBeVisible();
      await expect(page.getByText("最多 5000 个字符。")).toBeVisible();
      await expect(page.getByText(/^含有改变文字方向的不可见控制字符/)).toHaveCount(2);
    }
    await page.getByLabel("介绍（中文）").fill(`${XSS_PAYLOADS.svgOnload} ${XSS_PAYLOADS.tenKilobytes}`);
    await page.getByLabel("状态说明（中文）").fill(XSS_PAYLOADS.quoteBreakout);
    await page.getByLabel("介绍（英文）").fill(XSS_PAYLOADS.quoteBreakout);
    await page.getByLabel("网址（http 或 https）").fill("https://www.cili.gov.cn/");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText(/^已保存（版本 \d+）。$/)).toBeVisible();

    // The API returns the text exactly, as JSON (never HTML).
    const res = await page.request.get(`/api/places/${slug}`);
    expect(res.headers()["content-type"]).toMatch(/^application\/geo\+json/);
    const props = ((await res.json()) as ApiPlace).properties;
    expect(props.nameZh).toBe(XSS_PAYLOADS.imgOnerror);
    expect(props.summaryZh).toBe(XSS_PAYLOADS.scriptTag);
    expect(props.locationNoteZh).toBe(XSS_PAYLOADS.javascriptUrl);
    expect(props.statusNoteZh).toBe(XSS_PAYLOADS.quoteBreakout);

    // The public page (its panel) shows the text as text; no script ran, no javascript: link exists.
    await page.goto(`/places/${slug}`);
    const panel = page.getByRole("complementary");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText(XSS_PAYLOADS.imgOnerror);
    await expect(panel).toContainText(XSS_PAYLOADS.svgOnload);
    await expect(panel).toContainText(XSS_PAYLOADS.tenKilobytes);
    expect(await panel.textContent()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/); // the override was refused, never stored
    await expect(panel).toContainText(XSS_PAYLOADS.javascriptUrl);
    const sourceLinks = panel.getByRole("link", { name: XSS_PAYLOADS.imgOnerror });
    await expect(sourceLinks.first()).toBeVisible();
    expect(new Set(await sourceLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href"))))).toEqual(new Set(["https://www.cili.gov.cn/"]));
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await panel.locator("[onerror], [onload], script").count()).toBe(0);

    // The plan's exports escape it.
    const code = encodePlan({ ...emptyPlan("2026-10-01"), stops: [slug, "township-government"] });
    await page.goto(`/?plan=${code}`);
    await waitForMap(page); // hydrated: the export buttons work
    await expect(page.locator(`.plan-stop[data-slug="${slug}"]`)).toContainText(XSS_PAYLOADS.imgOnerror);
    const [gpxDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /GPX/ }).click()]);
    const gpx = readFileSync((await gpxDownload.path()) ?? "", "utf8");
    expect(gpx).toContain("&lt;img src=x onerror=");
    expect(gpx).not.toContain("<img");
    const [icsDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /日历/ }).click()]);
    const ics = readFileSync((await icsDownload.path()) ?? "", "utf8");
    expect(ics).toContain("onerror");
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(2);
    // Every line is a property or a folded continuation: the text cannot start a property of its own.
    expect(ics.split(/\r?\n/).filter((line) => line !== "" && !/^([A-Z-]+[:;]| )/.test(line))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

    // The history shows the payloads as text too; restoring puts the place back as this run found it.
    await page.goto(`/staff/places/${slug}/history`);
    const mine = page.getByRole("main").getByRole("listitem").first();
    await expect(mine.getByRole("row", { name: /误差半径/ })).toContainText(radius);
    await expect(page.locator("main")).toContainText(XSS_PAYLOADS.imgOnerror);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('main a[href^="javascript:" i], main [onerror], main [onload]').count()).toBe(0);
    await mine.getByRole("button", { name: /恢复到此修改之前的状态/ }).click();
    await expect(page.getByRole("main").getByRole("listitem").first().getByRole("heading")).toContainText("恢复 ·");
    const restored = (await apiPlace(page, slug)).properties;
    expect([restored.nameZh, restored.precisionRadiusM, restored.summaryZh]).toEqual([found.nameZh, found.precisionRadiusM, found.summaryZh]);
  });

  // Creates a place, so the public count is 34 for a few seconds until it is archived again: the
  // place-count checks of other specs read this run's database too (see the report to the lead).
  test("a homestay is created (server pinyin, GCJ-02 typed point, survey), numbered, archived out of every public view, and back", async ({ page, baseURL }) => {
    await signIn(page, staffAccount("create", "editor"), baseURL);
    const slug = `homestay-${Date.now().toString(36)}`;
    await page.goto("/en/staff/places/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("New place");
    await page.getByLabel("URL name (slug)").fill(slug);
    await page.getByLabel("Name in Chinese").fill("三官寺村");
    await page.getByRole("button", { name: "Suggest pinyin from the Chinese name" }).click();
    await expect(page.getByLabel("Pinyin")).toHaveValue("Sānguānsì Cūn");
    await page.getByLabel("Name in Chinese").fill("罗潭测试民宿");
    await page.getByLabel("Name in English").fill("Luotan Test Homestay");
    await page.getByLabel("Village").selectOption("luotan");
    await page.getByLabel("Status", { exact: true }).selectOption("open");
    await page.getByLabel("One-line summary (Chinese)").fill("测试民宿");
    await page.getByLabel("Description (Chinese)").fill("测试");
    await page.getByLabel("Location note (Chinese)").fill("民宿门口");
    // Coordinates copied from Amap are GCJ-02: converted to WGS-84 before they reach the form.
    await page.getByLabel("Latitude, Longitude").fill("29.4170, 110.6150");
    await page.getByLabel("Datum").selectOption("gcj02");
    await page.getByRole("button", { name: "Use the typed coordinates" }).click();
    const wgs = toWgs84({ lat: 29.417, lng: 110.615 }, "gcj02");
    expect(wgs.lat).not.toBeCloseTo(29.417, 3);
    await expect(page.getByLabel("Latitude", { exact: true })).toHaveValue(String(wgs.lat));
    await expect(page.getByLabel("Longitude", { exact: true })).toHaveValue(String(wgs.lng));
    await page.getByLabel("Location precision").selectOption("approximate");
    await page.getByLabel("Error radius (m)").fill("100");
    await page.getByRole("button", { name: "Create the place" }).click();
    // A status and a point need their source: the error says so in English.
    await expect(page.getByRole("alert").filter({ hasText: "A change of location or status must name its source." })).toBeVisible();
    await page.getByLabel("An on-site survey (by me)").check();
    await page.getByRole("button", { name: "Create the place" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/staff/places/${slug}$`));
    await expect(page.getByText(/^Homestay number 430821\d{6}-\d{3} issued\.$/)).toBeVisible();
    const created = await page.request.get(`/api/places/${slug}`);
    expect(created.status()).toBe(200);
    const createdFeature = (await created.json()) as ApiPlace;
    expect(createdFeature.geometry?.coordinates).toEqual([wgs.lng, wgs.lat]);

    // Journey 4 goes on: the new homestay's plaque prints on exactly one A5 page, with its number.
    const number = String(createdFeature.properties.homestayNumber);
    expect(number).toMatch(/^430821\d{6}-\d{3}$/);
    await page.goto(`/en/staff/homestays/${slug}/plaque`);
    await expect(page.locator(`[data-plaque="${number}"]`)).toContainText("Luotan Test Homestay");
    const plaque = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(plaque.count).toBe(1);
    const [width, height] = plaque.sizes[0] ?? [0, 0];
    expect(Math.abs(width - 419.53)).toBeLessThan(1.5);
    expect(Math.abs(height - 595.28)).toBeLessThan(1.5);
    await page.goto(`/en/staff/places/${slug}`);

    // Archive (the button asks first): gone from the API, the list and the sitemap; the old link says so.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Archive (remove from the public pages)" }).click();
    await expect(page.getByText("This place is archived: it is not on the public map, list, API or sitemap.")).toBeVisible();
    const gone = await page.request.get(`/api/places/${slug}`);
    expect(gone.status()).toBe(410);
    expect(((await gone.json()) as { error: { code: string } }).error.code).toBe("place_archived");
    const all = (await (await page.request.get("/api/places")).json()) as { features: { id: string }[] };
    expect(all.features.map((f) => f.id)).not.toContain(slug);
    expect(await (await page.request.get("/sitemap.xml")).text()).not.toContain(`/places/${slug}`);
    const old = await page.goto(`/en/places/${slug}`);
    expect(old?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("“Luotan Test Homestay” has been removed from the guide");

    // Unarchive brings it back; a stale archive request is refused; it ends archived again.
    await page.goto(`/en/staff/places/${slug}`);
    await page.getByRole("button", { name: "Unarchive" }).click();
    await expect(page.getByRole("button", { name: "Archive (remove from the public pages)" })).toBeVisible();
    expect((await page.request.get(`/api/places/${slug}`)).status()).toBe(200);
    const headers = { Origin: origin(baseURL) };
    const stale = await page.request.post(`/api/staff/places/${slug}/archive`, { headers, data: { baseVersion: 1, archived: true } });
    expect(stale.status()).toBe(409);
    const archived = await page.request.post(`/api/staff/places/${slug}/archive`, { headers, data: { baseVersion: 3, archived: true } });
    expect(archived.status()).toBe(200);
    await page.goto(`/en/staff/places/${slug}/history`);
    await expect(page.getByRole("main").getByRole("listitem").getByRole("heading")).toHaveText([/^Archived · Version 4/, /^Unarchived · Version 3/, /^Archived · Version 2/, /^Created · Version 1/]);
  });
  // Creates a place for a few seconds (archived at the end), like the homestay test above.
  test("a place known only to be in its village sits at the village's point, marked village-level, on the map and in the panel", async ({ page, baseURL }) => {
    await signIn(page, staffAccount("village-level", "editor"), baseURL);
    const slug = `village-level-${Date.now().toString(36)}`;
    const nameZh = `村级测试民宿${Date.now().toString(36)}`;
    const made = await createPlaceThroughStaffRoute(
      page,
      baseURL,
      slug,
      { nameZh, pinyin: "cunji ceshi minsu", village: "sanguansi", summaryZh: "端到端测试：只知在三官寺村", precision: "village", radiusM: 3000, locationNoteZh: "只知在三官寺村" },
      { type: "survey", surveyedOn: "2026-11-29" },
    );
    expect(made.status(), await made.text()).toBe(200);
    try {
      const village = (await apiPlace(page, "village-sanguansi")).geometry!.coordinates;
      await page.goto(`/places/${slug}`);
      const panel = page.getByRole("complementary");
      await expect(panel.getByRole("heading", { level: 2 })).toHaveText(nameZh);
      await expect(panel.locator('[data-spot="village"]')).toHaveText("地图上显示在三官寺村的位置：只知它在该村内。");
      await expect(panel).toContainText(`坐标（WGS-84）: ${village[1].toFixed(4)}, ${village[0].toFixed(4)} (仅知所在村)`);
      await waitForMap(page);
      const marker = page.getByRole("button", { name: `${nameZh}（酒店民宿） · 村级位置` });
      await expect(marker).toBeVisible();
      await expect(marker.locator(".place-marker__badge")).toHaveText("村");
      // Beside the village's own marker: markers sharing a point are fanned out a few hundred metres
      // (lib/domain/spread-colocated.ts), far less than the 5.6 km to the Grand Canyon.
      const centre = async (name: string) => {
        const box = await page.getByRole("button", { name, exact: true }).boundingBox();
        return { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
      };
      const [mine, seat, canyon] = [await centre(`${nameZh}（酒店民宿） · 村级位置`), await centre("三官寺村（行政村）"), await centre("张家界大峡谷（景区景点）")];
      expect(Math.hypot(mine.x - seat.x, mine.y - seat.y)).toBeLessThan(Math.hypot(canyon.x - seat.x, canyon.y - seat.y) / 4);
    } finally {
      const archived = await page.request.post(`/api/staff/places/${slug}/archive`, { headers: { Origin: origin(baseURL) }, data: { baseVersion: 1, archived: true } });
      expect(archived.status()).toBe(200);
    }
  });
  for (const path of ["/staff/places/township-government", "/en/staff/places/township-government/history", "/en/staff/places/new"]) {
    test(`axe: ${path} has no violations`, async ({ page, baseURL }) => {
      await signIn(page, staffAccount("axe", "editor"), baseURL);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
