import "server-only";
import { resolveDatabaseTarget } from "@/prisma/database-url";
import { createPrismaClient, type GuidePrismaClient } from "@/prisma/client";

// One client per server process (kept across hot reloads in development). DATABASE_URL picks the
// database: SQLite (file:) through better-sqlite3, PostgreSQL (postgres://) through node-postgres.
const globalForPrisma = globalThis as unknown as { guidePrisma?: GuidePrismaClient };

function createClient(): GuidePrismaClient {
  // SQLite lets one writer in at a time; a writer waits up to 15 s for the lock (SQLite's
  // busy_timeout) instead of better-sqlite3's 5 s, so staff saves at the same moment queue, not fail.
  // PostgreSQL: a pool (DATABASE_URL's connection_limit) whose queries wait at most pool_timeout for
  // a connection, then fail (503), so a full pool or a server that is down never hangs a request.
  return createPrismaClient(resolveDatabaseTarget(process.env.DATABASE_URL), { sqliteBusyTimeoutMs: 15_000 });
}

export const prisma: GuidePrismaClient = globalForPrisma.guidePrisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.guidePrisma = prisma;

/**
 * Options of a staff write transaction: it waits its turn (SQLite has one writer) rather than
 * failing on a busy moment. On PostgreSQL the transaction runs at the server's default isolation
 * (READ COMMITTED); the writes' own guards (a place's version, unique register numbers) catch a
 * concurrent change, and either everything in the transaction is written or nothing is.
 */
export const WRITE_TRANSACTION = { maxWait: 15_000, timeout: 20_000 } as const;
