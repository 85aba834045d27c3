// Reads and writes this run's database directly (SQLite or PostgreSQL, as the e2e server uses),
// to compare what the app shows with what is stored. Plain drivers, not the generated Prisma
// client (Playwright's loader cannot load it). The SQL is written once for both: quoted
// identifiers, `?` placeholders (numbered for PostgreSQL here), TRUE/FALSE for booleans.
import Database from "better-sqlite3";
import pg from "pg";
import { resolveDatabaseTarget } from "../../prisma/database-url";
import { e2eDatabaseUrl } from "./e2e-paths";

type Row = Record<string, unknown>;

let pool: pg.Pool | undefined;

/** Runs one statement against this run's database; the rows it returns. */
export async function e2eQuery(sql: string, params: unknown[] = []): Promise<Row[]> {
  const target = resolveDatabaseTarget(e2eDatabaseUrl());
  if (target.kind === "sqlite") {
    const db = new Database(target.file, { fileMustExist: true, timeout: 10_000 });
    try {
      const statement = db.prepare(sql);
      return statement.reader ? (statement.all(...params) as Row[]) : (statement.run(...params), []);
    } finally {
      db.close();
    }
  }
  pool ??= new pg.Pool({ connectionString: target.connectionString, max: 2, options: `-c search_path="${target.schema}"` });
  let n = 0;
  const result = await pool.query(sql.replace(/\?/g, () => `$${++n}`), params);
  return result.rows as Row[];
}

export async function dbPlaceCount(): Promise<number> {
  const [row] = await e2eQuery(`SELECT COUNT(*) AS "n" FROM "Place"`);
  return Number(row?.n);
}

export async function dbRedPlaceSlugs(): Promise<string[]> {
  return (await e2eQuery(`SELECT "slug" FROM "Place" WHERE "red" = TRUE ORDER BY "slug"`)).map((r) => String(r.slug));
}

/** A place's version (the optimistic-concurrency counter a staff save names). */
export async function dbPlaceVersion(slug: string): Promise<number> {
  const [row] = await e2eQuery(`SELECT "version" FROM "Place" WHERE "slug" = ?`, [slug]);
  if (!row) throw new Error(`No place ${slug} in the e2e database`);
  return Number(row.version);
}
