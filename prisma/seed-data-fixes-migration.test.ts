// The migration 20261130000000_seed_data_fixes brings a database seeded before issue 9's data fixes
// to what data/guide-data.json now says (`npm start` seeds only an empty database). Oracle: a
// database seeded from the old file (kept as a fixture) and then migrated must hold the same
// places, sources, citations and routes as one seeded from the current file. Locations are left
// out of the comparison: they are fixed separately.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../lib/server/generated/prisma/client";
import type { GuideData } from "../lib/domain/guide-data-schema";
import { loadGuideData, seedDatabase } from "./seed";

const FIX = "20261130000000_seed_data_fixes";
// The data migrations of issue 9, in the order `prisma migrate deploy` applies them: a database
// seeded before them gets both (the locations one is tested in honest-locations-migration.test.ts).
// The later source migrations (their own tests) are applied too, since the current file includes them.
const DATA_MIGRATIONS = ["20261129010000_honest_locations", FIX, "20261201000000_verified_source_hosts", "20261202010000_sources_seen_only_in_copies"];
// A schema migration made after the first data migration: the seed's client writes its column.
const LATER_SCHEMA_MIGRATIONS = ["20261202000000_source_publisher_page_unknown"];
const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");
const migrationSql = (name: string) => readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");
const migrationsBefore = readdirSync(MIGRATIONS)
  .filter((name) => (/^\d{14}_/.test(name) && name < (DATA_MIGRATIONS[0] as string)) || LATER_SCHEMA_MIGRATIONS.includes(name))
  .sort();
const OLD_DATA = JSON.parse(readFileSync(path.join(process.cwd(), "prisma", "test-fixtures", "guide-data-before-issue-9-fixes.json"), "utf8")) as GuideData;

const dir = mkdtempSync(path.join(os.tmpdir(), "seed-fixes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database with every migration before the data migrations, seeded from `data`. */
async function seeded(name: string, data: GuideData): Promise<string> {
  const file = path.join(dir, `${name}.db`);
  const db = new Database(file);
  for (const m of migrationsBefore) db.exec(migrationSql(m));
  db.close();
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }) });
  try {
    await seedDatabase(prisma, data);
  } finally {
    await prisma.$disconnect();
  }
  return file;
}

// Locations are the other data migration's (its own test); version is a concurrency counter that
// the locations migration bumps, not something visitors see.
const LOCATION_COLUMNS = new Set(["id", "lat", "lng", "precision", "precisionRadiusM", "locationNoteZh", "locationNoteEn", "updatedAt", "sortOrder", "version"]);

/** What a visitor can see, keyed by slug / key, with ids replaced by slugs and keys. */
function snapshot(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const places = (db.prepare(`SELECT * FROM "Place" ORDER BY "slug"`).all() as Record<string, unknown>[]).map((row) =>
      Object.fromEntries(Object.entries(row).filter(([k]) => !LOCATION_COLUMNS.has(k))),
    );
    const sources = db.prepare(`SELECT "key", "kind", "title", "publisher", "url", "published", "confidence" FROM "Source" ORDER BY "key"`).all();
    const citations = db
      .prepare(`SELECT p."slug", s."key", ps."note" FROM "PlaceSource" ps JOIN "Place" p ON p."id" = ps."placeId" JOIN "Source" s ON s."id" = ps."sourceId" ORDER BY p."slug", s."key"`)
      .all();
    const routes = db.prepare(`SELECT "slug", "nameZh", "nameEn", "summaryZh", "summaryEn", "red" FROM "Route" ORDER BY "slug"`).all();
    const stops = db
      .prepare(`SELECT r."slug", st."position", p."slug" AS "place", st."nameZh", st."nameEn", st."noteZh", st."noteEn", st."inTownship" FROM "RouteStop" st JOIN "Route" r ON r."id" = st."routeId" LEFT JOIN "Place" p ON p."id" = st."placeId" ORDER BY r."slug", st."position"`)
      .all();
    const routeSources = db
      .prepare(`SELECT r."slug", s."key" FROM "RouteSource" rs JOIN "Route" r ON r."id" = rs."routeId" JOIN "Source" s ON s."id" = rs."sourceId" ORDER BY r."slug", s."key"`)
      .all();
    return { places, sources, citations, routes, stops, routeSources };
  } finally {
    db.close();
  }
}

describe(`migration ${FIX}`, () => {
  let before: string;
  let current: string;
  beforeAll(async () => {
    before = await seeded("before", OLD_DATA);
    current = await seeded("current", loadGuideData());
  }, 120_000);

  it("is needed: a database seeded from the old file differs from the current file", () => {
    expect(snapshot(before)).not.toEqual(snapshot(current));
  });

  it("brings a database seeded from the old file to the current file (locations aside)", () => {
    const db = new Database(before);
    for (const m of DATA_MIGRATIONS) db.exec(migrationSql(m));
    db.close();
    const migrated = snapshot(before);
    const expected = snapshot(current);
    expect(migrated.places).toEqual(expected.places);
    expect(migrated.sources).toEqual(expected.sources);
    expect(migrated.citations).toEqual(expected.citations);
    expect(migrated.routes).toEqual(expected.routes);
    expect(migrated.stops).toEqual(expected.stops);
    expect(migrated.routeSources).toEqual(expected.routeSources);
  });

  it("changes nothing in a database seeded from the current file, nor in an empty one", async () => {
    const file = await seeded("current-again", loadGuideData());
    const expected = snapshot(file);
    const db = new Database(file);
    for (const m of DATA_MIGRATIONS) db.exec(migrationSql(m));
    db.close();
    expect(snapshot(file)).toEqual(expected);
    const empty = path.join(dir, "empty.db");
    const e = new Database(empty);
    for (const m of migrationsBefore) e.exec(migrationSql(m));
    for (const m of DATA_MIGRATIONS) e.exec(migrationSql(m));
    expect(e.prepare(`SELECT COUNT(*) AS n FROM "Source"`).get()).toEqual({ n: 0 });
    e.close();
  });

  it("keeps a text edited in the database since the seed", async () => {
    const file = await seeded("edited", OLD_DATA);
    const db = new Database(file);
    db.prepare(`UPDATE "Place" SET "nameEn" = 'Edited by staff' WHERE "slug" = 'taiwan-style-town'`).run();
    for (const m of DATA_MIGRATIONS) db.exec(migrationSql(m));
    expect(db.prepare(`SELECT "nameEn" FROM "Place" WHERE "slug" = 'taiwan-style-town'`).get()).toEqual({ nameEn: "Edited by staff" });
    expect(db.prepare(`SELECT "nameEn" FROM "Place" WHERE "slug" = 'ethnic-customs-street'`).get()).toEqual({ nameEn: "Ethnic Customs Street" });
    db.close();
  });
});
