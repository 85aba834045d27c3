import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { resolveDatabaseUrl } from "@/prisma/database-url";

// One client per server process (kept across hot reloads in development).
const globalForPrisma = globalThis as unknown as { guidePrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: resolveDatabaseUrl(process.env.DATABASE_URL) });
  return new PrismaClient({ adapter });
}

export const prisma: PrismaClient = globalForPrisma.guidePrisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.guidePrisma = prisma;
