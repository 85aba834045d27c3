// The bare Next reference (bench/next-reference): the same places on a bare Next 16 page with a
// lazily loaded react-leaflet map, built and served beside the floor so that every bench:web run
// measures what the fixed stack costs on this machine without the guide's own code. The
// issue's first-load JS budget is 1.2× such a page; the run also shows which other budgets the
// stack's own page meets.
//
// It is built in a scratch folder outside the repository (see its next.config.mjs for why), with the
// guide's node_modules linked in and the guide's browserslist, and rebuilt only when its sources or
// Next's version change. This builds nothing of the guide's.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const SOURCE = path.join(root, "bench", "next-reference");
const SCRATCH = path.join(tmpdir(), "guide-bench-next-reference");
const NEXT_BIN = path.join(root, "node_modules", "next", "dist", "bin", "next");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : [full];
  });
}

/** What the build depends on: the reference's files, the guide's browserslist and Next's version. */
function buildKey(browserslist: unknown): string {
  const hash = createHash("sha256");
  for (const file of sourceFiles(SOURCE).sort()) hash.update(path.relative(SOURCE, file)).update(readFileSync(file));
  hash.update(JSON.stringify(browserslist));
  hash.update(readFileSync(path.join(root, "node_modules", "next", "package.json")));
  return hash.digest("hex");
}

function buildIfNeeded(): void {
  const guidePackage = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { browserslist?: unknown };
  const key = buildKey(guidePackage.browserslist);
  const keyFile = path.join(SCRATCH, ".build-key");
  if (existsSync(path.join(SCRATCH, ".next", "BUILD_ID")) && existsSync(keyFile) && readFileSync(keyFile, "utf8") === key) return;
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  cpSync(SOURCE, SCRATCH, { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(SCRATCH, "node_modules"), "dir");
  // the guide's browser targets, so both are compiled for the same browsers
  writeFileSync(path.join(SCRATCH, "package.json"), JSON.stringify({ private: true, browserslist: guidePackage.browserslist }, null, 2));
  console.log(`building the bare Next reference in ${SCRATCH} …`);
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: SCRATCH, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error(`The bare Next reference did not build (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  writeFileSync(keyFile, key);
}

export type NextReference = { origin: string; close: () => Promise<void> };

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The bare Next reference's server exited (${child.exitCode}) before serving ${url}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The bare Next reference did not serve ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Builds the reference when needed and starts it (`next start`) on `port` of the loopback, reading
 * its places from the guide at `guideUrl` and its tiles from `tileUrl`.
 */
export async function startNextReference(guideUrl: string, tileUrl: string, port: number): Promise<NextReference> {
  buildIfNeeded();
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: SCRATCH,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", GUIDE_URL: guideUrl, TILE_URL: tileUrl },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true, // its own process group, so that close() stops whatever `next start` starts
  });
  const stop = () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(`${origin}/`, child, 60_000);
  } catch (err) {
    stop();
    throw err;
  }
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        stop();
      }),
  };
}
