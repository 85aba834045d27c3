// The browser side of the 10,000-place budgets: Chromium (Playwright) with the CPU throttled
// (CDP Emulation.setCPUThrottlingRate), tiles answered with the e2e blank tile, nothing else
// leaves the machine. Times are taken inside the page (performance.now, requestAnimationFrame).
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_FLAGS, findChromium } from "../../scripts/find-chromium";
import { median, percentile } from "./stats";

const BLANK_TILE = readFileSync(path.join(__dirname, "..", "..", "e2e", "support", "blank-tile.png"));

export type FilterTiming = { what: string; ms: number; firstFrameMs: number };

export type BrowserFigures = {
  firstRender: number[];
  firstPaint: number[];
  htmlBytes: number;
  htmlTransferBytes: number;
  markersAtStart: number;
  /** Each filter action: `ms` to the frame that shows its result (list and map), `firstFrameMs` to the frame after it. */
  filter: FilterTiming[];
  gestures: { what: string; worstFrameMs: number }[];
  /** "List 100 more" by keyboard: items before and after, and whether the focus landed on the first new one. */
  listMore: { before: number; after: number; focusOnFirstNew: boolean };
};

async function openPage(browser: Browser, url: string, throttle: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
  // tsx (esbuild, keepNames) wraps named functions in `__name(fn, "name")`; the functions this file
  // hands to page.evaluate carry that call into the page, where no such helper exists.
  await context.addInitScript({ content: "globalThis.__name = globalThis.__name || ((fn) => fn);" });
  await context.route(
    (u) => u.hostname !== "127.0.0.1" && u.hostname !== "localhost",
    async (route) => {
      if (/\/\d+\/\d+\/\d+\.(png|jpg|jpeg|webp)(\?|$)/.test(route.request().url())) await route.fulfill({ status: 200, contentType: "image/png", body: BLANK_TILE });
      else await route.abort("internetdisconnected");
    },
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  return page;
}

/** navigation start → the list's first item and the map's first marker (a place or a cluster) present in a frame. */
async function firstRender(page: Page, url: string): Promise<{ ms: number; fcp: number; html: number; transfer: number; markers: number }> {
  await page.goto(url, { waitUntil: "commit", timeout: 300_000 });
  const handle = await page.waitForFunction(
    () => (document.querySelector(".leaflet-marker-icon") && document.querySelector("#place-list li") ? performance.now() : null),
    undefined,
    { polling: "raf", timeout: 300_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  const info = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
    return { fcp, html: nav?.decodedBodySize ?? 0, transfer: nav?.transferSize ?? 0, markers: document.querySelectorAll(".leaflet-marker-icon").length };
  });
  return { ms, ...info };
}

/** Installs the in-page helpers: time an action to the frame after its update, and record frame gaps. */
async function installProbes(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    // The list says it is busy (aria-busy) while it follows a search typed (use-guide-url.ts applies
    // it after the next paint); the result is shown in the frame after the list stops being busy
    // and the map's effects have run.
    const listBusy = () => document.querySelector("#place-list")?.hasAttribute("aria-busy") ?? false;
    const listSettled = () =>
      new Promise<void>((resolve) => {
        const list = document.querySelector("#place-list");
        if (!list || !listBusy()) return resolve();
        const watch = new MutationObserver(() => {
          if (listBusy()) return;
          watch.disconnect();
          resolve();
        });
        watch.observe(list, { attributes: true, attributeFilter: ["aria-busy"] });
      });
    w.__timeAction = async (act: () => void) => {
      const t0 = performance.now();
      act();
      // the first frame after the action starts (what it changed at once is painted in it)
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const firstFrameMs = performance.now() - t0;
      if (!listBusy()) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        return { ms: performance.now() - t0, firstFrameMs };
      }
      await listSettled();
      await new Promise((resolve) => setTimeout(resolve, 0)); // the commit's effects: the map fits and draws
      await nextPaint();
      return { ms: performance.now() - t0, firstFrameMs };
    };
    let frames: number[] = [];
    let recording = false;
    let last = 0;
    const tick = (t: number) => {
      if (!recording) return;
      frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    w.__startFrames = () => {
      frames = [];
      recording = true;
      last = performance.now();
      requestAnimationFrame(tick);
    };
    w.__stopFrames = () => {
      recording = false;
      return frames;
    };
  });
}

/** Types `text` into the search box one keystroke at a time; each keystroke is timed. */
async function timeSearch(page: Page, text: string): Promise<FilterTiming[]> {
  const out: FilterTiming[] = [];
  // "" clears the box (one action)
  for (const value of text === "" ? [""] : Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1))) {
    const timing = await page.evaluate(async (v) => {
      const input = document.querySelector<HTMLInputElement>('.filters input[type="search"]');
      if (!input) throw new Error("no search box");
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
      const timeAction = (window as unknown as { __timeAction: (act: () => void) => Promise<{ ms: number; firstFrameMs: number }> }).__timeAction;
      return timeAction(() => {
        setter?.call(input, v);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      });
    }, value);
    out.push({ what: `search "${value}"`, ...timing });
  }
  return out;
}

