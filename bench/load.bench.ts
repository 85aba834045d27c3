// Load benchmark: `npm run bench:load` against a RUNNING production server (it builds nothing).
// Each target (`/`, a place page, `/api/places`: bench/web/targets.ts) in turn gets
// LOAD_TEST_CONNECTIONS connections for LOAD_TEST_SECONDS over loopback (autocannon); it prints
// req/s, p50 and p99 per target and exits 1 on any connection error, time-out or non-2xx answer.
//
// Environment: BENCH_URL (default http://127.0.0.1:3000; loopback only), BENCH_LOAD_SECONDS
// (seconds per target instead of LOAD_TEST_SECONDS, for a quick smoke run: its verdict says SHORT).
import * as budget from "./web-budgets";
import { runLoad, waitUntilSettled, type LoadFigures } from "./web/load-runs";
import { BASE, envSeconds, fetchOk, LOAD_TARGETS } from "./web/targets";

const SECONDS = envSeconds("BENCH_LOAD_SECONDS", budget.LOAD_TEST_SECONDS);

async function main() {
  const health = JSON.parse(await fetchOk(`${BASE}/api/health`)) as { ok?: boolean };
  if (health.ok !== true) throw new Error(`${BASE}/api/health does not report ok`);
  for (const { path } of LOAD_TARGETS) await fetchOk(BASE + path); // warm the server before measuring

  const results: [string, LoadFigures][] = [];
  for (const { name, path } of LOAD_TARGETS) {
    await waitUntilSettled(`${BASE}/api/health`); // the previous target's queue has drained
    console.log(`load ${name}: ${budget.LOAD_TEST_CONNECTIONS} connections for ${SECONDS} s …`);
    const figures = await runLoad(BASE + path, {
      connections: budget.LOAD_TEST_CONNECTIONS,
      durationS: SECONDS,
      timeoutS: budget.LOAD_TEST_TIMEOUT_SECONDS,
    });
    results.push([name, figures]);
  }

  console.log(`\nload benchmark against ${BASE} (${new Date().toISOString()}): ${budget.LOAD_TEST_CONNECTIONS} connections, ${SECONDS} s per target`);
  const widths = [14, 10, 10, 10, 10, 26];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" ");
  console.log(line(["target", "req/s", "p50", "p99", "requests", "errors (conn/timeout/non-2xx)"]));
  for (const [name, f] of results) {
    console.log(
      line([name, f.requestsPerSecond.toFixed(0), `${f.p50Ms} ms`, `${f.p99Ms} ms`, String(f.requests), `${f.errors} (${f.connectionErrors}/${f.timeouts}/${f.non2xx})`]),
    );
  }
  for (const [name, f] of results) if (Object.keys(f.errorKinds).length > 0) console.log(`  ${name} errors by kind: ${JSON.stringify(f.errorKinds)}`);
  const failed = results.filter(([, f]) => f.errors > budget.LOAD_TEST_MAX_ERRORS || f.requests === 0);
  const short = SECONDS !== budget.LOAD_TEST_SECONDS ? ` (SHORT run: BENCH_LOAD_SECONDS=${SECONDS}, budget is ${budget.LOAD_TEST_SECONDS} s)` : "";
  console.log(`\nerrors budget: ${budget.LOAD_TEST_MAX_ERRORS} per target; ${failed.length === 0 ? "met" : `MISSED by ${failed.map(([n]) => n).join(", ")}`}${short}`);
  if (failed.length > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
