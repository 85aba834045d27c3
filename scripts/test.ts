// `npm test`: lint (ESLint, 0 warnings) and typecheck (tsc), then unit tests (Vitest), then
// end-to-end tests (Playwright, real Chromium), on SQLite; then the unit and end-to-end tests again
// on PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test) when it
// answers, in a schema of their own, with Redis (TEST_REDIS_URL, default redis://127.0.0.1:6379) as
// the shared cache when it answers. Without PostgreSQL the pass is skipped and says so; under CI
// (CI=true) a missing PostgreSQL is a failure. Lint and typecheck count as one check each.
// Everything runs even when an early step fails, so one run shows every problem; it prints what
// failed and one closing line "tests: N passed, N failed", and exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { cleanUp, DEFAULT_TEST_DATABASE_URL, DEFAULT_TEST_REDIS_URL, postgresAnswers, postgresRun, redisAnswers, safeUrl } from "./test-postgres";
import { CHROMIUM_ADVICE, findChromium } from "./find-chromium";

const root = path.resolve(__dirname, "..");
// Not under test-results/: Playwright empties that folder when it starts.
const out = path.join(root, ".test-summary");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_ADVICE);
  process.exit(1);
}
console.log(`Using Chromium at ${chromium}`);
const chromiumPath: string = chromium;

const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const run = (cmd: string, args: string[], env: Record<string, string> = {}) => spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

type Check = { name: string; status: number };
const checks: Check[] = [];
for (const [name, cmd, args] of [
  ["lint", "eslint", [".", "--max-warnings", "0"]],
  ["typecheck", "tsc", ["--noEmit"]],
] as const) {
  console.log(`\n> ${name}: ${cmd} ${args.join(" ")}`);
  const status = run(bin(cmd), [...args]);
  console.log(status === 0 ? `${name}: passed` : `${name}: FAILED (see above)`);
  checks.push({ name, status });
}

type Pass = { name: string; unitJson: string; e2eJson: string; unitStatus: number; e2eStatus: number; seconds: number };

function runPass(name: string, env: Record<string, string>): Pass {
  const started = Date.now();
  const unitJson = path.join(out, `vitest-${name}.json`);
  const e2eJson = path.join(out, `playwright-${name}.json`);
  console.log(`\n> unit and end-to-end tests on ${name}`);
  const unitStatus = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitJson}`], env);
  const e2eStatus = run(bin("playwright"), ["test", ...process.argv.slice(2)], { ...env, CHROMIUM_PATH: chromiumPath, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`${name} pass: ${seconds} s`);
  return { name, unitJson, e2eJson, unitStatus, e2eStatus, seconds };
}

type Counts = { passed: number; failed: number };
const vitestReport = z.object({ numPassedTests: z.number(), numFailedTests: z.number() });
const playwrightReport = z.object({
  stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number() }),
});
function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}
function unitCounts(file: string): Counts {
  const r = vitestReport.safeParse(readJson(file));
  return r.success ? { passed: r.data.numPassedTests, failed: r.data.numFailedTests } : { passed: 0, failed: 1 };
}
function e2eCounts(file: string): Counts {
  const r = playwrightReport.safeParse(readJson(file));
  return r.success
    ? { passed: r.data.stats.expected + r.data.stats.flaky, failed: r.data.stats.unexpected }
    : { passed: 0, failed: 1 };
}
/** A step that exits non-zero with no failed test counted (no tests found, a crash) counts as one failure. */
const atLeastOneIfFailed = (c: Counts, status: number): Counts => (status !== 0 && c.failed === 0 ? { ...c, failed: 1 } : c);
async function main() {
  const passes: Pass[] = [runPass("SQLite", {})];

  const pgBase = process.env.TEST_DATABASE_URL?.trim() || DEFAULT_TEST_DATABASE_URL;
  if (await postgresAnswers(pgBase)) {
    const pgRun = postgresRun(pgBase);
    const redisUrl = process.env.TEST_REDIS_URL?.trim() || DEFAULT_TEST_REDIS_URL;
    const redis = (await redisAnswers(redisUrl)) ? redisUrl : null;
    console.log(`\nPostgreSQL at ${safeUrl(pgBase)}: schema ${pgRun.schema}; Redis ${redis ? `at ${safeUrl(redis)}` : `not reachable at ${safeUrl(redisUrl)}: the shared-cache test is skipped`}`);
    if (!redis && process.env.CI) checks.push({ name: `Redis at ${safeUrl(redisUrl)}`, status: 1 });
    try {
      passes.push(
        runPass("PostgreSQL", {
          E2E_DATABASE_URL: pgRun.url,
          TEST_DATABASE_URL: pgRun.url,
          REVALIDATE_SECRET: pgRun.secret,
        // Prisma Migrate locks the whole database (an advisory lock) while it migrates; each run
        // and test file has its own schema, so concurrent runs on one server need not wait.
        PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK: "1",
          ...(redis ? { REDIS_URL: redis, REDIS_KEY_PREFIX: pgRun.redisPrefix } : {}),
          // Stopping the PostgreSQL server (e2e/faults.spec.ts) disturbs everyone using it: in CI only.
          ...(process.env.CI ? { FAULT_TESTS: "1" } : {}),
        }),
      );
    } finally {
      await cleanUp(pgRun, redis);
    }
  } else {
    const message = `PostgreSQL not reachable at ${safeUrl(pgBase)}: skipped (set TEST_DATABASE_URL to a server that answers)`;
    console.log(`\n${process.env.CI ? "FAILED: " : ""}${message}`);
    if (process.env.CI) checks.push({ name: "PostgreSQL", status: 1 });
  }

  const failedChecks = checks.filter((c) => c.status !== 0).map((c) => c.name);
  const checkSummary = checks.map((c) => `${c.name}: ${c.status === 0 ? "passed" : "FAILED"}`).join("; ");
  let passed = checks.length - failedChecks.length;
  let failed = failedChecks.length;
  const failedSteps = [...failedChecks];
  const passLines = passes.map((p) => {
    const unit = atLeastOneIfFailed(unitCounts(p.unitJson), p.unitStatus);
    const e2e = atLeastOneIfFailed(e2eCounts(p.e2eJson), p.e2eStatus);
    passed += unit.passed + e2e.passed;
    failed += unit.failed + e2e.failed;
    if (unit.failed > 0) failedSteps.push(`unit (${p.name})`);
    if (e2e.failed > 0) failedSteps.push(`end-to-end (${p.name})`);
    return `${p.name} (${p.seconds} s): unit ${unit.passed} passed, ${unit.failed} failed; end-to-end ${e2e.passed} passed, ${e2e.failed} failed`;
  });
  console.log(`\n${checkSummary}`);
  for (const line of passLines) console.log(line);
  if (failedSteps.length > 0) console.log(`FAILED: ${failedSteps.join(", ")} (the output is above)`);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(failedSteps.length === 0 && passes.every((p) => p.unitStatus === 0 && p.e2eStatus === 0) ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