async function timeClick(page: Page, selector: string, what: string): Promise<FilterTiming> {
  const timing = await page.evaluate(async (sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`nothing matches ${sel}`);
    const timeAction = (window as unknown as { __timeAction: (act: () => void) => Promise<{ ms: number; firstFrameMs: number }> }).__timeAction;
    return timeAction(() => el.click());
  }, selector);
  return { what, ...timing };
}

async function gesture(page: Page, what: string, act: () => Promise<void>): Promise<{ what: string; worstFrameMs: number }> {
  await page.evaluate(() => (window as unknown as { __startFrames: () => void }).__startFrames());
  await act();
  await page.waitForTimeout(900); // the move ends, markers are redrawn
  const frames = await page.evaluate(() => (window as unknown as { __stopFrames: () => number[] }).__stopFrames());
  return { what, worstFrameMs: Math.max(...frames) };
}

export async function runBrowser({ base, throttle, runs }: { base: string; throttle: number; runs: number }): Promise<BrowserFigures> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: set CHROMIUM_PATH or install Debian's chromium (/usr/bin/chromium).");
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
  try {
    const url = `${base}/`;
    // one unmeasured load: the server's caches and the browser's code cache start warm for every run
    const warm = await openPage(browser, url, throttle);
    await firstRender(warm, url);
    await warm.context().close();

    const firstRenders: number[] = [];
    const firstPaints: number[] = [];
    let htmlBytes = 0;
    let htmlTransferBytes = 0;
    let markersAtStart = 0;
    let page: Page | null = null;
    for (let i = 0; i < runs; i++) {
      const p = await openPage(browser, url, throttle);
      const r = await firstRender(p, url);
      firstRenders.push(r.ms);
      firstPaints.push(r.fcp);
      htmlBytes = r.html;
      htmlTransferBytes = r.transfer;
      markersAtStart = r.markers;
      if (i === runs - 1) page = p;
      else await p.context().close();
    }
    if (!page) throw new Error("no run");

    await page.waitForTimeout(2000); // let the first view's idle work finish
    await installProbes(page);
    const filter: FilterTiming[] = [];
    filter.push(...(await timeSearch(page, "xiang")));
    filter.push(...(await timeSearch(page, "")));
    filter.push(...(await timeSearch(page, "民宿")));
    filter.push(...(await timeSearch(page, "")));
    filter.push(...(await timeSearch(page, "zmg")));
    filter.push(...(await timeSearch(page, "")));
    for (const kind of ["lodging", "camp", "lodging", "camp"]) filter.push(await timeClick(page, `.filters input[name="kind"][value="${kind}"]`, `kind ${kind}`));
    filter.push(await timeClick(page, ".filters .red-switch", "red switch"));
    filter.push(await timeClick(page, ".filters .red-switch", "red switch off"));
    for (const status of ["open", "planned", "open", "planned"]) filter.push(await timeClick(page, `.filters input[name="status"][value="${status}"]`, `status ${status}`));

    // every filter is off again: the list shows its first page; Enter on "List 100 more" lists the
    // next hundred and moves the focus to the first of them (keyboard reach of every place)
    const items = page.locator("#place-list li");
    const before = await items.count();
    const more = page.locator(".place-list__more a");
    await more.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => document.querySelectorAll("#place-list li").length > n, before, { timeout: 120_000 });
    const after = await items.count();
    const expected = await items.nth(before).locator("a.place-list__link").getAttribute("data-slug");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-slug") ?? null);
    const listMore = { before, after, focusOnFirstNew: expected !== null && focused === expected };

    const box = await page.locator(".leaflet-container").boundingBox();
    if (!box) throw new Error("no map");
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const pan = (dx: number, dy: number) => async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let s = 1; s <= 8; s++) await page.mouse.move(cx + (dx * s) / 8, cy + (dy * s) / 8);
      await page.mouse.up();
    };
    const zoom = (dir: "in" | "out") => async () => {
      await page.locator(`.leaflet-control-zoom-${dir}`).click();
    };
    const gestures: { what: string; worstFrameMs: number }[] = [];
    const plan: [string, () => Promise<void>][] = [
      ["zoom in", zoom("in")], ["zoom in", zoom("in")],
      ["pan east", pan(-300, 0)], ["pan south", pan(0, -200)], ["pan west", pan(300, 0)], ["pan north", pan(0, 200)],
      ["zoom in", zoom("in")], ["zoom in", zoom("in")],
      ["pan east", pan(-300, 0)], ["pan south", pan(0, -200)], ["pan west", pan(300, 0)], ["pan north", pan(0, 200)],
      ["zoom out", zoom("out")], ["zoom out", zoom("out")],
      ["pan east", pan(-300, 0)], ["pan south", pan(0, -200)], ["pan west", pan(300, 0)], ["pan north", pan(0, 200)],
      ["zoom out", zoom("out")], ["zoom out", zoom("out")],
    ];
    for (const [what, act] of plan) gestures.push(await gesture(page, what, act));
    await page.context().close();
    return { firstRender: firstRenders, firstPaint: firstPaints, htmlBytes, htmlTransferBytes, markersAtStart, filter, gestures, listMore };
  } finally {
    await browser.close();
  }
}

export { median, percentile };
