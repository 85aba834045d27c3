// Creates, migrates and (when empty) seeds the database. Run by `npm start` and the e2e server.
// Idempotent: an existing database keeps its data; pending migrations are applied.
// DATABASE_URL picks SQLite (file:, the default) or PostgreSQL (postgres://, in the URL's schema,
// created when missing). `--fresh` (tests only) first drops a PostgreSQL schema, or deletes a
// SQLite file, with everything in it.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describeTarget, resolveDatabaseTarget, type DatabaseTarget, type PostgresTarget } from "../prisma/database-url";
import { REVALIDATE_SECRET_REQUIRED } from "../prisma/revalidate-server";
import { createSeedClient, loadGuideData, seedDatabase } from "../prisma/seed";

async function preparePostgres(target: PostgresTarget, fresh: boolean) {
  if ((process.env.REVALIDATE_SECRET?.trim().length ?? 0) < 32) throw new Error(REVALIDATE_SECRET_REQUIRED);
  const client = new pg.Client({ connectionString: target.connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    // target.schema is a plain identifier (checked by resolveDatabaseTarget).
    if (fresh) await client.query(`DROP SCHEMA IF EXISTS "${target.schema}" CASCADE`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${target.schema}"`);
  } finally {
    await client.end();
  }
}

function prepareSqlite(file: string, fresh: boolean) {
  if (fresh) for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  mkdirSync(path.dirname(file), { recursive: true });
}

async function main() {
  const target: DatabaseTarget = resolveDatabaseTarget(process.env.DATABASE_URL);
  const fresh = process.argv.includes("--fresh");
  if (target.kind === "postgres") await preparePostgres(target, fresh);
  else prepareSqlite(target.file, fresh);
  const env = { ...process.env, DATABASE_URL: target.url };
  const prismaBin = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const migrate = spawnSync(prismaBin, ["migrate", "deploy"], { env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (migrate.status !== 0) {
    console.error(migrate.stdout, migrate.stderr);
    throw new Error(`prisma migrate deploy failed for ${describeTarget(target)}`);
  }
  process.env.DATABASE_URL = target.url;
  const prisma = createSeedClient();
  try {
    const count = await prisma.place.count();
    if (count > 0 && !process.argv.includes("--reseed")) {
      console.log(`Database ready: ${describeTarget(target)} (${count} places).`);
      return;
    }
    const data = loadGuideData();
    const { places } = await seedDatabase(prisma, data);
    console.log(`Database ready: ${describeTarget(target)} (created and seeded with ${places} places).`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(`Database set-up failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
