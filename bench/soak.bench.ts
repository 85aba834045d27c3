// Soak benchmark: `npm run bench:soak` against a RUNNING production server (it builds nothing).
// `/`, a place page and `/api/places` (in turn on each connection) at SOAK_RATE requests per second
// for SOAK_WARMUP_SECONDS + SOAK_SECONDS over loopback (autocannon), while the resident memory of
// the process serving the port (with its children: bench/web/server-process.ts) is sampled every
// SOAK_SAMPLE_SECONDS. It fails when memory at the end exceeds the post-warm-up baseline by
// MAX_SOAK_RSS_GROWTH or more (medians of SOAK_WINDOW_SAMPLES samples at each end), or on any
// connection error, time-out or non-2xx answer.
//
// Environment: BENCH_URL (default http://127.0.0.1:3000; loopback only), BENCH_PID (the serving
// process, instead of finding it by the port), BENCH_SOAK_SECONDS, BENCH_SOAK_WARMUP_SECONDS,
// BENCH_SOAK_RATE (a shorter or lighter run: its verdict says so).
import * as budget from "./web-budgets";
import { runLoad } from "./web/load-runs";
import { findServingPids, treeResidentBytes } from "./web/server-process";
import { BASE, envSeconds, fetchOk, LOAD_TARGETS } from "./web/targets";

const SECONDS = envSeconds("BENCH_SOAK_SECONDS", budget.SOAK_SECONDS);
const WARMUP = envSeconds("BENCH_SOAK_WARMUP_SECONDS", budget.SOAK_WARMUP_SECONDS);
const RATE = envSeconds("BENCH_SOAK_RATE", budget.SOAK_RATE);

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function servingPids(): number[] {
  if (process.env.BENCH_PID) return [Number(process.env.BENCH_PID)];
  const url = new URL(BASE);
  return findServingPids(Number(url.port || (url.protocol === "https:" ? 443 : 80)));
}

async function main() {
  const health = JSON.parse(await fetchOk(`${BASE}/api/health`)) as { ok?: boolean };
  if (health.ok !== true) throw new Error(`${BASE}/api/health does not report ok`);
  const roots = servingPids();
  const first = treeResidentBytes(roots);
  if (first.bytes === 0) throw new Error(`Cannot read the resident memory of process ${roots.join(", ")} (/proc/<pid>/status).`);
  console.log(`soak against ${BASE}: server process ${roots.join(", ")} (with children: ${first.pids.join(", ")}), ${mib(first.bytes)} before the load`);
  console.log(`${RATE} req/s over ${budget.SOAK_CONNECTIONS} connections: ${WARMUP} s warm-up, then ${SECONDS} s measured; a sample every ${budget.SOAK_SAMPLE_SECONDS} s`);

  const started = Date.now();
  const samples: { t: number; bytes: number }[] = [];
  const timer = setInterval(() => {
    const t = (Date.now() - started) / 1000;
    const { bytes } = treeResidentBytes(roots);
    samples.push({ t, bytes });
    if (samples.length % 12 === 0) console.log(`  ${t.toFixed(0).padStart(4)} s  ${mib(bytes)}`);
  }, budget.SOAK_SAMPLE_SECONDS * 1000);
  const load = await runLoad(BASE + "/", {
    connections: budget.SOAK_CONNECTIONS,
    durationS: WARMUP + SECONDS,
    overallRate: RATE,
    paths: LOAD_TARGETS.map((t) => t.path),
    timeoutS: budget.LOAD_TEST_TIMEOUT_SECONDS,
  });
  clearInterval(timer);

  const measured = samples.filter((s) => s.t >= WARMUP);
  const n = budget.SOAK_WINDOW_SAMPLES;
  if (measured.length < 2 * n) throw new Error(`Only ${measured.length} samples after the warm-up; need ${2 * n} (a longer BENCH_SOAK_SECONDS).`);
  const baseline = median(measured.slice(0, n).map((s) => s.bytes));
  const end = median(measured.slice(-n).map((s) => s.bytes));
  const growth = end / baseline - 1;
  const bytes = measured.map((s) => s.bytes);
  console.log(`\nsoak summary (${new Date().toISOString()})`);
  console.log(`  load: ${load.requests} requests, ${load.requestsPerSecond.toFixed(1)} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, errors ${load.errors} (conn ${load.connectionErrors} / timeout ${load.timeouts} / non-2xx ${load.non2xx})`);
  console.log(`  resident memory, ${measured.length} samples after warm-up: min ${mib(Math.min(...bytes))}, median ${mib(median(bytes))}, max ${mib(Math.max(...bytes))}`);
  console.log(`  baseline (median of the first ${n}) ${mib(baseline)} → end (median of the last ${n}) ${mib(end)}: ${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)} %`);
  const memoryOk = growth < budget.MAX_SOAK_RSS_GROWTH;
  const errorsOk = load.errors <= budget.LOAD_TEST_MAX_ERRORS;
  const partial = SECONDS !== budget.SOAK_SECONDS || WARMUP !== budget.SOAK_WARMUP_SECONDS || RATE !== budget.SOAK_RATE ? " (PARTIAL run: BENCH_SOAK_* set)" : "";
  console.log(`\nmemory growth < ${budget.MAX_SOAK_RSS_GROWTH * 100} %: ${memoryOk ? "met" : "MISSED"}; errors ≤ ${budget.LOAD_TEST_MAX_ERRORS}: ${errorsOk ? "met" : "MISSED"}${partial}`);
  if (!memoryOk || !errorsOk) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
