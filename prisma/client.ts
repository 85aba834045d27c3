// A Prisma client for a database target: SQLite through better-sqlite3, PostgreSQL through
// node-postgres. Plain module (no "server-only"): lib/server/db.ts, the seed, the scripts and the
// tests all make their clients here, so every one of them follows DATABASE_URL the same way.
//
// Two generated clients, one model: lib/server/generated/prisma (SQLite) and …/prisma-pg
// (PostgreSQL), both from prisma/schema.prisma (prisma/postgres-schema.ts). A Prisma 6 client is
// compiled for one provider and refuses an adapter of another. Their model API is the same; the
// PostgreSQL client is typed as the SQLite one, so code written against it uses only what both
// providers share (no `mode: "insensitive"`, no `createMany({ skipDuplicates })`).
import { PrismaClient } from "../lib/server/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "../lib/server/generated/prisma-pg/client";
import type { DatabaseTarget } from "./database-url";
import { createAdapter, type ClientOptions } from "./adapter";

export type { ClientOptions };

export type GuidePrismaClient = PrismaClient;

export function createPrismaClient(target: DatabaseTarget, options: ClientOptions = {}): GuidePrismaClient {
  if (target.kind === "sqlite") return new PrismaClient({ adapter: createAdapter(target, options) });
  // Same model, other provider: see the header for why this cast is sound.
  return new PgPrismaClient({ adapter: createAdapter(target, options) }) as unknown as GuidePrismaClient;
}
