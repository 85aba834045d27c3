// Web benchmark: `npm run bench:web` against a RUNNING production server (it builds nothing).
//
//   1. builds the floor page (plain HTML + Leaflet) from the server's own /api/places and serves it,
//      gzipped, from a plain Node server (bench/web/floor-server.ts); and starts the bare Next
//      reference (the same places on a bare Next 16 page with a lazily loaded react-leaflet map,
//      bench/web/next-reference.ts, built once in a scratch folder), to show what the fixed stack
//      itself costs on this machine;
//   2. runs Lighthouse (mobile preset) LIGHTHOUSE_RUNS times on `/`, a place page, `/red`, a shared
//      plan, the bare Next reference and the floor, alternating pages so that machine noise falls on
//      all of them alike;
//   3. runs autocannon on `/`, a place page, `/api/places` and `/api/places/[slug]`, and on the
//      references: the floor's copy of the /api/places bytes, the same bytes from a bare Next route
//      handler (the reference's /api/places) and the app's own `/robots.txt`;
//   4. prints every figure with its references and budget (bench/web-budgets.ts), says which missed
//      budgets the bare Next reference misses too, and exits 1 when a budget is missed.
//
// Environment: BENCH_URL (default http://127.0.0.1:3000), BENCH_FLOOR_PORT (default 3099),
// BENCH_REFERENCE_PORT (the bare Next reference, default 3098). Start
// the guide with TILE_URL=http://127.0.0.1:3099/tiles/{z}/{x}/{y}.png so that both pages get
// their tiles from the floor server's blank tile, as the e2e tests do; other tile servers are
// unreachable here.
//
// A partial run, for checking one change quickly (its verdict covers only what it measured):
// BENCH_PAGES=/,place (Lighthouse on these guide pages only, names as in the report: /, place,
// /red, "shared plan"; the floor and the bare Next reference always run), BENCH_RUNS=3 (Lighthouse
// runs per page instead of LIGHTHOUSE_RUNS), BENCH_LOAD=0 (no autocannon).
import * as budget from "./web-budgets";
import { startFloorServer } from "./web/floor-server";
import { startNextReference, type NextReference } from "./web/next-reference";
import { runLighthouse, type LighthouseFigures } from "./web/lighthouse-runs";
import { runLoad, type LoadFigures } from "./web/load-runs";
import { BASE, fetchOk, PLACE_SLUG } from "./web/targets";
import { emptyPlan, addStop } from "../lib/domain/plan/edit-plan";
import { encodePlan } from "../lib/domain/plan/plan-codec";

const FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? 3099);
const REFERENCE_PORT = Number(process.env.BENCH_REFERENCE_PORT ?? 3098);
/** The bare Next reference's name in the report. */
const BARE = "bare Next";
const RUNS = Number(process.env.BENCH_RUNS ?? budget.LIGHTHOUSE_RUNS);
const ONLY_PAGES = process.env.BENCH_PAGES ? new Set(process.env.BENCH_PAGES.split(",").map((name) => name.trim())) : null;
const WITH_LOAD = process.env.BENCH_LOAD !== "0";
const PARTIAL = RUNS !== budget.LIGHTHOUSE_RUNS || ONLY_PAGES !== null || !WITH_LOAD;
const PLAN_STOPS = ["township-government", "yuan-renyuan-former-residence", "jiuge-shangui", "zhangjiajie-grand-canyon-glass-bridge"];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * One line of the report. `bareOk`: whether the bare Next reference meets the same budget in this run
 * (null where the budget is not one a page can be held to, or was not measured on it).
 */
type Row = { what: string; value: string; reference: string; budget: string; ok: boolean | null; bareOk: boolean | null };
const rows: Row[] = [];
function check(what: string, value: string, reference: string, limit: string, ok: boolean | null, bareOk: boolean | null = null) {
  rows.push({ what, value, reference, budget: limit, ok, bareOk });
}

