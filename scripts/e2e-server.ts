// Starts the guide for the end-to-end tests: a fresh database (E2E_DATABASE_URL, else the SQLite
// file e2eDatabaseFile: prisma/e2e.db on the default port), created, migrated and seeded; a
// production build; `next start` on the given port. Run with tsx: `tsx scripts/e2e-server.ts <port>`
// (playwright.config.ts does).
import { spawn, spawnSync } from "node:child_process";
import { KEEP_ALIVE_ARGS } from "../e2e/support/keep-alive";
import path from "node:path";
import { DEFAULT_E2E_PORT, E2E_BASEMAP_ENV, e2eDatabaseUrl, e2eDistDir, PROJECT_ROOT, usesE2eBasemaps } from "../e2e/support/e2e-paths";

const root = PROJECT_ROOT;
const port = process.argv[2] ?? DEFAULT_E2E_PORT;
const env = {
  ...process.env,
  ...(usesE2eBasemaps() ? E2E_BASEMAP_ENV : {}),
  DATABASE_URL: e2eDatabaseUrl(port),
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: e2eDistDir(port),
};
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

for (const [cmd, args] of [
  [bin("tsx"), ["scripts/db-setup.ts", "--fresh"]],
  [bin("next"), ["build"]],
] as const) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// KEEP_ALIVE_ARGS: as in production behind a balancer (README, "Running at scale").
const server = spawn(bin("next"), ["start", "-p", port, "-H", "127.0.0.1", ...KEEP_ALIVE_ARGS], { cwd: root, env, stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
