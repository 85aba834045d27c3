// Which database the guide uses. Shared by prisma.config.ts, scripts and lib/server/db.ts
// (plain module, no "server-only", so the Prisma CLI and tsx scripts can import it).
//   file:…                        SQLite (the default: prisma/guide.db)
//   postgres://… / postgresql://… PostgreSQL, through @prisma/adapter-pg
// A PostgreSQL URL may name a schema (`?schema=guide`, Prisma's convention; default `public`) and
// size the connection pool (`connection_limit`, default 10; `pool_timeout` in seconds, default 10:
// how long a query waits for a free connection before it fails, so a full pool never hangs).
import path from "node:path";

const DEFAULT_SQLITE_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "guide.db");

export type SqliteTarget = { kind: "sqlite"; url: string; file: string };
export type PostgresTarget = {
  kind: "postgres";
  /** The URL as given (the Prisma CLI's datasource url). */
  url: string;
  /** The URL for node-postgres: without the Prisma-only parameters. */
  connectionString: string;
  schema: string;
  poolMax: number;
  poolTimeoutMs: number;
};
export type DatabaseTarget = SqliteTarget | PostgresTarget;

/** Returns the URL to use, or throws an error that says how to fix DATABASE_URL. */
export function resolveDatabaseUrl(raw: string | undefined): string {
  return resolveDatabaseTarget(raw).url;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

function positiveInt(url: URL, name: string, fallback: number, max: number): number {
  const value = url.searchParams.get(name);
  if (value === null) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`DATABASE_URL's ${name} must be a whole number from 1 to ${max}; got "${value}".`);
  return n;
}

function postgresTarget(value: string): PostgresTarget {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error("DATABASE_URL is not a valid postgres:// URL. Set it like postgres://user:password@host:5432/guide");
  }
  const schema = url.searchParams.get("schema") ?? "public";
  if (!SCHEMA_NAME.test(schema)) throw new Error(`DATABASE_URL's schema must be a plain identifier (letters, digits, _); got "${schema}".`);
  const poolMax = positiveInt(url, "connection_limit", 10, 1000);
  const poolTimeoutMs = positiveInt(url, "pool_timeout", 10, 600) * 1000;
  const pgUrl = new URL(value);
  for (const name of ["schema", "connection_limit", "pool_timeout"]) pgUrl.searchParams.delete(name);
  return { kind: "postgres", url: value, connectionString: pgUrl.toString(), schema, poolMax, poolTimeoutMs };
}

export function resolveDatabaseTarget(raw: string | undefined): DatabaseTarget {
  const value = raw?.trim();
  if (!value) return { kind: "sqlite", url: `file:${DEFAULT_SQLITE_FILE}`, file: DEFAULT_SQLITE_FILE };
  if (value.startsWith("file:")) {
    const rel = value.slice("file:".length);
    if (!rel) throw new Error("DATABASE_URL is 'file:' without a path. Set it like file:./prisma/guide.db");
    const file = path.isAbsolute(rel) ? rel : path.join(/*turbopackIgnore: true*/ process.cwd(), rel);
    return { kind: "sqlite", url: `file:${file}`, file };
  }
  if (value.startsWith("postgres://") || value.startsWith("postgresql://")) return postgresTarget(value);
  throw new Error(
    `DATABASE_URL must be a SQLite file: URL (e.g. file:./prisma/guide.db) or a PostgreSQL URL ` +
      `(postgres://user:password@host:5432/guide); got "${value.split(":")[0]}:…".`,
  );
}

/** Where a target's schema and migrations live (prisma/schema.prisma is the model; see prisma/postgres-schema.ts). */
export function prismaPaths(target: DatabaseTarget): { schema: string; migrations: string } {
  const dir = target.kind === "sqlite" ? "prisma" : path.join("prisma", "postgres");
  return { schema: path.join(dir, "schema.prisma"), migrations: path.join(dir, "migrations") };
}

/** A short description for logs, without the password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "sqlite") return target.file;
  const url = new URL(target.connectionString);
  return `PostgreSQL ${url.host}${url.pathname} (schema ${target.schema})`;
}