async function main() {
  const health = JSON.parse(await fetchOk(`${BASE}/api/health`)) as { ok?: boolean };
  if (health.ok !== true) throw new Error(`${BASE}/api/health does not report ok`);
  const apiBody = await fetchOk(`${BASE}/api/places`);
  const plan = PLAN_STOPS.reduce(addStop, emptyPlan("2026-12-05"));
  const allPages = {
    "/": `${BASE}/`,
    place: `${BASE}/places/${PLACE_SLUG}`,
    "/red": `${BASE}/red`,
    "shared plan": `${BASE}/plan?plan=${encodePlan(plan)}`,
  } as const;
  for (const url of Object.values(allPages)) await fetchOk(url); // warm the server before measuring
  const pages = Object.fromEntries(Object.entries(allPages).filter(([name]) => ONLY_PAGES === null || ONLY_PAGES.has(name)));

  const floor = await startFloorServer(apiBody, FLOOR_PORT);
  const home = await fetchOk(allPages["/"]);
  if (!home.includes(floor.tileUrl)) {
    console.warn(`Note: the guide does not use the floor's tiles. For comparable figures start it with TILE_URL=${floor.tileUrl}`);
  }
  let bare: NextReference | null = null;
  try {
    bare = await startNextReference(BASE, floor.tileUrl, REFERENCE_PORT);
    // 2. Lighthouse, alternating pages.
    const targets: [string, string][] = [...Object.entries(pages), [BARE, `${bare.origin}/`], ["floor", floor.origin + floor.pagePath]];
    const lighthouseErrors: string[] = [];
    const runs = new Map<string, LighthouseFigures[]>(targets.map(([name]) => [name, []]));
    for (let round = 1; round <= RUNS; round++) {
      for (const [name, url] of targets) {
        try {
          const figures = await runLighthouse(url);
          runs.get(name)?.push(figures);
          console.log(`lighthouse ${round}/${RUNS} ${name}: perf ${figures.performance}, LCP ${figures.lcpMs.toFixed(0)} ms, TBT ${figures.tbtMs.toFixed(0)} ms`);
        } catch (err) {
          // A page that fails to load is a finding, not a reason to throw the other runs away.
          const message = err instanceof Error ? err.message : String(err);
          lighthouseErrors.push(`${name} (run ${round}): ${message}`);
          console.log(`lighthouse ${round}/${RUNS} ${name}: FAILED ${message}`);
        }
      }
    }
    check("Lighthouse runs that failed to load", String(lighthouseErrors.length), lighthouseErrors.join("; "), "0", lighthouseErrors.length === 0);
    const med = (name: string, pick: (f: LighthouseFigures) => number) => median((runs.get(name) ?? []).map(pick));
    const floorLcp = med("floor", (f) => f.lcpMs);
    // The bare Next reference against the same budgets (what the stack itself reaches here).
    const barePerf = med(BARE, (f) => f.performance);
    const bareLcp = med(BARE, (f) => f.lcpMs);
    const bareTbt = med(BARE, (f) => f.tbtMs);
    console.log(`  ${BARE}: performance ${barePerf}, LCP ${bareLcp.toFixed(0)} ms (${(bareLcp / floorLcp).toFixed(2)}× the floor), TBT ${bareTbt.toFixed(0)} ms, script ${(med(BARE, (f) => f.scriptBytes) / 1000).toFixed(1)} kB`);
    for (const name of Object.keys(pages)) {
      const perf = med(name, (f) => f.performance);
      check(`${name}: performance`, String(perf), `floor ${med("floor", (f) => f.performance)} · ${BARE} ${barePerf}`, `≥ ${budget.MIN_PERFORMANCE}`, perf >= budget.MIN_PERFORMANCE, barePerf >= budget.MIN_PERFORMANCE);
      const lcp = med(name, (f) => f.lcpMs);
      const lcpRatio = lcp / floorLcp;
      const lcpIsBudgeted = name === "/";
      check(
        `${name}: LCP`,
        `${lcp.toFixed(0)} ms (${lcpRatio.toFixed(2)}×)`,
        `floor ${floorLcp.toFixed(0)} · ${BARE} ${bareLcp.toFixed(0)} ms`,
        lcpIsBudgeted ? `≤ ${budget.MAX_LCP_RATIO_TO_FLOOR}×` : "-",
        lcpIsBudgeted ? lcpRatio <= budget.MAX_LCP_RATIO_TO_FLOOR : null,
        lcpIsBudgeted ? bareLcp / floorLcp <= budget.MAX_LCP_RATIO_TO_FLOOR : null,
      );
      const tbt = med(name, (f) => f.tbtMs);
      check(`${name}: TBT`, `${tbt.toFixed(0)} ms`, `floor ${med("floor", (f) => f.tbtMs).toFixed(0)} · ${BARE} ${bareTbt.toFixed(0)} ms`, `≤ ${budget.MAX_TBT_MS} ms`, tbt <= budget.MAX_TBT_MS, bareTbt <= budget.MAX_TBT_MS);
      for (const [label, pick, min] of [
        ["accessibility", (f: LighthouseFigures) => f.accessibility, budget.MIN_ACCESSIBILITY],
        ["best practices", (f: LighthouseFigures) => f.bestPractices, budget.MIN_BEST_PRACTICES],
        ["SEO", (f: LighthouseFigures) => f.seo, budget.MIN_SEO],
      ] as const) {
        const value = med(name, pick);
        // A shared plan is noindex on purpose (visitors' plans are not pages for search engines),
        // which Lighthouse's SEO category counts against it: reported, not budgeted.
        const budgeted = !(label === "SEO" && name === "shared plan");
        check(`${name}: ${label}`, String(value), "", budgeted ? `≥ ${min}` : "- (noindex)", budgeted ? value >= min : null);
      }
      const failed = [...new Set((runs.get(name) ?? []).flatMap((f) => f.failedAudits))];
      if (failed.length > 0) console.log(`  ${name}: audits below 0.9 in some run: ${failed.join(", ")}`);
      console.log(`  ${name}: LCP element ${(runs.get(name) ?? [])[0]?.lcpElement ?? "?"}`);
    }
    const js = med("/", (f) => f.scriptBytes);
    const bareJs = med(BARE, (f) => f.scriptBytes);
    if ("/" in pages) {
      check(
        "/: first-load JS (gzip)",
        `${(js / 1000).toFixed(1)} kB (${(js / bareJs).toFixed(2)}× ${BARE})`,
        `floor ${(med("floor", (f) => f.scriptBytes) / 1000).toFixed(1)} · ${BARE} ${(bareJs / 1000).toFixed(1)} kB`,
        `≤ ${budget.MAX_FIRST_LOAD_JS_BYTES / 1000} kB`,
        js <= budget.MAX_FIRST_LOAD_JS_BYTES,
        bareJs <= budget.MAX_FIRST_LOAD_JS_BYTES,
      );
    }

    // 3. Load, one URL after another.
    if (WITH_LOAD) {
      const load = { connections: budget.LOAD_CONNECTIONS, durationS: budget.LOAD_SECONDS };
      const loads = new Map<string, LoadFigures>();
      for (const [name, url] of [
        ["floor file", floor.origin + floor.apiPath],
        [`${BARE} /api/places`, `${bare.origin}/api/places`],
        ["/robots.txt", `${BASE}/robots.txt`],
        ["/api/places", `${BASE}/api/places`],
        [`/api/places/${PLACE_SLUG}`, `${BASE}/api/places/${PLACE_SLUG}`],
        ["/", allPages["/"]],
        ["place", allPages.place],
      ] as const) {
        const figures = await runLoad(url, load);
        loads.set(name, figures);
        console.log(`load ${name}: ${figures.requestsPerSecond.toFixed(0)} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, ${figures.errors} errors, ${(figures.bytesPerRequest / 1000).toFixed(1)} kB`);
      }
      const rps = (name: string) => loads.get(name)?.requestsPerSecond ?? 0;
      const api = rps("/api/places") / rps("floor file");
      const bareApi = rps(`${BARE} /api/places`) / rps("floor file");
      check(
        "/api/places: req/s",
        `${rps("/api/places").toFixed(0)} (${api.toFixed(2)}×)`,
        `file ${rps("floor file").toFixed(0)} · ${BARE} ${rps(`${BARE} /api/places`).toFixed(0)} (${bareApi.toFixed(2)}×)`,
        `≥ ${budget.MIN_API_RATIO_TO_FILE}×`,
        api >= budget.MIN_API_RATIO_TO_FILE,
        bareApi >= budget.MIN_API_RATIO_TO_FILE,
      );
      const homeRatio = rps("/") / rps("/robots.txt");
      check("/: req/s", `${rps("/").toFixed(0)} (${homeRatio.toFixed(2)}×)`, `robots.txt ${rps("/robots.txt").toFixed(0)}`, `≥ ${budget.MIN_HOME_RATIO_TO_ROBOTS}×`, homeRatio >= budget.MIN_HOME_RATIO_TO_ROBOTS);
      for (const [name, figures] of loads) {
        if (name.startsWith(BARE)) continue; // a reference, not the guide
        check(`${name}: errors under load`, String(figures.errors), "", "0", figures.errors === 0);
      }
    }
  } finally {
    await bare?.close();
    await floor.close();
  }

  // 4. Report.
  const widths = [34, 28, 34, 10];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" ");
  console.log(`\nweb benchmark against ${BASE} (${new Date().toISOString()})`);
  console.log(line(["measure", "value", "reference", "budget", "result"]));
  for (const r of rows) console.log(line([r.what, r.value, r.reference, r.budget, r.ok === null ? "" : r.ok ? "ok" : "MISSED"]));
  const missed = rows.filter((r) => r.ok === false);
  console.log(`\nbudgets: ${rows.filter((r) => r.ok === true).length} met, ${missed.length} missed${PARTIAL ? " (PARTIAL run: BENCH_PAGES/BENCH_RUNS/BENCH_LOAD set)" : ""}`);
  const missedByTheStack = missed.filter((r) => r.bareOk === false);
  if (missedByTheStack.length > 0) {
    console.log(`missed by the ${BARE} reference too, in this run (${missedByTheStack.length}): ${missedByTheStack.map((r) => r.what).join("; ")}`);
  }
  if (missed.length > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
