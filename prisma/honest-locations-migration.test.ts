// The migration 20261129010000_honest_locations brings a database seeded before the location fixes
// to what a fresh seed of data/guide-data.json gives: the same points (none invented), precisions,
// radii, notes and the two new sources with their citations. Checked on a seeded database that is
// first set back to the old, invented state.
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { seededDatabaseForThisFile } from "@/lib/test-support/seeded-database";

const { dbFile } = seededDatabaseForThisFile("honest-locations-");
const MIGRATION = readFileSync(path.join("prisma", "migrations", "20261129010000_honest_locations", "migration.sql"), "utf8");
const NEW_SOURCES = ["vonng-adcode", "wikipedia-zhangjiajie-glass-bridge"];
// The later source migration rewrites three of the notes this one writes (it names no copy any more).
const LATER = readFileSync(path.join("prisma", "migrations", "20261201000000_verified_source_hosts", "migration.sql"), "utf8");

type Row = { slug: string; lat: number | null; lng: number | null; precision: string; precisionRadiusM: number; locationNoteZh: string; locationNoteEn: string | null };

function locations(db: Database.Database): Row[] {
  return db.prepare(`SELECT slug, lat, lng, precision, precisionRadiusM, locationNoteZh, locationNoteEn FROM "Place" ORDER BY slug`).all() as Row[];
}
function citations(db: Database.Database): string[] {
  return (
    db.prepare(`SELECT p.slug || ' ' || s.key || ' ' || coalesce(ps.note, '') AS c FROM "PlaceSource" ps JOIN "Place" p ON p.id = ps.placeId JOIN "Source" s ON s.id = ps.sourceId ORDER BY c`).all() as { c: string }[]
  ).map((r) => r.c);
}

describe("migration 20261129010000_honest_locations", () => {
  it("turns the old invented points into the data file's locations, sources and citations", () => {
    const db = new Database(dbFile);
    try {
      const fresh = locations(db);
      const freshCitations = citations(db);
      const versions = new Map((db.prepare(`SELECT slug, version FROM "Place"`).all() as { slug: string; version: number }[]).map((r) => [r.slug, r.version]));
      // back to the old state: every place without a point at the old placeholder, 罗潭 derived, the
      // bridge at the unattributed point, old notes; the new sources not there yet
      db.exec(`
        UPDATE "Place" SET lat = 29.43, lng = 110.65, precisionRadiusM = 6000 WHERE lat IS NULL;
        UPDATE "Place" SET lat = 29.42, lng = 110.61, precision = 'approximate', precisionRadiusM = 5000 WHERE slug = 'village-luotan';
        UPDATE "Place" SET lat = 29.3982, lng = 110.6962, precisionRadiusM = 1000 WHERE slug = 'zhangjiajie-grand-canyon-glass-bridge';
        UPDATE "Place" SET locationNoteZh = '标记只是放在乡域中部的占位点', locationNoteEn = 'The marker is a placeholder';
        DELETE FROM "Source" WHERE key IN ('${NEW_SOURCES.join("', '")}');
      `);
      expect(locations(db)).not.toEqual(fresh);
      db.exec(MIGRATION);
      db.exec(LATER);
      expect(locations(db)).toEqual(fresh);
      expect(citations(db)).toEqual(freshCitations);
      expect(locations(db).filter((r) => r.lat !== null)).toHaveLength(5);
      // every changed place has a new version, so a form opened before cannot overwrite it
      for (const r of db.prepare(`SELECT slug, version FROM "Place"`).all() as { slug: string; version: number }[]) {
        expect(r.version, r.slug).toBeGreaterThan(versions.get(r.slug) ?? Infinity);
      }
      // applied again (or on a database already right), it changes no location
      db.exec(MIGRATION);
      db.exec(LATER);
      expect(locations(db)).toEqual(fresh);
    } finally {
      db.close();
    }
  });
});
