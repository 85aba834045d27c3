import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

// `npm run db:setup` on a new SQLite file: migrated, seeded, and in write-ahead-log mode, which the
// file keeps (readers go on while one writer commits).

const dir = mkdtempSync(path.join(tmpdir(), "guide-db-setup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setUp(file: string) {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  return spawnSync(tsx, ["scripts/db-setup.ts"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: "utf8" });
}

describe("db:setup on SQLite", () => {
  it("creates, seeds and leaves the file in WAL mode; a second run keeps the data and the mode", { timeout: 120_000 }, () => {
    const file = path.join(dir, "guide.db");
    const first = setUp(file);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/created and seeded with \d+ places/);
    const second = setUp(file);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/Database ready: .*\(\d+ places\)\./);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      expect((db.prepare(`SELECT COUNT(*) AS n FROM "Place"`).get() as { n: number }).n).toBeGreaterThan(30);
    } finally {
      db.close();
    }
  });
});
