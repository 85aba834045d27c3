// Writes a synthetic county-wide set of places (lib/domain/synthetic/synthetic-guide.ts) into a
// database of its own, for the scale benchmark (bench/scale.bench.ts) and load tests. Never into
// the guide's real data (scripts/synthetic-target.ts says what is refused).
// Usage: npm run data:synthetic -- --count 10000 [--out file:./prisma/synthetic.db] [--seed 11]
//        npm run data:synthetic -- --count 10000 --out 'postgres://…/test?schema=synthetic'
// The database (or PostgreSQL schema) is created and migrated like the real one; its places are
// replaced in one transaction.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import type { PrismaClient } from "../lib/server/generated/prisma/client";
import { createPrismaClient } from "../prisma/client";
import { describeTarget, resolveDatabaseTarget, type PostgresTarget } from "../prisma/database-url";
import { SYNTHETIC_PREFIX, SYNTHETIC_SOURCE, syntheticGuide, type SyntheticGuide } from "../lib/domain/synthetic/synthetic-guide";
import { loadGuideData } from "../prisma/seed";
import { syntheticTarget } from "./synthetic-target";

const LOCATION_NOTE = { zh: "合成测试数据：生成的位置，不是真实地点。", en: "Synthetic test data: a generated point, not a real place." };

export async function writeSyntheticGuide(prisma: PrismaClient, guide: SyntheticGuide): Promise<void> {
  const foreign = await prisma.place.count({ where: { NOT: { slug: { startsWith: SYNTHETIC_PREFIX } } } });
  if (foreign > 0) throw new Error(`this database holds ${foreign} place(s) that are not synthetic: refusing to replace them`);
  await prisma.$transaction(
    async (tx) => {
      await tx.placeSource.deleteMany({});
      await tx.homestayNumber.deleteMany({});
      await tx.place.deleteMany({});
      await tx.village.deleteMany({});
      const source = await tx.source.upsert({
        where: { key: SYNTHETIC_SOURCE.key },
        create: { ...SYNTHETIC_SOURCE },
        update: { ...SYNTHETIC_SOURCE },
      });
      await tx.village.createMany({ data: guide.villages.map(({ code12, slug, nameZh, nameEn, pinyin }) => ({ code12, slug, nameZh, nameEn, pinyin })) });
      const villageIds = new Map((await tx.village.findMany({ select: { id: true, slug: true } })).map((v) => [v.slug, v.id]));
      await tx.place.createMany({
        data: guide.places.map(({ villageSlug, ...p }) => ({
          ...p,
          villageId: villageIds.get(villageSlug) ?? null,
          descriptionZh: p.summaryZh,
          descriptionEn: p.summaryEn,
          locationNoteZh: LOCATION_NOTE.zh,
          locationNoteEn: LOCATION_NOTE.en,
          visitMinutesEstimated: true,
          locationSourceId: p.lat === null ? null : source.id,
          statusSourceId: source.id,
        })),
      });
      const placeIds = await tx.place.findMany({ select: { id: true } });
      await tx.placeSource.createMany({ data: placeIds.map(({ id }) => ({ placeId: id, sourceId: source.id, note: SYNTHETIC_SOURCE.title })) });
    },
    { timeout: 300_000 },
  );
}

/** A PostgreSQL target's schema, created when missing (as scripts/db-setup.ts does for the app's). */
async function createSchema(target: PostgresTarget) {
  const client = new pg.Client({ connectionString: target.connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${target.schema}"`); // a plain identifier (resolveDatabaseTarget)
  } finally {
    await client.end();
  }
}

async function main() {
  const { values } = parseArgs({
    options: { count: { type: "string", default: "10000" }, out: { type: "string" }, seed: { type: "string", default: "11" } },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new Error(`--count must be a whole number from 1 to 1000000, got "${values.count}"`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got "${values.seed}"`);
  const target = syntheticTarget({ out: values.out, databaseUrl: process.env.DATABASE_URL });
  if (!target.ok) throw new Error(target.reason);

  if (target.kind === "sqlite") mkdirSync(path.dirname(target.file), { recursive: true });
  else await createSchema(target.target);
  const prismaBin = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const migrate = spawnSync(prismaBin, ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: target.url }, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed for ${target.url}:\n${migrate.stdout}${migrate.stderr}`);

  const realVillages = loadGuideData().villages.map(({ code12, slug, nameZh, nameEn, pinyin }) => ({ code12, slug, nameZh, nameEn, pinyin }));
  const started = performance.now();
  const guide = syntheticGuide({ count, seed, realVillages });
  const databaseTarget = resolveDatabaseTarget(target.url);
  const prisma = createPrismaClient(databaseTarget);
  try {
    await writeSyntheticGuide(prisma, guide);
  } finally {
    await prisma.$disconnect();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${guide.places.length} synthetic places in ${guide.villages.length} villages to ${describeTarget(databaseTarget)} (seed ${seed}, ${seconds} s).`);
  console.log(`Serve it: DATABASE_URL=${target.url} npm start (every slug starts with "${SYNTHETIC_PREFIX}").`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((err: unknown) => {
    console.error(`data:synthetic: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
