// The PostgreSQL pass of `npm test` (scripts/test.ts): which server, a schema of its own per run
// (so runs never collide, and nothing outside it is touched), and Redis for the shared cache.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createClient } from "redis";
import { resolveDatabaseTarget } from "../prisma/database-url";

export const DEFAULT_TEST_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";
export const DEFAULT_TEST_REDIS_URL = "redis://127.0.0.1:6379";

/** A URL without its password, for messages. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(not a URL)";
  }
}

/** Whether a PostgreSQL server answers at `url` within 3 s. */
export async function postgresAnswers(url: string): Promise<boolean> {
  const target = resolveDatabaseTarget(url);
  if (target.kind !== "postgres") return false;
  const client = new pg.Client({ connectionString: target.connectionString, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Whether Redis answers at `url` within 3 s. */
export async function redisAnswers(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: 3_000, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    if (client.isOpen) await client.quit().catch(() => {});
  }
}

export type PostgresRun = { url: string; schema: string; redisPrefix: string; secret: string };

/** A fresh run: its own schema name (created by db-setup), Redis key prefix and server secret. */
export function postgresRun(baseUrl: string): PostgresRun {
  const schema = `guide_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const url = new URL(baseUrl);
  url.searchParams.set("schema", schema);
  return { url: url.toString(), schema, redisPrefix: schema, secret: randomBytes(32).toString("base64url") };
}

/** Drops the run's schema and its Redis keys. */
export async function cleanUp(run: PostgresRun, redisUrl: string | null): Promise<void> {
  const target = resolveDatabaseTarget(run.url);
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.connectionString, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${run.schema}" CASCADE`);
    } catch (err) {
      console.error(`Could not drop schema ${run.schema}: ${err instanceof Error ? err.message : err}`);
    } finally {
      await client.end().catch(() => {});
    }
  }
  if (!redisUrl) return;
  const redis = createClient({ url: redisUrl });
  redis.on("error", () => {});
  try {
    await redis.connect();
    const keys: string[] = [];
    for await (const batch of redis.scanIterator({ MATCH: `${run.redisPrefix}:*`, COUNT: 500 })) keys.push(...batch);
    if (keys.length > 0) await redis.del(keys);
  } catch (err) {
    console.error(`Could not delete Redis keys ${run.redisPrefix}:*: ${err instanceof Error ? err.message : err}`);
  } finally {
    if (redis.isOpen) await redis.quit().catch(() => {});
  }
}
