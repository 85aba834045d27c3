import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { seededDatabaseForThisFile } from "@/lib/test-support/seeded-database";

// The staff home's list against a real seeded database: who may read it, and that it follows what
// the database says (a location source, an open correction, an archive) as soon as it changes.

const { dbFile } = seededDatabaseForThisFile("guide-place-list-");

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined), set: () => {}, delete: () => {} }),
  headers: async () => new Headers(),
}));

function sql<T = unknown>(statement: string, ...params: unknown[]): T[] {
  const db = new Database(dbFile);
  try {
    const st = db.prepare(statement);
    return (st.reader ? st.all(...params) : (st.run(...params), [])) as T[];
  } finally {
    db.close();
  }
}

async function signedInEditor(): Promise<void> {
  const { sessionIdOf } = await import("@/lib/server/auth/session");
  sql("INSERT INTO User (name, passwordHash, role, createdAt) VALUES ('ed', 'x', 'editor', ?)", Date.now());
  const token = randomBytes(32).toString("base64url");
  sql("INSERT INTO Session (id, userId, createdAt, expiresAt, lastSeenAt) SELECT ?, id, ?, ?, ? FROM User WHERE name = 'ed'", sessionIdOf(token), Date.now(), Date.now() + 3_600_000, Date.now());
  jar.set("guide_staff_session", token);
}

describe("getStaffPlaceList", () => {
  it("refuses a visitor", async () => {
    const { getStaffPlaceList } = await import("./place-list");
    await expect(getStaffPlaceList()).rejects.toMatchObject({ name: "AuthError", status: 401 });
  });

  it("lists every place with its reasons, counts them, and follows the database", async () => {
    const { getStaffPlaceList } = await import("./place-list");
    await signedInEditor();
    const now = new Date("2026-06-01T12:00:00Z");
    const places = sql<{ n: number }>("SELECT COUNT(*) AS n FROM Place")[0]!.n;
    const before = await getStaffPlaceList(now);
    expect(before.rows).toHaveLength(places);
    expect(before.currentYear).toBe(2026);
    for (const code of ["no-spot", "stale-status", "unsourced", "corrections"] as const) {
      expect(before.counts[code]).toBe(before.rows.filter((r) => r.needs.includes(code)).length);
    }
    const row = (list: typeof before, slug: string) => list.rows.find((r) => r.slug === slug)!;

    // An approximate spot with no location source is a fact without a source, until one is recorded.
    sql("UPDATE Place SET precision = 'approximate', lat = 29.4, lng = 110.7, statusYear = 2025 WHERE slug = 'jiuge-shangui'");
    expect(row(await getStaffPlaceList(now), "jiuge-shangui").needs).toEqual(["unsourced"]);
    sql("UPDATE Place SET locationSourceId = (SELECT MIN(id) FROM Source) WHERE slug = 'jiuge-shangui'");
    expect(row(await getStaffPlaceList(now), "jiuge-shangui").needs).toEqual([]);
    // 2025 is still recent in 2027, not in 2028.
    expect(row(await getStaffPlaceList(new Date("2028-01-10T12:00:00Z")), "jiuge-shangui").needs).toEqual(["stale-status"]);

    // Open corrections count; reviewed ones do not.
    const add = (status: string) =>
      sql("INSERT INTO Correction (placeId, kind, message, status, addressHash, createdAt) SELECT id, 'other', 'm', ?, 'h', ? FROM Place WHERE slug = 'jiuge-shangui'", status, Date.now());
    add("open");
    add("open");
    add("rejected");
    const withCorrections = await getStaffPlaceList(now);
    expect(row(withCorrections, "jiuge-shangui")).toMatchObject({ openCorrections: 2, needs: ["corrections"] });
    expect(withCorrections.counts.corrections).toBe(before.counts.corrections + 1);

    // An archived place stays listed, marked, and needs nothing.
    sql("UPDATE Place SET archivedAt = ? WHERE slug = 'jiuge-shangui'", Date.now());
    const archived = await getStaffPlaceList(now);
    expect(archived.rows).toHaveLength(places);
    expect(row(archived, "jiuge-shangui")).toMatchObject({ archived: true, needs: [] });
    expect(archived.archived).toBe(1);
  });
});
