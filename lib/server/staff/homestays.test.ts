import Database from "better-sqlite3";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seededDatabaseForThisFile } from "@/lib/test-support/seeded-database";
import { installNextDataCache, runAsRouteHandler } from "@/lib/test-support/next-data-cache";

// The homestay register against a real, freshly seeded database: numbers per village in sequence,
// never reused (archiving frees nothing), refusals, the revision each issuance writes, concurrent
// issuance, and the staff session every function checks itself (next/headers' cookie jar is the
// only thing mocked: it holds the session cookie a signed-in browser would send).

const jar = vi.hoisted(() => ({ token: null as string | null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.token && name === "guide_staff_session" ? { name, value: jar.token } : undefined),
    set: () => undefined,
    delete: () => undefined,
  }),
  headers: async () => new Headers(),
}));

// A stale read, as when another server process commits a number between this one's read and write:
// armed, the register's next findMany of issued numbers sees none of them.
const stale = vi.hoisted(() => ({ armed: false }));
vi.mock("./homestay-register", async (importOriginal) => {
  const real = await importOriginal<typeof import("./homestay-register")>();
  return {
    issueHomestayNumber: (tx: Parameters<typeof real.issueHomestayNumber>[0], placeId: number) => {
      if (!stale.armed) return real.issueHomestayNumber(tx, placeId);
      stale.armed = false;
      const staleTx = new Proxy(tx, {
        get: (target, prop, receiver) =>
          prop === "homestayNumber" ? { ...target.homestayNumber, findMany: async () => [] } : Reflect.get(target, prop, receiver),
      });
      return real.issueHomestayNumber(staleTx, placeId);
    },
  };
});

const { dbFile } = seededDatabaseForThisFile("guide-homestays-");
const cache = installNextDataCache();
const SANGUANSI = "430821211201";
const MIAOLING = "430821211202";
const SITE = "https://guide.example.org";

function sqlAll<T>(statement: string, ...params: unknown[]): T[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare(statement).all(...params) as T[];
  } finally {
    db.close();
  }
}

async function data() {
  const { prisma } = await import("@/lib/server/db");
  const homestays = await import("./homestays");
  return { prisma, ...homestays };
}

