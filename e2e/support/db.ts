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

/**
 * PostgreSQL only: takes an ACCESS EXCLUSIVE lock on `table` in a transaction of its own, so every
 * query that touches the table waits until `release` (which ends the transaction). `waiting` counts
 * the queries that wait for it now.
 */
export async function lockTable(table: string): Promise<{ waiting: () => Promise<number>; release: () => Promise<void> }> {
  const target = resolveDatabaseTarget(e2eDatabaseUrl());
  if (target.kind !== "postgres") throw new Error("lockTable needs the PostgreSQL pass");
  const client = new pg.Client({ connectionString: target.connectionString, options: `-c search_path="${target.schema}"` });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
  } catch (err) {
    await client.end();
    throw err;
  }
  const waiting = async () => {
    const { rows } = await client.query(`SELECT COUNT(*) AS "n" FROM pg_locks WHERE NOT granted AND relation = to_regclass($1)`, [`"${table}"`]);
    return Number(rows[0]?.n);
  };
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await client.query("COMMIT").finally(() => client.end());
  };
  return { waiting, release };
}
