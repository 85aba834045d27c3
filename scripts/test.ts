// `npm test`: lint (ESLint, 0 warnings) and typecheck (tsc), then unit tests (Vitest), then
// end-to-end tests (Playwright, real Chromium). Lint and typecheck count as one check each.
// Everything runs even when an early step fails, so one run shows every problem; it prints what
// failed and one closing line "tests: N passed, N failed", and exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
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

const unitJson = path.join(out, "vitest.json");
const unitStatus = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitJson}`]);
const e2eJson = path.join(out, "playwright.json");
const e2eStatus = run(bin("playwright"), ["test", ...process.argv.slice(2)], {
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
});

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
function unitCounts(): Counts {
  const r = vitestReport.safeParse(readJson(unitJson));
  return r.success ? { passed: r.data.numPassedTests, failed: r.data.numFailedTests } : { passed: 0, failed: 1 };
}
function e2eCounts(): Counts {
  const r = playwrightReport.safeParse(readJson(e2eJson));
  return r.success
    ? { passed: r.data.stats.expected + r.data.stats.flaky, failed: r.data.stats.unexpected }
    : { passed: 0, failed: 1 };
}
/** A step that exits non-zero with no failed test counted (no tests found, a crash) counts as one failure. */
const atLeastOneIfFailed = (c: Counts, status: number): Counts => (status !== 0 && c.failed === 0 ? { ...c, failed: 1 } : c);
const unit = atLeastOneIfFailed(unitCounts(), unitStatus);
const e2e = atLeastOneIfFailed(e2eCounts(), e2eStatus);
const failedChecks = checks.filter((c) => c.status !== 0).map((c) => c.name);
const checkSummary = checks.map((c) => `${c.name}: ${c.status === 0 ? "passed" : "FAILED"}`).join("; ");
console.log(`\n${checkSummary}; unit: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed`);
const failedSteps = [...failedChecks, ...(unit.failed > 0 ? ["unit"] : []), ...(e2e.failed > 0 ? ["end-to-end"] : [])];
if (failedSteps.length > 0) console.log(`FAILED: ${failedSteps.join(", ")} (the output is above)`);
const checksPassed = checks.length - failedChecks.length;
console.log(`tests: ${checksPassed + unit.passed + e2e.passed} passed, ${failedChecks.length + unit.failed + e2e.failed} failed`);
process.exit(failedSteps.length === 0 && unitStatus === 0 && e2eStatus === 0 ? 0 : 1);
