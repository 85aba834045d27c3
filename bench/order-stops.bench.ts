// Benchmark of the visit planner's stop ordering.
//   npx tsx bench/order-stops.bench.ts
// Times orderStops on seeded random township instances (start node + return to it): exact
// Held–Karp for 8, 12 and 15 stops, the time-bounded heuristic for 50 and 200 stops. Prints the
// median of several runs and exits non-zero if 15 stops exact ≥ 250 ms or 200 stops heuristic
// ≥ 100 ms (medians).
import { buildTravelMatrix } from "../lib/domain/plan/distance-matrix";
import { orderStops } from "../lib/domain/plan/order-stops";
import { mulberry32 } from "../lib/domain/plan/seeded-random";
import { randomTownshipPoints } from "../lib/test-support/random-township-points";
import { tourCost } from "../lib/domain/plan/tour-cost";

interface Case {
  readonly stops: number;
  readonly method: "exact" | "heuristic";
  readonly runs: number;
  readonly limitMs?: number;
}

const CASES: readonly Case[] = [
  { stops: 8, method: "exact", runs: 15 },
  { stops: 12, method: "exact", runs: 11 },
  { stops: 15, method: "exact", runs: 9, limitMs: 250 },
  { stops: 50, method: "heuristic", runs: 9 },
  { stops: 200, method: "heuristic", runs: 9, limitMs: 100 },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const rows: string[][] = [];
let failed = false;
for (const c of CASES) {
  const random = mulberry32(1000 + c.stops);
  const times: number[] = [];
  const gains: number[] = [];
  // One warm-up run (JIT) on its own instance, then `runs` timed runs on fresh instances.
  for (let run = -1; run < c.runs; run++) {
    const matrix = buildTravelMatrix(randomTownshipPoints(random, c.stops + 1), "car");
    const t0 = performance.now();
    const result = orderStops({ matrix, start: 0, returnToStart: true });
    const elapsed = performance.now() - t0;
    if (result.method !== c.method) throw new Error(`expected ${c.method} for ${c.stops} stops, got ${result.method}`);
    if (run < 0) continue;
    times.push(elapsed);
    const inputOrder = Array.from({ length: c.stops }, (_, i) => i + 1);
    gains.push(1 - result.cost / tourCost(inputOrder, matrix, { start: 0, returnToStart: true }));
  }
  const med = median(times);
  const over = c.limitMs !== undefined && med >= c.limitMs;
  failed ||= over;
  rows.push([
    String(c.stops),
    c.method,
    String(c.runs),
    med.toFixed(1),
    Math.min(...times).toFixed(1),
    Math.max(...times).toFixed(1),
    `${(100 * median(gains)).toFixed(1)}%`,
    c.limitMs === undefined ? "" : `${over ? "FAIL" : "ok"} (< ${c.limitMs} ms)`,
  ]);
}

const header = ["stops", "method", "runs", "median ms", "min ms", "max ms", "saved vs input", "limit"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
if (failed) {
  console.error("order-stops benchmark: a median exceeded its limit");
  process.exit(1);
}
