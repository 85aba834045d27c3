// A fresh SQLite database for a test file: created, migrated and seeded by scripts/db-setup.ts (as
// `npm start` does) in a temporary folder, used by the data layer through DATABASE_URL, and removed
// afterwards. Call at the top level of a test file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, vi } from "vitest";

export function seededDatabaseForThisFile(prefix: string): { dbFile: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const dbFile = path.join(dir, "guide.db");
  beforeAll(() => {
    const setup = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/db-setup.ts"], {
      env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
      encoding: "utf8",
    });
    if (setup.status !== 0) throw new Error(`db-setup failed: ${setup.stderr}`);
    vi.stubEnv("DATABASE_URL", `file:${dbFile}`);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dbFile };
}
