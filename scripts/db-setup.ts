// Creates, migrates and (when empty) seeds the database. Run by `npm start` and the e2e server.
// Idempotent: an existing database keeps its data; pending migrations are applied.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseTarget } from "../prisma/database-url";
import { createSeedClient, loadGuideData, seedDatabase } from "../prisma/seed";

async function main() {
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  mkdirSync(path.dirname(target.file), { recursive: true });
  const env = { ...process.env, DATABASE_URL: target.url };
  const prismaBin = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const migrate = spawnSync(prismaBin, ["migrate", "deploy"], { env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (migrate.status !== 0) {
    console.error(migrate.stdout, migrate.stderr);
    throw new Error(`prisma migrate deploy failed for ${target.url}`);
  }
  process.env.DATABASE_URL = target.url;
  const prisma = createSeedClient();
  try {
    const count = await prisma.place.count();
    if (count > 0 && !process.argv.includes("--reseed")) {
      console.log(`Database ready: ${target.file} (${count} places).`);
      return;
    }
    const data = loadGuideData();
    const { places } = await seedDatabase(prisma, data);
    console.log(`Database ready: ${target.file} (created and seeded with ${places} places).`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(`Database set-up failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
