// Reads and writes this run's database directly (SQLite or PostgreSQL, as the e2e server uses),
// to compare what the app shows with what is stored. One Prisma client per test worker.
import { createPrismaClient, type GuidePrismaClient } from "../../prisma/client";
import { resolveDatabaseTarget } from "../../prisma/database-url";
import { e2eDatabaseUrl } from "./e2e-paths";

let client: GuidePrismaClient | undefined;

/** The Prisma client of this run's database. */
export function e2eDb(): GuidePrismaClient {
  client ??= createPrismaClient(resolveDatabaseTarget(e2eDatabaseUrl()));
  return client;
}

export async function dbPlaceCount(): Promise<number> {
  return e2eDb().place.count();
}

export async function dbRedPlaceSlugs(): Promise<string[]> {
  const rows = await e2eDb().place.findMany({ where: { red: true }, select: { slug: true }, orderBy: { slug: "asc" } });
  return rows.map((r) => r.slug);
}
