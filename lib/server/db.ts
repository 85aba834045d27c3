import "server-only";
import { resolveDatabaseTarget } from "@/prisma/database-url";
import { createPrismaClient, type GuidePrismaClient } from "@/prisma/client";
import type { Prisma } from "@/lib/server/generated/prisma/client";

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
const WRITE_TRANSACTION = { maxWait: 15_000, timeout: 20_000 } as const;

const ON_SQLITE = resolveDatabaseTarget(process.env.DATABASE_URL).kind === "sqlite";

/**
 * Runs `work` as one write transaction (WRITE_TRANSACTION's waits): everything it writes, or
 * nothing. On SQLite its first statement takes the write lock, as `BEGIN IMMEDIATE` would (Prisma's
 * adapter begins DEFERRED): a transaction that read first and then wrote while a writer in another
 * process (a seed, `npm run user:add`, a second instance) was committing would fail at once with
 * SQLITE_BUSY, since SQLite breaks that deadlock by refusing the reader's upgrade without waiting.
 * Asking for the write lock first makes it wait its turn (busy_timeout) instead.
 */
export function writeTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return prisma.$transaction(async (tx) => {
    // a write that changes nothing, so the lock is taken before the transaction reads
    if (ON_SQLITE) await tx.$executeRawUnsafe(`UPDATE "Place" SET "id" = "id" WHERE 0`);
    return work(tx);
  }, WRITE_TRANSACTION);
}
