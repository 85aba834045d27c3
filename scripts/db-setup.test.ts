import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

// `npm run db:setup` on SQLite, as `npm start` and `npm run user:add` run it: it must work while the
// guide has the database open (staff add an account while the guide runs). In write-ahead-log mode
// `prisma migrate deploy` fails then with a busy error ("SocketTimeout"), so the file keeps SQLite's
// rollback journal.

const dir = mkdtempSync(path.join(tmpdir(), "guide-db-setup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setUp(file: string) {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  return spawnSync(tsx, ["scripts/db-setup.ts"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: "utf8" });
}

describe("db:setup on SQLite", () => {
  it("creates and seeds a new file, and runs again while another connection holds it open", { timeout: 120_000 }, () => {
    const file = path.join(dir, "guide.db");
    const first = setUp(file);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/created and seeded with \d+ places/);
    const running = new Database(file); // a running guide's connection
    try {
      expect(running.pragma("journal_mode", { simple: true })).toBe("delete");
      expect((running.prepare(`SELECT COUNT(*) AS n FROM "Place"`).get() as { n: number }).n).toBeGreaterThan(30);
      const again = setUp(file);
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/Database ready: .*\(\d+ places\)\./);
    } finally {
      running.close();
    }
  });
});
