// Extra production instances of the e2e build (same database; in the PostgreSQL pass the same Redis
// and secret), each `next start` on its own port, for the several-instances, fault and
// many-places tests.
import { spawn, type ChildProcess } from "node:child_process";
import { KEEP_ALIVE_ARGS } from "./keep-alive";
import path from "node:path";
import { e2eDatabaseUrl, e2eDistDir, e2ePort, PROJECT_ROOT } from "./e2e-paths";

export type Instance = { url: string; stop: () => Promise<void> };

async function healthy(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not become healthy in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Starts `next start` on `port` over the e2e server's build and database, with `env` added to its environment. */
export async function startInstance(port: number, env: Record<string, string> = {}): Promise<Instance> {
  const child: ChildProcess = spawn(path.join(PROJECT_ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1", ...KEEP_ALIVE_ARGS], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), NEXT_DIST_DIR: e2eDistDir(e2ePort()), NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  try {
    await healthy(url, 60_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}

/** Whether this run is the PostgreSQL pass with Redis (the shared cache). */
export function isSharedSetUp(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^postgres(ql)?:\/\//.test(e2eDatabaseUrl()) && Boolean(env.REDIS_URL);
}
