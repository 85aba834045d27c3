// Seeds the database from the reviewed data file (data/guide-data.json). The file is validated
// (lib/domain/guide-data-schema.ts) before anything is written, and everything is written in one
// transaction, so a bad file or a crash never leaves a half-seeded database.
// Usage: npm run db:seed        (sync the database with the file: upserts by slug/key)
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../lib/server/generated/prisma/client";
import { validateGuideData, type GuideData } from "../lib/domain/guide-data-schema";
import { sourceHostProblems, sourceHostsSchema } from "../lib/domain/source-hosts";
import { resolveDatabaseTarget } from "./database-url";
import { createPrismaClient } from "./client";
import { notifyGuideServer, revalidateToken } from "./revalidate-server";

const DATA_FILE = path.join(process.cwd(), "data", "guide-data.json");
const HOSTS_FILE = path.join(process.cwd(), "data", "source-hosts.json");

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new Error(`Cannot read ${file}: ${(err as Error).message}`);
  }
}

/** The validated data file; every source URL must point to a host of the allow-list (data/source-hosts.json). */
export function loadGuideData(file = DATA_FILE, hostsFile = HOSTS_FILE): GuideData {
  const data = validateGuideData(readJson(file));
  const hosts = sourceHostsSchema.safeParse(readJson(hostsFile));
  if (!hosts.success) throw new Error(`${hostsFile} is invalid: ${hosts.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const problems = sourceHostProblems(data.sources, hosts.data);
  if (problems.length > 0) throw new Error(`guide data is invalid:\n${problems.map((p) => `- ${p}`).join("\n")}`);
  return data;
}

export async function seedDatabase(prisma: PrismaClient, data: GuideData): Promise<{ places: number; keptStaffEdits: string[] }> {
  // A place that staff have edited (it has revisions) is never overwritten: the database holds the
  // newer truth, and its history would no longer describe it. The seed skips it and says so.
  const keptStaffEdits: string[] = [];
  await prisma.$transaction(
    async (tx) => {
      const sourceIds = new Map<string, number>();
      for (const s of data.sources) {
        const fields = {
          kind: "publication",
          title: s.title,
          publisher: s.publisher ?? null,
          url: s.url ?? null,
          publisherPageUnknown: s.publisherPageUnknown ?? false,
          published: s.published ?? null,
          confidence: s.confidence,
        };
        const row = await tx.source.upsert({ where: { key: s.key }, create: { key: s.key, ...fields }, update: fields });
        sourceIds.set(s.key, row.id);
      }
      const villageIds = new Map<string, number>();
      for (const v of data.villages) {
        const fields = { code12: v.code12, nameZh: v.nameZh, nameEn: v.nameEn, pinyin: v.pinyin };
        const row = await tx.village.upsert({ where: { slug: v.slug }, create: { slug: v.slug, ...fields }, update: fields });
        villageIds.set(v.slug, row.id);
      }
      const placeIds = new Map<string, number>();
      for (const [index, p] of data.places.entries()) {
        const fields = {
          kind: p.kind,
          red: p.red,
          nameZh: p.nameZh,
          nameEn: p.nameEn ?? null,
          pinyin: p.pinyin,
          villageId: p.village === null ? null : (villageIds.get(p.village) ?? null),
          status: p.status,
          statusYear: p.statusYear ?? null,
          statusNoteZh: p.statusNoteZh ?? null,
          statusNoteEn: p.statusNoteEn ?? null,
          summaryZh: p.summaryZh,
          summaryEn: p.summaryEn ?? null,
          descriptionZh: p.descriptionZh,
          descriptionEn: p.descriptionEn ?? null,
          lat: p.location.lat ?? null,
          lng: p.location.lng ?? null,
          precision: p.location.precision,
          precisionRadiusM: p.location.radiusM,
          locationNoteZh: p.location.noteZh,
          locationNoteEn: p.location.noteEn,
          visitMinutes: p.visitMinutes ?? null,
          visitMinutesEstimated: p.visitMinutesEstimated ?? true,
          visitWindow: p.visitWindow,
          openingHours: p.openingHours ?? null,
          studyNoteZh: p.studyNoteZh ?? null,
          studyNoteEn: p.studyNoteEn ?? null,
          sortOrder: index,
        };
        const edited = await tx.place.findFirst({ where: { slug: p.slug, revisions: { some: {} } }, select: { id: true } });
        if (edited) {
          keptStaffEdits.push(p.slug);
          placeIds.set(p.slug, edited.id);
          continue;
        }
        const row = await tx.place.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...fields }, update: fields });
        placeIds.set(p.slug, row.id);
        await tx.placeSource.deleteMany({ where: { placeId: row.id } });
        await tx.placeSource.createMany({
          data: p.sources.map((s) => ({ placeId: row.id, sourceId: sourceIds.get(s.key) ?? -1, note: s.note ?? null })),
        });
      }
      for (const r of data.routes) {
        const fields = {
          nameZh: r.nameZh,
          nameEn: r.nameEn ?? null,
          summaryZh: r.summaryZh,
          summaryEn: r.summaryEn ?? null,
          red: r.red,
        };
        const route = await tx.route.upsert({ where: { slug: r.slug }, create: { slug: r.slug, ...fields }, update: fields });
        await tx.routeStop.deleteMany({ where: { routeId: route.id } });
        await tx.routeStop.createMany({
          data: r.stops.map((s, position) => ({
            routeId: route.id,
            position,
            placeId: s.place === undefined ? null : (placeIds.get(s.place) ?? null),
            nameZh: s.nameZh,
            nameEn: s.nameEn ?? null,
            noteZh: s.noteZh ?? null,
            noteEn: s.noteEn ?? null,
            inTownship: s.inTownship,
          })),
        });
        await tx.routeSource.deleteMany({ where: { routeId: route.id } });
        await tx.routeSource.createMany({
          data: r.sources.map((key) => ({ routeId: route.id, sourceId: sourceIds.get(key) ?? -1 })),
        });
      }
    },
    { timeout: 60_000 },
  );
  return { places: data.places.length - keptStaffEdits.length, keptStaffEdits };
}

/** A client for DATABASE_URL (SQLite or PostgreSQL). */
export function createSeedClient(): PrismaClient {
  return createPrismaClient(resolveDatabaseTarget(process.env.DATABASE_URL));
}

async function main() {
  const data = loadGuideData();
  const prisma = createSeedClient();
  try {
    const { places, keptStaffEdits } = await seedDatabase(prisma, data);
    console.log(`Seeded ${places} places, ${data.villages.length} villages, ${data.routes.length} routes.`);
    if (keptStaffEdits.length > 0) {
      console.log(`Kept ${keptStaffEdits.length} place(s) that staff have edited (their data file entries were not applied): ${keptStaffEdits.join(", ")}.`);
    }
  } finally {
    await prisma.$disconnect();
  }
  await invalidateServerCache();
}

// A running server caches its reads (lib/server/cache-tags.ts); tell it the data changed.
// REVALIDATE_URL is the server's own address (default http://127.0.0.1:$PORT, PORT 3000).
async function invalidateServerCache() {
  const serverUrl = process.env.REVALIDATE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const result = await notifyGuideServer(serverUrl, revalidateToken({ REVALIDATE_SECRET: process.env.REVALIDATE_SECRET, DATABASE_URL: process.env.DATABASE_URL }));
  if (result === "invalidated") console.log(`The guide server at ${serverUrl} dropped its cached data.`);
  else if (result === "no-server") console.log(`No guide server at ${serverUrl}; a server started later reads the new data.`);
  else {
    console.error(
      `The guide server at ${serverUrl} did not drop its cached data (${result.failed}); it shows the old data until restarted. ` +
        "Set REVALIDATE_URL to the server's address and the same REVALIDATE_SECRET (if any) as the server, then run the seed again.",
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
