// The driver adapter for a database target: better-sqlite3 for SQLite, node-postgres for
// PostgreSQL. Used by prisma/client.ts and by the Prisma CLI (prisma.config.ts), which must load
// before any client is generated, so this module imports no generated code.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { DatabaseTarget, PostgresTarget } from "./database-url";

export type ClientOptions = {
  /** SQLite: how long a writer waits for the lock (busy_timeout). Default: better-sqlite3's 5 s. */
  sqliteBusyTimeoutMs?: number;
};

/** node-postgres pool settings for a target: its size, how long to wait for a connection, its schema. */
export function pgPoolConfig(target: PostgresTarget) {
  return {
    connectionString: target.connectionString,
    max: target.poolMax,
    // A query that finds every connection busy (or the server unreachable) fails after this long
    // instead of waiting forever: the API answers 503, never hangs.
    connectionTimeoutMillis: target.poolTimeoutMs,
    // Unqualified names (the migrations' CREATE TABLE "Place") land in the target's schema.
    options: `-c search_path="${target.schema}"`,
  };
}

/** The driver adapter for a target (also the Prisma CLI's, in prisma.config.ts). */
export function createAdapter(target: DatabaseTarget, options: ClientOptions = {}) {
  if (target.kind === "sqlite") {
    return new PrismaBetterSQLite3({ url: target.url, ...(options.sqliteBusyTimeoutMs ? { timeout: options.sqliteBusyTimeoutMs } : {}) });
  }
  return new PrismaPg(pgPoolConfig(target), { schema: target.schema });
}

// node-postgres' type id of `name` (the catalog's identifier type) and of `text`.
const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

/**
 * A pg client class whose results call `name` columns `text`. @prisma/adapter-pg 6.19 cannot
 * describe a `name` column, and Prisma Migrate reads the catalog through it, so every migrate
 * command fails with "Column type 'name' could not be deserialized" (prisma/orm#27403, open).
 * Both types arrive as the same string, so renaming the type id changes no value.
 */
type Fields = { fields?: { dataTypeID: number }[] } | undefined;
function nameAsText(result: Fields): Fields {
  for (const field of result?.fields ?? []) if (field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
  return result;
}
class CatalogFriendlyClient extends pg.Client {}
const baseQuery = pg.Client.prototype.query;
// pg-pool calls query with a callback, a transaction's client without one: both are covered.
CatalogFriendlyClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const last = args.at(-1);
  if (typeof last === "function") {
    args[args.length - 1] = (err: unknown, result: Fields) => (last as (e: unknown, r: Fields) => void)(err, nameAsText(result));
  }
  const result: unknown = Reflect.apply(baseQuery, this, args);
  return result instanceof Promise ? result.then(nameAsText) : result;
} as typeof baseQuery;

/** The adapter the Prisma CLI uses (prisma.config.ts): the app's, with the catalog work-around for PostgreSQL. */
export function createCliAdapter(target: DatabaseTarget) {
  if (target.kind === "sqlite") return createAdapter(target);
  return new PrismaPg({ ...pgPoolConfig(target), Client: CatalogFriendlyClient }, { schema: target.schema });
}
