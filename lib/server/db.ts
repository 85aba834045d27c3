import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { resolveDatabaseUrl } from "@/prisma/database-url";

// One client per server process (kept across hot reloads in development).
const globalForPrisma = globalThis as unknown as { guidePrisma?: PrismaClient };

function createClient(): PrismaClient {
  // SQLite lets one writer in at a time; a writer waits up to 15 s for the lock (SQLite's
  // busy_timeout) instead of better-sqlite3's 5 s, so staff saves at the same moment queue, not fail.
  const adapter = new PrismaBetterSQLite3({ url: resolveDatabaseUrl(process.env.DATABASE_URL), timeout: 15_000 });
  return new PrismaClient({ adapter });
}

export const prisma: PrismaClient = globalForPrisma.guidePrisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.guidePrisma = prisma;

/** Options of a staff write transaction: it waits its turn (SQLite has one writer) rather than failing on a busy moment. */
export const WRITE_TRANSACTION = { maxWait: 15_000, timeout: 20_000 } as const;
