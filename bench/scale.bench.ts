// 10,000-place budgets (issue 11): `npm run bench:scale` against a RUNNING production server on the
// synthetic county database; it builds nothing (README, "10,000 places").
//
//   1. browser (Chromium, CPU throttled SCALE_CPU_THROTTLE×): first render of `/` (median of
//      FIRST_RENDER_RUNS, after one warm-up load), filter clicks and search keystrokes (each timed
//      to the frame that shows its result, list and map, p95; the start of the first frame after
//      each is printed beside it), pan and zoom gestures (the longest frame of each, p95);
//   2. bbox: BBOX_QUERIES random map views queried through the data layer (loadPlacePage) on
//      DATABASE_URL, p95. A postgres:// DATABASE_URL is skipped, with a note, while this build
//      cannot open one.
// Prints every figure with its budget (bench/web-budgets.ts) and exits 1 when one is missed.
//
// Environment: BENCH_URL (default http://127.0.0.1:3000); DATABASE_URL for the bbox part (default
// file:./prisma/synthetic.db); BENCH_PARTS=browser,bbox (default both).
import * as budget from "./web-budgets";
import { runBboxQueries, type BboxFigures } from "./scale/bbox-runs";
import { runBrowser, type BrowserFigures } from "./scale/browser-runs";
import { median, percentile } from "./scale/stats";
import { scaleFloorPage } from "./scale/floor-page";
import { startFloorServer } from "./web/floor-server";
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from "../lib/server/places-query";
import { SYNTHETIC_PREFIX } from "../lib/domain/synthetic/synthetic-guide";