/** Signs the mocked browser in as a new staff member with `role`. */
async function signInAs(role: "editor" | "admin"): Promise<number> {
  const { prisma } = await data();
  const { sessionIdOf } = await import("@/lib/server/auth/session");
  const user = await prisma.user.create({ data: { name: `${role}-${Math.random().toString(36).slice(2)}`, passwordHash: "x", role } });
  const token = `token-${user.id}-${Math.random().toString(36).slice(2)}`;
  await prisma.session.create({ data: { id: sessionIdOf(token), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
  jar.token = token;
  return user.id;
}

let made = 0;
/** A new lodging (kind "lodging") in the village with this code, or without a village. */
async function newLodging(villageCode: string | null, nameZh = "测试民宿"): Promise<string> {
  const { prisma } = await data();
  const village = villageCode ? await prisma.village.findUniqueOrThrow({ where: { code12: villageCode } }) : null;
  const slug = `test-homestay-${++made}`;
  await prisma.place.create({
    data: {
      slug,
      kind: "lodging",
      nameZh: `${nameZh}${made}`,
      pinyin: "cèshì mínsù",
      villageId: village?.id ?? null,
      status: "open",
      summaryZh: "测试",
      descriptionZh: "测试",
      precision: "village",
      precisionRadiusM: 2000,
      locationNoteZh: "测试",
    },
  });
  return slug;
}

const issue = async (slug: string) => {
  const { issueNumberForPlace } = await data();
  return runAsRouteHandler(cache, () => issueNumberForPlace(slug));
};

beforeAll(() => {
  vi.stubEnv("SITE_URL", SITE);
});

describe("the staff session", () => {
  it("refuses every register function without a session (401) and lets an editor in", async () => {
    const { listHomestays, issueNumberForPlace, getPlaque, getVillagePlaques } = await data();
    jar.token = null;
    for (const call of [() => listHomestays(), () => issueNumberForPlace("yucheng-international-hotel"), () => getPlaque("x"), () => getVillagePlaques("luotan")]) {
      await expect(call()).rejects.toMatchObject({ name: "AuthError", status: 401 });
    }
    jar.token = "not-a-session";
    await expect(listHomestays()).rejects.toMatchObject({ status: 401 });
    await signInAs("editor");
    expect(Array.isArray(await listHomestays())).toBe(true);
    expect(sqlAll("SELECT * FROM HomestayNumber")).toEqual([]);
  });
});

describe("issuing numbers", () => {
  it("numbers a village's lodgings in sequence, records a revision and shows the number publicly", async () => {
    const userId = await signInAs("editor");
    const { prisma } = await data();
    const { getPlace } = await import("@/lib/server/places");
    const village = await prisma.village.findUniqueOrThrow({ where: { code12: SANGUANSI } });
    // The seed's lodgings have no village; staff set it (here directly) before numbering.
    await prisma.place.updateMany({ where: { slug: { in: ["yucheng-international-hotel", "mengdiezhuang-boutique-hotel"] } }, data: { villageId: village.id } });
    expect((await getPlace("yucheng-international-hotel"))?.homestayNumber).toBeNull(); // read (and cached) before

    const before = await prisma.place.findUniqueOrThrow({ where: { slug: "yucheng-international-hotel" }, select: { id: true, version: true } });
    expect(await issue("yucheng-international-hotel")).toEqual({ slug: "yucheng-international-hotel", number: `${SANGUANSI}-001`, version: before.version + 1 });
    expect((await issue("mengdiezhuang-boutique-hotel")).number).toBe(`${SANGUANSI}-002`);

    const after = await prisma.place.findUniqueOrThrow({ where: { id: before.id }, select: { version: true } });
    expect(after.version).toBe(before.version + 1);
    const revisions = sqlAll<{ version: number; action: string; changes: string; userId: number }>(
      "SELECT version, action, changes, userId FROM Revision WHERE placeId = ?",
      before.id,
    );
    expect(revisions).toEqual([
      { version: before.version + 1, action: "number", changes: JSON.stringify([{ field: "homestayNumber", old: null, new: `${SANGUANSI}-001` }]), userId },
    ]);
    // invalidatePlaces() ran: the cached public read shows the number.
    expect((await getPlace("yucheng-international-hotel"))?.homestayNumber).toBe(`${SANGUANSI}-001`);
  });

  it("never reuses a number: an archived homestay keeps its number taken", async () => {
    await signInAs("editor");
    const { prisma, listHomestays } = await data();
    await prisma.place.update({ where: { slug: "mengdiezhuang-boutique-hotel" }, data: { archivedAt: new Date() } });
    const next = await newLodging(SANGUANSI);
    expect((await issue(next)).number).toBe(`${SANGUANSI}-003`);
    const group = (await listHomestays()).find((g) => g.village?.code12 === SANGUANSI);
    expect(group?.homestays.map((h) => [h.number, h.archived])).toEqual([
      [`${SANGUANSI}-001`, false],
      [`${SANGUANSI}-002`, true],
      [`${SANGUANSI}-003`, false],
    ]);
  });

  it("keeps a sequence per village: another village starts at 001", async () => {
    await signInAs("admin");
    expect((await issue(await newLodging(MIAOLING))).number).toBe(`${MIAOLING}-001`);
  });

  it("refuses unknown, archived and non-lodging places, lodgings without a village, and a second number", async () => {
    await signInAs("editor");
    const revisionsBefore = sqlAll("SELECT id FROM Revision").length;
    const noVillage = await newLodging(null);
    await expect(issue("no-such-place")).rejects.toMatchObject({ name: "HomestayError", code: "not_found" });
    await expect(issue("Not A Slug")).rejects.toMatchObject({ code: "not_found" });
    await expect(issue("mengdiezhuang-boutique-hotel")).rejects.toMatchObject({ code: "not_found" }); // archived
    await expect(issue("village-sanguansi")).rejects.toMatchObject({ code: "not_lodging" });
    await expect(issue(noVillage)).rejects.toMatchObject({ code: "no_village" });
    await expect(issue("yucheng-international-hotel")).rejects.toMatchObject({ code: "already_numbered" });
    expect(sqlAll("SELECT id FROM Revision").length).toBe(revisionsBefore);
    const { listHomestays } = await data();
    const unplaced = (await listHomestays()).find((g) => g.village === null);
    expect(unplaced?.homestays.map((h) => h.slug)).toContain(noVillage);
  });
});

describe("concurrent issuance", () => {
  it("gives lodgings numbered at the same moment distinct numbers in sequence", async () => {
    await signInAs("editor");
    const code = "430821211203";
    const slugs = await Promise.all([1, 2, 3, 4, 5].map(() => newLodging(code)));
    const numbers = await Promise.all(slugs.map((s) => issue(s)));
    expect(numbers.map((n) => n.number).sort()).toEqual([1, 2, 3, 4, 5].map((i) => `${code}-00${i}`));
  });

  it("numbers one lodging once when two issue it at the same moment", async () => {
    await signInAs("editor");
    const slug = await newLodging("430821211206");
    const results = await Promise.allSettled([issue(slug), issue(slug)]);
    expect(results.filter((r) => r.status === "fulfilled").map((r) => r.value.number)).toEqual(["430821211206-001"]);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r.reason as { code: string }).code)).toEqual(["already_numbered"]);
    expect(sqlAll("SELECT r.id FROM Revision r JOIN Place p ON p.id = r.placeId WHERE p.slug = ?", slug)).toHaveLength(1);
  });

  it("a stale read loses to the unique index and the issuance tries again with the next number", async () => {
    await signInAs("editor");
    const code = "430821211203"; // five numbers issued above
    const slug = await newLodging(code);
    stale.armed = true;
    expect((await issue(slug)).number).toBe(`${code}-006`);
    expect(stale.armed).toBe(false);
    expect(sqlAll("SELECT r.id FROM Revision r JOIN Place p ON p.id = r.placeId WHERE p.slug = ?", slug)).toHaveLength(1);
  });

  it("the unique index refuses a second (village, sequence) and a second number for a place", () => {
    const db = new Database(dbFile);
    try {
      const taken = db.prepare("SELECT villageId, seq, placeId FROM HomestayNumber LIMIT 1").get() as { villageId: number; seq: number; placeId: number };
      const other = db.prepare("SELECT id FROM Place WHERE id NOT IN (SELECT placeId FROM HomestayNumber) LIMIT 1").get() as { id: number };
      const insert = db.prepare("INSERT INTO HomestayNumber (number, villageId, seq, placeId) VALUES (?, ?, ?, ?)");
      expect(() => insert.run("dup-seq", taken.villageId, taken.seq, other.id)).toThrow(/UNIQUE constraint failed/);
      expect(() => insert.run("dup-place", taken.villageId, 998, taken.placeId)).toThrow(/UNIQUE constraint failed/);
    } finally {
      db.close();
    }
  });
});

