// A fresh, seeded database for a test file, on the provider of the pass: PostgreSQL when
// TEST_DATABASE_URL is set (the PostgreSQL pass of `npm test`: a schema of this file's own, dropped
// afterwards), SQLite otherwise (a temporary file). Created by scripts/db-setup.ts as `npm start`
// does, and used by the data layer through DATABASE_URL. Call at the top level of a test file.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, vi } from "vitest";
import { resolveDatabaseTarget } from "@/prisma/database-url";

export type TestDatabase = { kind: "sqlite" | "postgres"; url: string; exec: (sql: string) => Promise<void> };

function postgresUrl(base: string, prefix: string): { url: string; schema: string } {
  const schema = `${prefix}_${randomBytes(4).toString("hex")}`;
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  return { url: url.toString(), schema };
}

async function pgExec(url: string, sql: string): Promise<void> {
  const target = resolveDatabaseTarget(url);
  if (target.kind !== "postgres") throw new Error("not a PostgreSQL URL");
  const client = new pg.Client({ connectionString: target.connectionString, options: `-c search_path="${target.schema}"` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function testDatabaseForThisFile(prefix: string): TestDatabase {
  const base = process.env.TEST_DATABASE_URL?.trim();
  let db: TestDatabase;
  let dropIt: () => Promise<void>;
  if (base) {
    const { url, schema } = postgresUrl(base, prefix);
    db = { kind: "postgres", url, exec: (sql) => pgExec(url, sql) };
    dropIt = () => pgExec(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
    const file = path.join(dir, "guide.db");
    db = {
      kind: "sqlite",
      url: `file:${file}`,
      exec: async (sql) => {
        const conn = new Database(file);
        try {
          conn.exec(sql);
        } finally {
          conn.close();
        }
      },
    };
    dropIt = async () => rmSync(dir, { recursive: true, force: true });
  }
  beforeAll(() => {
    const secret = process.env.REVALIDATE_SECRET ?? randomBytes(32).toString("base64url");
    const setup = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/db-setup.ts", "--fresh"], {
      // Its own schema: no need for Migrate's database-wide lock (other runs may be migrating).
      env: { ...process.env, DATABASE_URL: db.url, REVALIDATE_SECRET: secret, PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK: "1" },
      encoding: "utf8",
    });
    if (setup.status !== 0) throw new Error(`db-setup failed: ${setup.stderr}`);
    vi.stubEnv("DATABASE_URL", db.url);
    vi.stubEnv("REVALIDATE_SECRET", secret);
  }, 180_000);
  afterAll(() => dropIt());
  return db;
}
