import { describe, expect, it, vi } from "vitest";
import { testDatabaseForThisFile } from "@/lib/test-support/test-database";
import { installNextDataCache } from "@/lib/test-support/next-data-cache";
import { PLACE_FORM_FIELDS, type PlaceFormValues } from "@/lib/domain/staff/place-form";

// A staff save is several statements (the place, its revision, maybe a source and a citation). It
// is one transaction: when the database refuses a statement in the middle (here a trigger on the
// revision insert, which comes after the place's update), nothing of the save stays. Runs on SQLite,
// and again on PostgreSQL in the PostgreSQL pass of `npm test`.

const db = testDatabaseForThisFile("write_atomic");
const SLUG = "yucheng-international-hotel";
installNextDataCache();

const jar = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "guide_staff_session" && jar.token ? { name, value: jar.token } : undefined),
    set: () => undefined,
    delete: () => undefined,
  }),
}));

// The public cache's invalidation needs a Next request; here it is only counted.
const invalidated = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/server/cache-tags", async (original) => ({
  ...(await original<typeof import("@/lib/server/cache-tags")>()),
  invalidatePlaces: () => {
    invalidated.count += 1;
  },
}));

const FAIL_ON_REVISION = {
  sqlite: `CREATE TRIGGER fail_revision BEFORE INSERT ON "Revision" BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`,
  postgres: `CREATE FUNCTION fail_revision() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql;
             CREATE TRIGGER fail_revision BEFORE INSERT ON "Revision" FOR EACH ROW EXECUTE FUNCTION fail_revision();`,
};
const DROP_FAILURE = { sqlite: `DROP TRIGGER fail_revision;`, postgres: `DROP TRIGGER fail_revision ON "Revision"; DROP FUNCTION fail_revision();` };

describe(`a write that fails midway leaves nothing (${db.kind})`, () => {
  it("a save whose revision insert fails keeps the place as it was, and the same save succeeds afterwards", async () => {
    const { prisma } = await import("@/lib/server/db");
    const { sessionIdOf } = await import("@/lib/server/auth/session");
    const user = await prisma.user.create({ data: { name: "atomic-editor", passwordHash: "x", role: "editor" } });
    const token = "token-atomic-editor";
    await prisma.session.create({ data: { id: sessionIdOf(token), userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
    jar.token = token;
    const staff = await import("./places");
    const place = await staff.getPlaceForEdit(SLUG);
    if (!place) throw new Error("seeded place missing");
    const values = Object.fromEntries(PLACE_FORM_FIELDS.map((f) => [f, place.values[f]])) as PlaceFormValues;
    const before = await prisma.place.findUniqueOrThrow({ where: { slug: SLUG } });
    const save = () => staff.savePlace({ slug: SLUG, baseVersion: place.version, values: { ...values, nameEn: "Renamed midway" } });

    await db.exec(FAIL_ON_REVISION[db.kind]);
    vi.spyOn(console, "error").mockImplementation(() => {});
    // The statement that failed is the revision insert, after the place was updated.
    await expect(save()).rejects.toThrow(/injected failure|revision\.create\(\)/);
    expect(await prisma.place.findUniqueOrThrow({ where: { slug: SLUG } })).toEqual(before);
    expect(await prisma.revision.count({ where: { placeId: before.id } })).toBe(0);
    expect(invalidated.count).toBe(0);

    await db.exec(DROP_FAILURE[db.kind]);
    expect(await save()).toMatchObject({ ok: true, version: place.version + 1 });
    expect(await prisma.place.findUniqueOrThrow({ where: { slug: SLUG }, select: { nameEn: true, version: true } })).toEqual({ nameEn: "Renamed midway", version: place.version + 1 });
    expect(await prisma.revision.count({ where: { placeId: before.id } })).toBe(1);
    expect(invalidated.count).toBe(1);
  });
});
