import { test, expect, placeMarkers, unlocatedMarker, waitForMap, refuseChunks, SEARCH_CODE } from "./support/fixtures";
import { dbPlaceCount, dbRedPlaceSlugs } from "./support/db";
import { apiSpots } from "./support/spots";

test.describe("browse and filter", () => {
  test("red tourism switch: map and list keep only red sites; the URL carries it; reload and back/forward restore it", async ({ page, request }) => {
    const red = await dbRedPlaceSlugs();
    expect(red).toEqual([
      "village-zhumugang",
      "yuan-renyuan-former-residence",
      "zhumugang-reception-conference-centre",
      "zhumugang-red-culture-landscape",
      "zhumugang-specialty-products-hall",
    ]);
    // markers only for red sites with a known spot; the others are counted by the "位置待定" marker
    const { located, unlocated } = await apiSpots(request);
    const redDrawn = red.filter((s) => located.includes(s)).length;
    const redGathered = `位置待定 ${red.filter((s) => unlocated.includes(s)).length}`;
    await page.goto("/");
    await waitForMap(page);
    const markers = placeMarkers(page);
    const items = page.locator("#place-list li");
    await expect(markers).toHaveCount(located.length);
    await expect(unlocatedMarker(page)).toContainText(`位置待定 ${unlocated.length}`);

    const redSwitch = page.getByRole("switch", { name: /只看红色旅游/ });
    await expect(redSwitch).toContainText(`(${red.length})`);
    await redSwitch.click();
    await expect(redSwitch).toHaveAttribute("aria-checked", "true");
    await expect(page).toHaveURL(/\?red=1$/);
    await expect(markers).toHaveCount(redDrawn);
    await expect(unlocatedMarker(page)).toContainText(redGathered);
    await expect(items).toHaveCount(red.length);
    const listed = await page.locator("#place-list a").evaluateAll((as) => as.map((a) => a.getAttribute("data-slug")).sort());
    expect(listed).toEqual(red);
    await expect(page.getByRole("status").filter({ hasText: "显示" })).toHaveText(/显示 5 \/ 33 处地点/);

    // a facet value with no result shows 0 and is disabled
    const lodging = page.getByRole("checkbox", { name: /酒店民宿/ });
    await expect(lodging).toBeDisabled();
    await expect(page.locator("label.facet", { has: lodging })).toContainText("0");

    await page.reload();
    await waitForMap(page);
    await expect(page.getByRole("switch", { name: /只看红色旅游/ })).toHaveAttribute("aria-checked", "true");
    await expect(markers).toHaveCount(redDrawn);

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(items).toHaveCount(await dbPlaceCount());
    await expect(markers).toHaveCount(located.length);
    await page.goForward();
    await expect(items).toHaveCount(red.length);
    await expect(markers).toHaveCount(redDrawn);
    await expect(unlocatedMarker(page)).toContainText(redGathered);
  });

  test("search finds places by pinyin initials, Chinese, English and full pinyin", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "搜索地点" });
    const names = page.locator("#place-list .place-list__name");

    await box.fill("zmg");
    await expect(page).toHaveURL(/q=zmg/);
    await expect(names.first()).toHaveText("株木岗村");
    await expect(names).toContainText(["株木岗村", "袁任远故居"]);
    for (const text of await names.allTextContents()) expect(text).toMatch(/株木岗|袁任远/);

    await box.fill("株木");
    await expect(names.first()).toHaveText("株木岗村");
    await expect(page.locator("#place-list li")).toHaveCount(5);

    await box.fill("yuan renyuan");
    await expect(names.first()).toHaveText("袁任远故居");

    await box.fill("glass bridge");
    await expect(names.first()).toHaveText("张家界大峡谷玻璃桥（云天渡）");

    await box.fill("jiuge shangui");
    await expect(names.first()).toHaveText("九歌山鬼");

    await box.fill("xyzxyzq");
    await expect(page.getByText("没有符合条件的地点。")).toBeVisible();
    await expect(placeMarkers(page)).toHaveCount(0);
    await page.locator("#place-list").getByRole("button", { name: "清除筛选" }).click();
    await expect(box).toHaveValue("");
    await expect(page.locator("#place-list li")).toHaveCount(await dbPlaceCount());
  });

  test("the search's code is not in the first view: a link's search text is answered by the server, and a search whose code does not load says so, with a retry", async ({ page }) => {
    const search = await refuseChunks(page, SEARCH_CODE);
    await page.goto("/");
    await waitForMap(page);
    // nothing asked for the search's code: it loads on the visitor's intent
    expect(search.refused()).toBe(0);
    const names = page.locator("#place-list .place-list__name");
    const box = page.getByRole("searchbox", { name: "搜索地点" });
    await box.fill("zmg");
    const failed = page.getByRole("alert").filter({ hasText: "搜索功能未能加载，可能是网络不稳；请重试，或改用筛选。" });
    await expect(failed).toBeVisible();
    expect(search.refused()).toBeGreaterThan(0);
    // the list does not pretend: it waits for the search rather than list places the text does not match
    await expect(page.locator("#place-list p[aria-busy]")).toHaveText("正在加载…");
    await expect(names).toHaveCount(0);
    search.allow();
    await failed.getByRole("button", { name: "重试" }).click();
    await expect(failed).toBeHidden();
    await expect(names.first()).toHaveText("株木岗村");

    // A link with search text: its list is the server's answer, in the HTML and after hydration, even
    // while the search's code cannot load.
    const other = await page.context().newPage();
    const refusedOnLink = await refuseChunks(other, SEARCH_CODE);
    const html = await (await other.request.get("/?q=zmg")).text();
    expect(html).toContain("袁任远故居");
    await other.goto("/?q=zmg");
    await waitForMap(other);
    const linked = other.locator("#place-list .place-list__name");
    await expect(linked.first()).toHaveText("株木岗村");
    await expect(linked).toContainText(["株木岗村", "袁任远故居"]);
    expect(refusedOnLink.refused()).toBeGreaterThan(0);
    await expect(other.getByRole("alert").filter({ hasText: "搜索功能未能加载" })).toHaveCount(0);
    await other.close();
  });

  test("a search writes the address after a pause, not per keystroke; a step taken before the pause keeps the search for back", async ({ page }) => {
    // Every history write that carries a search, counted in the page.
    await page.addInitScript(() => {
      const w = window as unknown as { __searchWrites: string[] };
      w.__searchWrites = [];
      for (const name of ["pushState", "replaceState"] as const) {
        const original = window.history[name].bind(window.history);
        window.history[name] = (state: unknown, unused: string, url?: string | URL | null) => {
          if (url && String(url).includes("q=")) w.__searchWrites.push(`${name} ${String(url)}`);
          return original(state, unused, url);
        };
      }
    });
    await page.goto("/");
    await waitForMap(page);
    const box = page.getByRole("searchbox", { name: "搜索地点" });
    const names = page.locator("#place-list .place-list__name");
    // Nine keystrokes' input events in one go (typed by the test runner they can reach a busy test
    // machine 300 ms apart, and such a pause writes by design): one address is written, the whole
    // word, as a replacement (it was nine before). Next's router repeats each write with its own
    // state: addresses are counted, not calls.
    await page.evaluate((word) => {
      const input = document.querySelector<HTMLInputElement>('.filters input[type="search"]')!;
      for (let i = 1; i <= word.length; i++) {
        // through the prototype's setter (React tracks the element's own), as typing does
        Reflect.set(HTMLInputElement.prototype, "value", word.slice(0, i), input);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }, "zhumugang");
    await expect(box).toHaveValue("zhumugang");
    await expect(names.first()).toHaveText("株木岗村");
    await expect(page).toHaveURL(/\?q=zhumugang$/);
    const writes = [...new Set(await page.evaluate(() => (window as unknown as { __searchWrites: string[] }).__searchWrites))];
    expect(writes).toEqual(["replaceState /?q=zhumugang"]);

    // A search typed and a place opened at once: the search is written to its step before the
    // place's step, so back returns to the search.
    await box.fill("袁任远");
    await page.locator("#place-list").getByRole("link", { name: /袁任远故居/ }).click();
    await expect(page).toHaveURL(/\/places\/yuan-renyuan-former-residence\?q=/);
    await page.goBack();
    await expect(page).toHaveURL(/\/\?q=%E8%A2%81%E4%BB%BB%E8%BF%9C$/);
    await expect(box).toHaveValue("袁任远");
  });

  test("a search keystroke shows in the box at once; the list says it is busy until the places follow, after that frame", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    // The focus reaching the box loads the search's code, as a visitor's tap on it does (with the
    // panel's and the plan's: the first script to come may be theirs, so the search's is found by
    // its content). Before it has come and run, a keystroke rightly shows 正在加载… instead.
    const searchChunk = page.waitForResponse(
      async (r) =>
        r.request().resourceType() === "script" &&
        r.url().includes("/_next/static/chunks/") &&
        (await r.text().catch(() => "")).includes(SEARCH_CODE), // a body the browser no longer holds: not the search's
    );
    await page.getByRole("searchbox", { name: "搜索地点" }).focus();
    const searchUrl = (await searchChunk).url();
    // it has reached the page (its resource timing entry), and run: two frames later
    await page.waitForFunction((url) => performance.getEntriesByName(url).length > 0, searchUrl);
    await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const seen = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('.filters input[type="search"]')!;
      const list = document.querySelector("#place-list")!;
      const firstName = () => list.querySelector(".place-list__name")?.textContent ?? null;
      const before = firstName();
      Reflect.set(HTMLInputElement.prototype, "value", "yuan renyuan", input); // the prototype's setter, as above
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const atOnce = { box: input.value, busy: list.getAttribute("aria-busy"), first: firstName() };
      // then, frame by frame until the list is no longer busy (how soon depends on the machine's
      // load, so no fixed wait): while it says it is busy it still shows the places it had
      const whileBusy = new Set<string | null>();
      const until = performance.now() + 5000;
      while (list.getAttribute("aria-busy") === "true" && performance.now() < until) {
        whileBusy.add(firstName());
        await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      }
      return { before, atOnce, whileBusy: [...whileBusy], after: { busy: list.getAttribute("aria-busy"), first: firstName() } };
    });
    expect(seen.atOnce).toEqual({ box: "yuan renyuan", busy: "true", first: seen.before });
    expect(seen.whileBusy).toEqual([seen.before]);
    expect(seen.after).toEqual({ busy: null, first: "袁任远故居" });
  });

  test("clicking a legend entry filters to that kind; clicking again shows all", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    const camp = page.getByRole("button", { name: /营地/ }).filter({ has: page.locator(".kind-camp") });
    await camp.click();
    await expect(page).toHaveURL(/kind=camp/);
    await expect(camp).toHaveAttribute("aria-pressed", "true");
    // the one camp has no known spot: no place marker, and the "位置待定" marker counts it
    await expect(placeMarkers(page)).toHaveCount(0);
    await expect(unlocatedMarker(page)).toContainText("位置待定 1");
    await expect(page.locator("#place-list .place-list__name")).toHaveText(["悬崖花开房车营地"]);
    await camp.click();
    await expect(placeMarkers(page)).toHaveCount((await apiSpots(page.request)).located.length);
  });

  test("a shared link with filters, search, place and map view reopens exactly that view", async ({ page }) => {
    await page.goto("/places/jiuge-shangui?kind=performance,scenic&q=luotan&c=29.42,110.61,13");
    await waitForMap(page);
    await expect(page.getByRole("complementary").getByRole("heading", { level: 2 })).toHaveText("九歌山鬼");
    // only the filtered places are on the map, the map opens at the linked centre; neither has a
    // known spot (罗潭村 has no point), so the "位置待定" marker counts both and is marked selected
    await expect(placeMarkers(page)).toHaveCount(0);
    await expect(unlocatedMarker(page)).toContainText("位置待定 2");
    await expect(unlocatedMarker(page)).toHaveClass(/is-selected/);
    // the list behind the panel holds the filtered places
    await page.getByRole("button", { name: "关闭详情" }).click();
    await expect(page.getByRole("checkbox", { name: /演艺·夜游/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /景区景点/ })).toBeChecked();
    await expect(page.getByRole("searchbox", { name: "搜索地点" })).toHaveValue("luotan");
    await expect(page.locator("#place-list .place-list__name")).toHaveText(["罗潭村采摘园", "九歌山鬼"]); // name match ranks above village match
    // canonical order of kinds
    await expect(page).toHaveURL(/\/\?kind=scenic,performance&q=luotan&c=29\.42,110\.61,13$/);
  });

  test("panning the map writes the centre and zoom into the URL, and a reload keeps them", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect(page).toHaveURL(/c=\d+\.\d+,\d+\.\d+,\d+/);
    const url = page.url();
    const c = new URL(url).searchParams.get("c");
    await page.reload();
    await waitForMap(page);
    await expect(page).toHaveURL(url);
    const zoom = Number(c?.split(",")[2]);
    expect(zoom).toBeGreaterThanOrEqual(9);
  });

  test("bad view parameters give a sane view with a clear note, never an error", async ({ page, request }) => {
    const q = "x".repeat(10_000);
    const bad = `/?kind=castle,red&village=nowhere&status=sleeping&c=1e400,abc,99&red=maybe&q=${encodeURIComponent(q)}`;
    const res = await request.get(bad);
    expect(res.status()).toBe(200);
    // Far longer addresses are refused by the HTTP server itself with 431, a 4xx, not an error page.
    const huge = await request.get(`/?q=${encodeURIComponent("株".repeat(5000))}`);
    expect(huge.status()).toBe(431);
    // the notice is in the server HTML, its button disabled until the page has hydrated (a press
    // before then did nothing); Playwright's click below waits for it to be enabled
    const html = await (await request.get("/?kind=castle&village=nowhere&c=95,500,99")).text();
    expect(html).toMatch(/<button type="button" class="button" disabled="">知道了<\/button>/);
    await page.goto("/?kind=castle&village=nowhere&c=95,500,99");
    await expect(page.getByRole("status").filter({ hasText: "无法识别" })).toContainText("castle");
    await expect(page.locator("#place-list li")).toHaveCount(await dbPlaceCount());
    await page.getByRole("button", { name: "知道了" }).click();
    await expect(page.getByText("无法识别")).toHaveCount(0);

    for (const path of ["/?q=%E0%A4%A", "/?c=29.4,110.6,1000000", "/?kind=" + "x,".repeat(2000), "/places/jiuge-shangui?status=%ZZ"]) {
      const r = await request.get(path);
      expect(r.status(), path).toBe(200);
    }
  });
});