const BASE = (process.env.BENCH_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const PARTS = new Set((process.env.BENCH_PARTS ?? "browser,bbox").split(",").map((p) => p.trim()));
/** BENCH_RUNS: first-render loads (default FIRST_RENDER_RUNS); fewer makes a PARTIAL run. */
const RUNS = Number(process.env.BENCH_RUNS ?? budget.FIRST_RENDER_RUNS);
const PARTIAL = PARTS.size < 2 || RUNS !== budget.FIRST_RENDER_RUNS;

type Row = { what: string; value: string; budget: string; ok: boolean | null };
const rows: Row[] = [];
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function checkServer() {
  let res: Response;
  try {
    res = await fetch(`${BASE}/api/places?limit=1`);
  } catch {
    throw new Error(`Nothing answers at ${BASE}. Start the guide on the synthetic database first (README, "10,000 places") and set BENCH_URL.`);
  }
  const body = (await res.json()) as { features?: { id?: string }[] };
  const first = body.features?.[0]?.id ?? "";
  if (!first.startsWith(SYNTHETIC_PREFIX)) {
    throw new Error(`${BASE} serves "${first}", not the synthetic county: start it with DATABASE_URL=file:./prisma/synthetic.db (npm run data:synthetic -- --count ${budget.SCALE_PLACES}).`);
  }
  const health = (await (await fetch(`${BASE}/api/health`)).json()) as { places?: number };
  if ((health.places ?? 0) < budget.SCALE_PLACES) throw new Error(`${BASE} has ${health.places} places, not ${budget.SCALE_PLACES}.`);
  return health.places ?? 0;
}

/** The floor's figure beside the guide's: the same measure of a hand-written Leaflet and supercluster page (scale/floor-page.ts). */
function floorNote(figure: number, budgetMs: number): string {
  return ` (floor ${ms(figure)}, which ${figure <= budgetMs ? "meets" : "misses"} the budget)`;
}

function reportBrowser(f: BrowserFigures, floor: BrowserFigures | null) {
  const first = median(f.firstRender);
  const firstNote = floor ? floorNote(median(floor.firstRender), budget.MAX_FIRST_RENDER_MS) : "";
  rows.push({ what: `first render of / (median of ${f.firstRender.length}: ${f.firstRender.map((x) => x.toFixed(0)).join(", ")} ms)${firstNote}`, value: ms(first), budget: `≤ ${budget.MAX_FIRST_RENDER_MS} ms`, ok: first <= budget.MAX_FIRST_RENDER_MS });
  rows.push({ what: "  first contentful paint (median)", value: ms(median(f.firstPaint)), budget: "", ok: null });
  rows.push({ what: "  HTML of / (decoded · transferred)", value: `${(f.htmlBytes / 1024).toFixed(0)} kB · ${(f.htmlTransferBytes / 1024).toFixed(0)} kB`, budget: "", ok: null });
  rows.push({ what: "  markers drawn at first (clusters and places)", value: String(f.markersAtStart), budget: "", ok: null });
  const filterP95 = percentile(f.filter.map((x) => x.ms), 95);
  const worstFilter = f.filter.reduce((a, b) => (b.ms > a.ms ? b : a));
  const filterNote = floor ? floorNote(percentile(floor.filter.map((x) => x.ms), 95), budget.MAX_FILTER_P95_MS) : "";
  rows.push({ what: `filter or search to its result (list and map), p95 of ${f.filter.length} (p50 ${ms(percentile(f.filter.map((x) => x.ms), 50))}; worst ${worstFilter.what} ${ms(worstFilter.ms)})${filterNote}`, value: ms(filterP95), budget: `≤ ${budget.MAX_FILTER_P95_MS} ms`, ok: filterP95 <= budget.MAX_FILTER_P95_MS });
  const firstFrames = f.filter.map((x) => x.firstFrameMs);
  rows.push({ what: `  the same actions to the start of the first frame after them (the text typed shown; not the budget), p95 (p50 ${ms(percentile(firstFrames, 50))})`, value: ms(percentile(firstFrames, 95)), budget: "", ok: null });
  const { before, after, focusOnFirstNew } = f.listMore;
  rows.push({ what: `list: Enter on "List 100 more" (${before} → ${after} listed, focus on the first new place: ${focusOnFirstNew ? "yes" : "no"})`, value: `${after - before} more`, budget: "100 more, focus moved", ok: after - before === 100 && focusOnFirstNew });
  const frameP95 = percentile(f.gestures.map((g) => g.worstFrameMs), 95);
  const worstGesture = f.gestures.reduce((a, b) => (b.worstFrameMs > a.worstFrameMs ? b : a));
  const frameNote = floor ? floorNote(percentile(floor.gestures.map((g) => g.worstFrameMs), 95), budget.MAX_PAN_ZOOM_FRAME_P95_MS) : "";
  rows.push({ what: `pan or zoom: longest frame, p95 of ${f.gestures.length} gestures (worst: ${worstGesture.what} ${ms(worstGesture.worstFrameMs)})${frameNote}`, value: ms(frameP95), budget: `≤ ${budget.MAX_PAN_ZOOM_FRAME_P95_MS} ms`, ok: frameP95 <= budget.MAX_PAN_ZOOM_FRAME_P95_MS });
}

function reportBbox(f: BboxFigures) {
  if (f.kind === "skipped") {
    rows.push({ what: `bbox query on ${f.database}`, value: "SKIPPED", budget: `≤ ${budget.MAX_BBOX_QUERY_P95_MS} ms`, ok: null });
    console.log(`bbox on ${f.database}: skipped: ${f.reason}`);
    return;
  }
  for (const [i, run] of f.runs.entries()) {
    const budgeted = i === 0; // the API's default page (limit omitted)
    rows.push({
      what: `${budgeted ? "" : "  "}bbox query p95, limit ${run.limit}${budgeted ? " (the default page)" : " (not budgeted)"}, ${f.queries} random views, ${f.places} places (p50 ${ms(run.p50)}, max ${ms(run.max)}, ${run.meanFeatures.toFixed(0)} features on average) on ${f.database}`,
      value: ms(run.p95),
      budget: budgeted ? `≤ ${budget.MAX_BBOX_QUERY_P95_MS} ms` : "",
      ok: budgeted ? run.p95 <= budget.MAX_BBOX_QUERY_P95_MS : null,
    });
    if (run.rawP95 !== null) {
      rows.push({ what: `    reference: the same views as plain SQL through better-sqlite3, p95`, value: `${ms(run.rawP95)} (${(run.p95 / run.rawP95).toFixed(1)}×)`, budget: "", ok: null });
    }
  }
}

async function main() {
  console.log(`bench:scale, ${new Date().toISOString()}, load average ${(await import("node:os")).loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  if (PARTS.has("browser")) {
    const places = await checkServer();
    console.log(`browser: ${BASE} (${places} places), CPU throttled ${budget.SCALE_CPU_THROTTLE}×`);
    // the floor first, then the guide, by the same script (BENCH_FLOOR=0 leaves it out)
    let floor: BrowserFigures | null = null;
    if (process.env.BENCH_FLOOR !== "0") {
      const server = await startFloorServer(await (await fetch(`${BASE}/api/places`)).text(), 0, scaleFloorPage);
      try {
        floor = await runBrowser({ base: server.origin, throttle: budget.SCALE_CPU_THROTTLE, runs: RUNS });
      } finally {
        await server.close();
      }
      console.log(`floor (${server.origin}: Leaflet and supercluster, no framework): first render ${ms(median(floor.firstRender))}, filter p95 ${ms(percentile(floor.filter.map((x) => x.ms), 95))}, pan or zoom frame p95 ${ms(percentile(floor.gestures.map((g) => g.worstFrameMs), 95))}`);
    }
    reportBrowser(await runBrowser({ base: BASE, throttle: budget.SCALE_CPU_THROTTLE, runs: RUNS }), floor);
  }
  if (PARTS.has("bbox")) {
    reportBbox(await runBboxQueries({ queries: budget.BBOX_QUERIES, minPlaces: budget.SCALE_PLACES, limits: [PAGE_LIMIT_DEFAULT, 500, PAGE_LIMIT_MAX] }));
    if (!(process.env.DATABASE_URL ?? "").startsWith("postgres")) {
      console.log("bbox on PostgreSQL: not measured in this run; run `DATABASE_URL=postgres://… BENCH_PARTS=bbox npm run bench:scale` against a synthetic PostgreSQL database.");
    }
  }
  const width = Math.max(...rows.map((r) => r.what.length));
  for (const r of rows) console.log(`${r.ok === null ? "  " : r.ok ? "ok" : "NO"}  ${r.what.padEnd(width)}  ${r.value.padStart(14)}  ${r.budget}`);
  const missed = rows.filter((r) => r.ok === false).length;
  const met = rows.filter((r) => r.ok === true).length;
  console.log(`bench:scale: ${met} budget(s) met, ${missed} missed${PARTIAL ? " (PARTIAL run)" : ""}`);
  process.exit(missed > 0 ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(`bench:scale: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
