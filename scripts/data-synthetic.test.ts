import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seededDatabaseForThisFile } from "@/lib/test-support/seeded-database";

// The generator never replaces real places: pointed (with --out) at a database holding the guide's
// seeded places, it stops before writing anything.

const { dbFile } = seededDatabaseForThisFile("guide-synthetic-refuse-");

describe("npm run data:synthetic", () => {
  it("refuses a database that holds places it did not make, and leaves it as it was", () => {
    const count = () => (new Database(dbFile, { readonly: true }).prepare("SELECT COUNT(*) AS n FROM Place").get() as { n: number }).n;
    const before = count();
    expect(before).toBe(33);
    const run = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/data-synthetic.ts", "--count", "50", "--out", `file:${dbFile}`], {
      env: { ...process.env, DATABASE_URL: "" },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("33 place(s) that are not synthetic");
    expect(count()).toBe(before);
  }, 90_000);

  it("refuses the real database by name before opening it", () => {
    const run = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/data-synthetic.ts", "--count", "5", "--out", "file:./prisma/guide.db"], {
      env: { ...process.env, DATABASE_URL: "" },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("refusing to write synthetic places into the guide's real database");
  }, 60_000);
});
