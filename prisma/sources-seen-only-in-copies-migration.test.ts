// The migration 20261202010000_sources_seen_only_in_copies applies to a database seeded before it
// what data/guide-data.json now says of the eight sources seen only in republished copies: no URL,
// marked publisherPageUnknown, publisher only where the copy names one, confidence unchanged.
// Oracle: a database seeded from the previous file (kept as a fixture) and then migrated must hold
// the same sources, citations and routes as one seeded from the current file.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../lib/server/generated/prisma/client";
import type { GuideData } from "../lib/domain/guide-data-schema";
import { sourceHostProblems, sourceHostsSchema } from "../lib/domain/source-hosts";
import { loadGuideData, seedDatabase } from "./seed";

const FIX = "20261202010000_sources_seen_only_in_copies";
const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");
const migrationSql = (name: string) => readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");
const migrationsBefore = readdirSync(MIGRATIONS)
  .filter((name) => /^\d{14}_/.test(name) && name < FIX)
  .sort();
const OLD_DATA = JSON.parse(
  readFileSync(path.join(process.cwd(), "prisma", "test-fixtures", "guide-data-before-publisher-page-unknown.json"), "utf8"),
) as GuideData;
const HOSTS = sourceHostsSchema.parse(JSON.parse(readFileSync(path.join(process.cwd(), "data", "source-hosts.json"), "utf8")));
const COPIES = [
  "9aivip-sanguansi",
  "ciyuzhan-sanguansi-placename",
  "maika88-yuan-renyuan",
  "victorzhang-yuan-renyuan",
  "soolun-yuan-renyuan",
  "fx361-yuan-renyuan",
  "bkbbs-luotan-route-2022",
  "yd166-yuntiandu-name",
];

const dir = mkdtempSync(path.join(os.tmpdir(), "seen-only-in-copies-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database with every migration before this one, seeded from `data`. */
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

type SourceRow = { key: string; kind: string; title: string; publisher: string | null; url: string | null; publisherPageUnknown: number; published: string | null; confidence: string };

/** Sources, citations and route sources, keyed by slug / key (ids differ between two seeds). */
function snapshot(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const sources = db
      .prepare(`SELECT "key", "kind", "title", "publisher", "url", "publisherPageUnknown", "published", "confidence" FROM "Source" ORDER BY "key"`)
      .all() as SourceRow[];
    const citations = db
      .prepare(`SELECT p."slug", s."key", ps."note" FROM "PlaceSource" ps JOIN "Place" p ON p."id" = ps."placeId" JOIN "Source" s ON s."id" = ps."sourceId" ORDER BY p."slug", s."key"`)
      .all();
    const routeSources = db
      .prepare(`SELECT r."slug", s."key" FROM "RouteSource" rs JOIN "Route" r ON r."id" = rs."routeId" JOIN "Source" s ON s."id" = rs."sourceId" ORDER BY r."slug", s."key"`)
      .all();
    return { sources, citations, routeSources };
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

  it("is needed: a database seeded from the previous file still links to the copies", () => {
    const old = snapshot(before);
    expect(old.sources).not.toEqual(snapshot(current).sources);
    const problems = sourceHostProblems(old.sources, HOSTS);
    expect(problems).toHaveLength(COPIES.length + 1); // the eight copies and friendlywiki.com's copy of Wikipedia
  });

  it("brings a database seeded from the previous file to the current file", () => {
    const db = new Database(before);
    db.exec(migrationSql(FIX));
    db.close();
    const migrated = snapshot(before);
    const expected = snapshot(current);
    expect(migrated).toEqual(expected);
    // every URL left is on the allow-list; the eight copies have none, are marked, and stay medium
    expect(sourceHostProblems(migrated.sources, HOSTS)).toEqual([]);
    const copies = migrated.sources.filter((s) => COPIES.includes(s.key));
    expect(copies.map((s) => [s.key, s.url, s.publisherPageUnknown, s.confidence])).toEqual(
      [...COPIES].sort().map((key) => [key, null, 1, "medium"]),
    );
    // and English Wikipedia's "Sanguansi", seen only in friendlywiki.com's copy, stays low
    expect(migrated.sources.find((s) => s.key === "wikipedia-sanguansi-mirror")).toMatchObject({ url: null, publisherPageUnknown: 1, confidence: "low", publisher: "English Wikipedia" });
    expect(migrated.sources.filter((s) => s.publisherPageUnknown === 1)).toHaveLength(COPIES.length + 1);
    // bibliographic data kept: the publisher where the copy names one
    expect(copies.find((s) => s.key === "bkbbs-luotan-route-2022")).toMatchObject({ publisher: "文化和旅游部、共青团中央", published: "2022" });
  });

  it("changes nothing in a database seeded from the current file, nor in an empty one, and can run twice", async () => {
    const file = await seeded("current-again", loadGuideData());
    const expected = snapshot(file);
    const db = new Database(file);
    db.exec(migrationSql(FIX));
    db.exec(migrationSql(FIX));
    db.close();
    expect(snapshot(file)).toEqual(expected);
    const empty = path.join(dir, "empty.db");
    const e = new Database(empty);
    for (const m of migrationsBefore) e.exec(migrationSql(m));
    e.exec(migrationSql(FIX));
    expect(e.prepare(`SELECT COUNT(*) AS n FROM "Source"`).get()).toEqual({ n: 0 });
    e.close();
  });

  it("leaves a source whose URL was changed since the seed (for example to a publisher's page found later)", async () => {
    const file = await seeded("edited", OLD_DATA);
    const db = new Database(file);
    db.prepare(`UPDATE "Source" SET "url" = 'https://www.hxw.gov.cn/content/2026/01/01/1.html' WHERE "key" = 'maika88-yuan-renyuan'`).run();
    db.exec(migrationSql(FIX));
    expect(db.prepare(`SELECT "url", "publisherPageUnknown", "publisher" FROM "Source" WHERE "key" = 'maika88-yuan-renyuan'`).get()).toEqual({
      url: "https://www.hxw.gov.cn/content/2026/01/01/1.html",
      publisherPageUnknown: 0,
      publisher: "maika88.com",
    });
    expect(db.prepare(`SELECT "url", "publisherPageUnknown" FROM "Source" WHERE "key" = 'fx361-yuan-renyuan'`).get()).toEqual({ url: null, publisherPageUnknown: 1 });
    db.close();
  });
});
