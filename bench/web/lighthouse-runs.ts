// Lighthouse 12 (its default config: the mobile preset, simulated slow 4G and 4× CPU) on one URL in
// a fresh headless Chromium, reduced to the figures the budgets speak of.
import { launch } from "chrome-launcher";
import type { Result } from "lighthouse";
import { CHROMIUM_FLAGS, findChromium } from "../../scripts/find-chromium";

export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  /** Transferred bytes of every script the page loaded (gzip as served). */
  scriptBytes: number;
  /** The LCP element, as Lighthouse describes it (a selector or snippet), for the report. */
  lcpElement: string;
  /** Audits of the four categories that did not pass, e.g. "errors-in-console". */
  failedAudits: string[];
};

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

function score(lhr: Result, id: (typeof CATEGORIES)[number]): number {
  return Math.round((lhr.categories[id]?.score ?? 0) * 100);
}

function numeric(lhr: Result, audit: string): number {
  return lhr.audits[audit]?.numericValue ?? Number.NaN;
}

function scriptBytes(lhr: Result): number {
  const details = lhr.audits["network-requests"]?.details;
  if (!details || details.type !== "table") return Number.NaN;
  let total = 0;
  for (const item of details.items) {
    if (item.resourceType === "Script" && typeof item.transferSize === "number") total += item.transferSize;
  }
  return total;
}

function lcpElement(lhr: Result): string {
  const details = lhr.audits["largest-contentful-paint-element"]?.details;
  if (!details || details.type !== "list") return "?";
  const table = details.items[0];
  if (!table || table.type !== "table") return "?";
  const node = table.items[0]?.node;
  return node && typeof node === "object" && "selector" in node && typeof node.selector === "string" ? node.selector : "?";
}

function failedAudits(lhr: Result): string[] {
  const failed: string[] = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) failed.push(`${id}/${ref.id}`);
    }
  }
  return failed;
}

/** One Lighthouse run of `url` in a new browser (empty cache and profile). */
export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error("No Chromium found: set CHROMIUM_PATH or install Debian's chromium.");
  // lighthouse is an ES module; a dynamic import works from this CommonJS-compiled file.
  const { default: lighthouse } = await import("lighthouse");
  const chrome = await launch({
    chromePath,
    chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    return {
      performance: score(lhr, "performance"),
      accessibility: score(lhr, "accessibility"),
      bestPractices: score(lhr, "best-practices"),
      seo: score(lhr, "seo"),
      lcpMs: numeric(lhr, "largest-contentful-paint"),
      tbtMs: numeric(lhr, "total-blocking-time"),
      scriptBytes: scriptBytes(lhr),
      lcpElement: lcpElement(lhr),
      failedAudits: failedAudits(lhr),
    };
  } finally {
    chrome.kill();
  }
}