describe("plaques", () => {
  it("gives a numbered homestay's plaque with its village and an absolute URL from SITE_URL", async () => {
    await signInAs("editor");
    const { getPlaque } = await data();
    expect(await getPlaque("yucheng-international-hotel")).toEqual({
      slug: "yucheng-international-hotel",
      number: `${SANGUANSI}-001`,
      nameZh: "宇成国际酒店",
      nameEn: "Yucheng International Hotel",
      village: { slug: "sanguansi", nameZh: "三官寺村", nameEn: "Sanguansi Village", code12: SANGUANSI },
      url: `${SITE}/places/yucheng-international-hotel`,
    });
    expect(await getPlaque("mengdiezhuang-boutique-hotel")).toBeNull(); // archived
    expect(await getPlaque(await newLodging(SANGUANSI))).toBeNull(); // no number yet
    expect(await getPlaque("village-sanguansi")).toBeNull();
  });

  it("gives a village's sheet: its numbered, not archived homestays in number order", async () => {
    await signInAs("editor");
    const { getVillagePlaques } = await data();
    const sheet = await getVillagePlaques("sanguansi");
    expect(sheet?.plaques.map((p) => p.number)).toEqual([`${SANGUANSI}-001`, `${SANGUANSI}-003`]);
    expect((await getVillagePlaques("fengping"))?.plaques).toHaveLength(1);
    expect(await getVillagePlaques("no-such-village")).toBeNull();
  });
});
