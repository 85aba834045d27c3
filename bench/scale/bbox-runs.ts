// The bbox query of GET /api/places, timed against the database itself (no HTTP, no cache): the
// data layer's own loadPlacePage on DATABASE_URL (SQLite file or PostgreSQL schema), for random
// map views across the synthetic county, at the API's default page size (the budget) and others. Run under node's
// `react-server` condition (package.json: bench:scale), where lib/server may be imported.
import { CILI_EXTENT, SYNTHETIC_PREFIX } from "../../lib/domain/synthetic/synthetic-guide";
import { mulberry32 } from "../../lib/domain/plan/seeded-random";
import path from "node:path";
import Database from "better-sqlite3";
import { percentile } from "./stats";

/** One page size: the data layer's times, and the floor's (plain SQL, SQLite only). */
export type BboxRun = {
  limit: number;
  p50: number;
  p95: number;
  max: number;
  meanFeatures: number;
  /** The same views as one plain SQL statement through better-sqlite3 (SQLite only): the floor, same run. */
  rawP95: number | null;
};

export type BboxFigures =
  | { kind: "measured"; database: string; places: number; queries: number; runs: BboxRun[] }
  | { kind: "skipped"; database: string; reason: string };

/** A phone-to-desktop map view (≈ 400–1400 × 400–900 px) at zoom 12–15, somewhere in the county. */
function randomView(rand: () => number) {
  const zoom = 12 + Math.floor(rand() * 4);
  const degPerPx = 360 / (256 * 2 ** zoom);
  const w = (400 + rand() * 1000) * degPerPx;
  const h = (400 + rand() * 500) * degPerPx * Math.cos((29.4 * Math.PI) / 180);
  const lng = CILI_EXTENT.west + rand() * (CILI_EXTENT.east - CILI_EXTENT.west);
  const lat = CILI_EXTENT.south + rand() * (CILI_EXTENT.north - CILI_EXTENT.south);
  const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
  return { west: r6(lng - w / 2), south: r6(lat - h / 2), east: r6(lng + w / 2), north: r6(lat + h / 2) };
}

/** The same random views (same seed) at each page size in `limits`: the first is the budget's. */
export async function runBboxQueries({ queries, minPlaces, limits }: { queries: number; minPlaces: number; limits: number[] }): Promise<BboxFigures> {
  const url = process.env.DATABASE_URL ?? "file:./prisma/synthetic.db";
  process.env.DATABASE_URL = url;
  const database = url.startsWith("file:") ? `SQLite ${url}` : `PostgreSQL ${url.replace(/\/\/[^@/]*@/, "//…@")}`;
  let data: typeof import("../../lib/server/places-page");
  let db: typeof import("../../lib/server/db");
  try {
    db = await import("../../lib/server/db");
    data = await import("../../lib/server/places-page");
  } catch (err) {
    if (url.startsWith("file:")) throw err;
    return { kind: "skipped", database, reason: `this build cannot open it (${err instanceof Error ? err.message.split("\n")[0] : String(err)})` };
  }
  const places = await db.prisma.place.count({ where: { slug: { startsWith: SYNTHETIC_PREFIX } } });
  if (places < minPlaces) {
    throw new Error(`${database} holds ${places} synthetic places, not ${minPlaces}: npm run data:synthetic -- --count ${minPlaces} (--out for another database)`);
  }
  const runs: BboxRun[] = [];
  for (const limit of limits) {
    const rand = mulberry32(2026);
    const times: number[] = [];
    let features = 0;
    for (let i = 0; i < queries + 20; i++) {
      const bbox = randomView(rand);
      const t0 = performance.now();
      const page = await data.loadPlacePage({ bbox, limit, after: null });
      const ms = performance.now() - t0;
      if (i >= 20) {
        times.push(ms);
        features += page.places.length;
      }
    }
    const rawP95 = url.startsWith("file:") ? rawSqliteP95(url, queries, limit) : null;
    runs.push({ limit, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), meanFeatures: features / queries, rawP95 });
  }
  await db.prisma.$disconnect();
  return { kind: "measured", database, places, queries, runs };
}

/** The floor: the same views (same seed) as one hand-written statement, no ORM, no mapping. */
function rawSqliteP95(url: string, queries: number, limit: number): number {
  const file = url.slice("file:".length);
  const sqlite = new Database(path.isAbsolute(file) ? file : path.join(process.cwd(), file), { readonly: true });
  const statement = sqlite.prepare(
    `SELECT p.*, v.slug AS villageSlug, v.nameZh AS villageNameZh, v.nameEn AS villageNameEn, v.pinyin AS villagePinyin
     FROM Place p LEFT JOIN Village v ON v.id = p.villageId
     WHERE p.archivedAt IS NULL AND p.lat BETWEEN ? AND ? AND p.lng BETWEEN ? AND ? AND p.precision IN ('exact', 'approximate')
     ORDER BY p.sortOrder, p.id LIMIT ?`,
  );
  const rand = mulberry32(2026);
  const times: number[] = [];
  for (let i = 0; i < queries + 20; i++) {
    const b = randomView(rand);
    const t0 = performance.now();
    statement.all(b.south, b.north, b.west, b.east, limit + 1);
    if (i >= 20) times.push(performance.now() - t0);
  }
  sqlite.close();
  return percentile(times, 95);
}
