// Starts the guide for the end-to-end tests: a fresh SQLite database (prisma/e2e.db), created,
// migrated and seeded; a production build; `next start` on the given port.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = process.argv[2] ?? "3100";
const db = path.join(root, "prisma", port === "3100" ? "e2e.db" : `e2e-${port}.db`);
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
const env = { ...process.env, DATABASE_URL: `file:${db}`, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: `.next-e2e-${port}` };
const bin = (name) => path.join(root, "node_modules", ".bin", name);

for (const [cmd, args] of [
  [bin("tsx"), ["scripts/db-setup.ts"]],
  [bin("next"), ["build"]],
]) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const server = spawn(bin("next"), ["start", "-p", port, "-H", "127.0.0.1"], { cwd: root, env, stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
