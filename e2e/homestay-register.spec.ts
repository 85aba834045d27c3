import QRCode from "qrcode";
import { expect, test } from "./support/fixtures";
import { createPlaceThroughStaffRoute, origin, signIn, staffAccount } from "./support/staff";
import { insertLodging, pdfPages, villageNumbers, type TestLodging } from "./support/homestay-db";
import { XSS_PAYLOADS } from "./support/xss-payloads";

// Journey 4 (统一编号并挂牌): a homestay gets its register number on /staff/homestays and prints a
// one-page A5 plaque; its village prints all its plaques in one document, one A5 page each; the
// public page shows the number. Then the plaque with hostile names (journey 5's payloads), saved
// through the staff form and its route.
// The seed's lodgings have no village, so the homestays are inserted into the database (see
// e2e/support/homestay-db.ts) until this journey creates them with the staff form.

const SITE_URL = process.env.SITE_URL ?? "http://localhost:3000"; // the e2e server's (unset: the default)
const A5_PT: [number, number] = [419.53, 595.28]; // 148 × 210 mm

function expectA5(size: [number, number] | undefined) {
  expect(size).toBeDefined();
  expect(Math.abs(size![0] - A5_PT[0])).toBeLessThan(1.5);
  expect(Math.abs(size![1] - A5_PT[1])).toBeLessThan(1.5);
}

test.describe("homestay register", () => {
  test("a homestay gets its number, prints a one-page A5 plaque, and its village prints all its plaques", async ({ page, baseURL, browser }) => {
    // One long journey (a number, three printed documents, two languages): 21–36 s on an idle
    // machine, 44–50 s on a loaded one (a CI run beside a build), past the default 45 s.
    test.slow();
    const run = `${process.pid}-${Date.now().toString(36)}`;
    const village = "hujiaping"; // 胡家坪村, 430821211225: no other test numbers homestays here
    const withEn: TestLodging = { slug: `e2e-homestay-${run}-a`, nameZh: `测试民宿甲${run}`, nameEn: `Test Homestay A ${run}`, village };
    const noEn: TestLodging = { slug: `e2e-homestay-${run}-b`, nameZh: `测试民宿乙${run}`, nameEn: null, village };
    await insertLodging(withEn);
    await insertLodging(noEn);

    await signIn(page, staffAccount("homestay", "editor"), baseURL);
    await page.goto("/staff/homestays");
    await expect(page.getByRole("heading", { level: 1, name: "民宿登记（统一编号并挂牌）" })).toBeVisible();
    const region = page.getByRole("region", { name: "胡家坪村" });
    const rowA = region.getByRole("row", { name: withEn.nameZh });
    await expect(rowA.getByRole("cell").first()).toHaveText("尚未编号");
    await rowA.getByRole("button", { name: "发放编号" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已发放编号" })).toHaveText(/^已发放编号 430821211225-\d{3}。$/);
    const numberA = (await rowA.getByRole("cell").first().textContent()) ?? "";
    expect(numberA).toMatch(/^430821211225-\d{3}$/);
    await region.getByRole("row", { name: noEn.nameZh }).getByRole("button", { name: "发放编号" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已发放编号" })).toHaveText(/^已发放编号 430821211225-\d{3}。$/);
    const numberB = (await region.getByRole("row", { name: noEn.nameZh }).getByRole("cell").first().textContent()) ?? "";
    expect(Number(numberB.slice(-3))).toBe(Number(numberA.slice(-3)) + 1);

    // The plaque: number, names, village, QR of the public page's SITE_URL address.
    await rowA.getByRole("link", { name: "牌匾" }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/homestays/${withEn.slug}/plaque$`));
    const plaque = page.locator(`[data-plaque="${numberA}"]`);
    await expect(plaque).toContainText(numberA);
    await expect(plaque).toContainText(withEn.nameZh);
    await expect(plaque).toContainText(withEn.nameEn!);
    await expect(plaque).toContainText("胡家坪村");
    await expect(plaque).toContainText("Hujiaping");
    const publicUrl = `${SITE_URL}/places/${withEn.slug}`;
    await expect(plaque.getByTestId("plaque-url")).toHaveText(publicUrl);
    const qr = plaque.getByRole("img");
    await expect(qr).toHaveAttribute("alt", `QR code linking to ${publicUrl}`);
    // The data behind the QR code: the same SVG the qrcode package makes of that URL (no Host in it).
    const svg = await QRCode.toString(publicUrl, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
    expect(await qr.getAttribute("src")).toBe(`data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`);
    await expect(page.getByRole("button", { name: "打印" })).toBeVisible();

    const one = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(one.count).toBe(1);
    expectA5(one.sizes[0]);

    // No English name: the plaque says so and invents none.
    await page.goto(`/en/staff/homestays/${noEn.slug}/plaque`);
    await expect(page.locator(`[data-plaque="${numberB}"]`)).toContainText("No English name yet");
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true })).count).toBe(1);

    // The village's sheet: one A5 page per numbered homestay of the village.
    await page.goto("/staff/homestays");
    await page.getByRole("link", { name: "打印胡家坪村全部牌匾" }).click();
    await expect(page).toHaveURL(/\/staff\/homestays\/village\/hujiaping\/plaques$/);
    const numbers = await villageNumbers(village);
    expect(numbers).toEqual(expect.arrayContaining([numberA, numberB]));
    await expect(page.locator("[data-plaque]")).toHaveCount(numbers.length);
    const sheet = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(sheet.count).toBe(numbers.length);
    expect(sheet.sizes).toHaveLength(numbers.length);
    for (const size of sheet.sizes) expectA5(size);

    // The public page, its panel and the API show the number.
    await page.goto(`/places/${withEn.slug}`);
    const panel = page.locator(".place-panel");
    await expect(panel.getByText("登记编号")).toBeVisible();
    await expect(panel.getByText(numberA, { exact: true })).toBeVisible();
    await page.goto(`/en/places/${withEn.slug}`);
    await expect(page.locator(".place-panel").getByText("Register no.")).toBeVisible();
    await expect(page.locator(".place-panel").getByText(numberA, { exact: true })).toBeVisible();
    const feature = (await (await page.request.get(`/api/places/${withEn.slug}`)).json()) as { properties: { homestayNumber: string | null } };
    expect(feature.properties.homestayNumber).toBe(numberA);

    // A second number for the same homestay is refused; signed out, plaques and issuing are closed.
    const again = await page.request.post(`/api/staff/homestays/${withEn.slug}/number`, { headers: { Origin: origin(baseURL) } });
    expect(again.status()).toBe(409);
    const anonymous = await browser.newContext({ baseURL });
    try {
      const plaquePage = await anonymous.request.get(`/staff/homestays/${withEn.slug}/plaque`, { maxRedirects: 0 });
      expect(plaquePage.status()).toBe(307);
      expect(plaquePage.headers()["location"]).toContain(`/staff/login?next=${encodeURIComponent(`/staff/homestays/${withEn.slug}/plaque`)}`);
      const sheetPage = await anonymous.request.get("/staff/homestays/village/hujiaping/plaques", { maxRedirects: 0 });
      expect(sheetPage.status()).toBe(307);
      const issue = await anonymous.request.post(`/api/staff/homestays/${noEn.slug}/number`, { headers: { Origin: origin(baseURL) } });
      expect(issue.status()).toBe(401);
    } finally {
      await anonymous.close();
    }
  });

  test("hostile names saved through the staff form render inert on plaques, one A5 page each; a right-to-left override is refused", async ({ page, baseURL }) => {
    test.slow(); // one long journey too: every payload through the form, then its plaques (24–36 s idle, 44–48 s loaded)
    const run = `${process.pid}-${Date.now().toString(36)}`;
    const village = "jiehe"; // 界河村, 430821211226
    await signIn(page, staffAccount("homestay-xss", "editor"), baseURL);

    // The first through the form a person fills in (a homestay is numbered when it is created).
    const first = { slug: `e2e-xss-${run}-a`, nameZh: XSS_PAYLOADS.imgOnerror, nameEn: XSS_PAYLOADS.scriptTag, village };
    await page.goto("/staff/places/new");
    await page.getByLabel("网址名（slug）").fill(first.slug);
    await page.getByLabel("中文名称").fill(first.nameZh);
    await page.getByLabel("英文名称").fill(first.nameEn);
    await page.getByLabel("拼音", { exact: true }).fill("minsu");
    await page.getByLabel("所在村").selectOption(village);
    await page.getByLabel("一句话简介（中文）").fill(XSS_PAYLOADS.scriptTag);
    await page.getByLabel("介绍（中文）").fill(XSS_PAYLOADS.tenKilobytes);
    await page.getByLabel("位置说明（中文）").fill(XSS_PAYLOADS.quoteBreakout);
    await page.getByRole("button", { name: "创建地点" }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/places/${first.slug}$`));
    await expect(page.getByText(/^已分配民宿编号 430821211226-\d{3}。$/)).toBeVisible();

    // The rest through the same write the form makes (POST /api/staff/places, checked the same way).
    const create = (slug: string, nameZh: string, nameEn: string | null) => createPlaceThroughStaffRoute(page, baseURL, slug, { nameZh, nameEn, village });
    const refused = await create(`e2e-xss-${run}-rtl`, XSS_PAYLOADS.rightToLeftOverride, null);
    expect(refused.status()).toBe(400);
    expect(((await refused.json()) as { error: { codes: Record<string, string> } }).error.codes).toEqual({ nameZh: "bidi" });
    expect((await page.request.get(`/api/places/e2e-xss-${run}-rtl`)).status()).toBe(404);
    const viaApi = [
      { slug: `e2e-xss-${run}-b`, nameZh: XSS_PAYLOADS.svgOnload, nameEn: XSS_PAYLOADS.quoteBreakout, village },
      { slug: `e2e-xss-${run}-c`, nameZh: "长".repeat(80), nameEn: XSS_PAYLOADS.javascriptUrl, village },
    ];
    for (const l of viaApi) {
      const made = await create(l.slug, l.nameZh, l.nameEn);
      expect(made.status(), await made.text()).toBe(200);
    }
    // Text written around the forms (older data, a direct import) is inert on a plaque too, its
    // right-to-left override kept inside the name (<bdi>).
    const imported: TestLodging = { slug: `e2e-xss-${run}-d`, nameZh: XSS_PAYLOADS.rightToLeftOverride, nameEn: XSS_PAYLOADS.longString, village };
    await insertLodging(imported);
    const issued = await page.request.post(`/api/staff/homestays/${imported.slug}/number`, { headers: { Origin: origin(baseURL) } });
    expect(issued.status(), await issued.text()).toBe(200);
    const lodgings = [first, ...viaApi, imported];

    const inert = async () => {
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      // The only images are the QR codes (data: URLs); no payload became an element or a link.
      const imgs = await page.locator("img").evaluateAll((els) => els.map((e) => e.getAttribute("src") ?? ""));
      for (const src of imgs) expect(src).toMatch(/^data:image\/svg\+xml;base64,/);
      await expect(page.locator("[data-plaque] svg, [onerror], [onload], a[href^='javascript:']")).toHaveCount(0);
    };

    await page.goto("/staff/homestays");
    await expect(page.locator(`#homestay-${lodgings[0]!.slug}`).getByRole("rowheader")).toHaveText(XSS_PAYLOADS.imgOnerror);
    await inert();

    for (const l of lodgings) {
      await page.goto(`/staff/homestays/${l.slug}/plaque`);
      const plaque = page.locator("[data-plaque]");
      await expect(plaque).toHaveCount(1);
      await expect(plaque.locator("img")).toHaveCount(1);
      await inert();
      expect(pdfPages(await page.pdf({ preferCSSPageSize: true })).count).toBe(1);
    }
    await expect(page.locator("[data-plaque] bdi").first()).toHaveText(XSS_PAYLOADS.rightToLeftOverride);

    await page.goto(`/staff/homestays/${viaApi[1]!.slug}/plaque`);
    await expect(page.locator("[data-plaque]")).toContainText(XSS_PAYLOADS.javascriptUrl);

    await page.goto(`/staff/homestays/${lodgings[0]!.slug}/plaque`);
    await expect(page.locator("[data-plaque]")).toContainText(XSS_PAYLOADS.imgOnerror);
    await expect(page.locator("[data-plaque]")).toContainText(XSS_PAYLOADS.scriptTag);

    await page.goto(`/staff/homestays/village/${village}/plaques`);
    const numbers = await villageNumbers(village);
    await expect(page.locator("[data-plaque]")).toHaveCount(numbers.length);
    await inert();
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true })).count).toBe(numbers.length);
  });
});
