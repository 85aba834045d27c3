import Database from "better-sqlite3";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seededDatabaseForThisFile } from "@/lib/test-support/seeded-database";
import { installNextDataCache } from "@/lib/test-support/next-data-cache";
import { parsePlaceForm, PLACE_FORM_FIELDS, type PlaceFormValues } from "@/lib/domain/staff/place-form";
import { RECORD_ID_MAX } from "@/lib/domain/staff/record-id";

// The staff editing data layer against a real seeded SQLite database. The actor comes from a real
// session row and a mocked cookie jar (next/headers); the public cache's invalidation is observed.

const { dbFile } = seededDatabaseForThisFile("guide-staff-places-");
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
const invalidated = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/server/cache-tags", async (original) => ({
  ...(await original<typeof import("@/lib/server/cache-tags")>()),
  invalidatePlaces: () => {
    invalidated.count += 1;
  },
}));

function sqlAll(statement: string, ...params: unknown[]): Record<string, unknown>[] {
  const db = new Database(dbFile);
  try {
    return db.prepare(statement).all(...params) as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

/** Makes a user with a session and signs the mocked cookie jar in as them. */
async function actAs(name: string): Promise<number> {
  const { prisma } = await import("@/lib/server/db");
  const { sessionIdOf } = await import("@/lib/server/auth/session");
  const user = await prisma.user.upsert({ where: { name }, create: { name, passwordHash: "x", role: "editor" }, update: {} });
  const token = `token-${name}`;
  await prisma.session.upsert({
    where: { id: sessionIdOf(token) },
    create: { id: sessionIdOf(token), userId: user.id, expiresAt: new Date(Date.now() + 3600_000) },
    update: {},
  });
  jar.token = token;
  return user.id;
}

async function load() {
  const staff = await import("./places");
  const place = await staff.getPlaceForEdit(SLUG);
  if (!place) throw new Error("seeded place missing");
  const values = Object.fromEntries(PLACE_FORM_FIELDS.map((f) => [f, place.values[f]])) as PlaceFormValues;
  return { staff, place, values };
}

describe("staff place editing (data layer)", () => {
  beforeAll(async () => {
    await actAs("editor-a");
  });

  it("refuses every read and write without a session (401)", async () => {
    const staff = await import("./places");
    jar.token = undefined;
    await expect(staff.getPlaceForEdit(SLUG)).rejects.toMatchObject({ status: 401 });
    await expect(staff.getPlaceHistory(SLUG)).rejects.toMatchObject({ status: 401 });
    await expect(staff.savePlace({ slug: SLUG, baseVersion: 1, values: {} })).rejects.toMatchObject({ status: 401 });
    await expect(staff.createPlace({ slug: "x", values: {} })).rejects.toMatchObject({ status: 401 });
    await expect(staff.archivePlace(SLUG, 1)).rejects.toMatchObject({ status: 401 });
    await expect(staff.restoreRevision({ revisionId: 1, baseVersion: 1 })).rejects.toMatchObject({ status: 401 });
    await expect(staff.savePlace({ slug: "village-miaoling", baseVersion: 1, values: {}, removeSources: ["hxw-2022-article"] })).rejects.toMatchObject({ status: 401 });
    expect(sqlAll("SELECT COUNT(*) AS n FROM PlaceSource ps JOIN Place p ON p.id = ps.placeId WHERE p.slug = 'village-miaoling'")).toEqual([{ n: 2 }]);
    await actAs("editor-a");
  });

  it("loads every seeded place into a form the schema accepts unchanged", async () => {
    const staff = await import("./places");
    for (const { slug } of sqlAll("SELECT slug FROM Place")) {
      const place = await staff.getPlaceForEdit(slug);
      const values = Object.fromEntries(PLACE_FORM_FIELDS.map((f) => [f, place?.values[f]]));
      expect(parsePlaceForm(values), String(slug)).toEqual({ ok: true, value: values });
    }
  });

  it("a name change needs no source; a move without a source is refused and writes nothing", async () => {
    const { staff, place, values } = await load();
    const before = invalidated.count;
    const renamed = await staff.savePlace({ slug: SLUG, baseVersion: place.version, values: { ...values, nameEn: "Yucheng Hotel" } });
    expect(renamed).toEqual({ ok: true, slug: SLUG, version: place.version + 1, changes: [{ field: "nameEn", old: values.nameEn, new: "Yucheng Hotel" }] });
    expect(invalidated.count).toBe(before + 1);

    const moved = { ...values, nameEn: "Yucheng Hotel", lat: 29.4301, lng: 110.6522, precision: "exact" as const, radiusM: 12 };
    const refused = await staff.savePlace({ slug: SLUG, baseVersion: place.version + 1, values: moved });
    expect(refused).toEqual({ ok: false, kind: "invalid", errors: { source: "source_required" } });
    const badUrl = await staff.savePlace({
      slug: SLUG,
      baseVersion: place.version + 1,
      values: moved,
      source: { type: "publication", title: "t", publisher: "p", url: "javascript:window.__xss=1", published: null, confidence: "low" },
    });
    expect(badUrl).toEqual({ ok: false, kind: "invalid", errors: { "source.url": "http_url" } });
    expect(sqlAll("SELECT version, lat FROM Place WHERE slug = ?", SLUG)).toEqual([{ version: place.version + 1, lat: values.lat }]);
    expect(invalidated.count).toBe(before + 1);
  });

  it("a text change may cite a source: it joins the place's sources, cited for the fields it changed", async () => {
    const { staff, place, values } = await load();
    const summary = `${values.summaryZh}（来源已核对）`;
    const saved = await staff.savePlace({
      slug: SLUG,
      baseVersion: place.version,
      values: { ...values, summaryZh: summary },
      source: { type: "publication", title: "慈利县人民政府网：三官寺乡简介", publisher: "慈利县人民政府", url: "https://www.cili.gov.cn/", published: null, confidence: "medium" },
    });
    expect(saved).toMatchObject({ ok: true, version: place.version + 1 });
    const cited = sqlAll(
      "SELECT s.title, ps.note FROM PlaceSource ps JOIN Source s ON s.id = ps.sourceId JOIN Place p ON p.id = ps.placeId WHERE p.slug = ? AND s.title = ?",
      SLUG,
      "慈利县人民政府网：三官寺乡简介",
    );
    expect(cited).toEqual([{ title: "慈利县人民政府网：三官寺乡简介", note: "summaryZh" }]);
    const [revision] = sqlAll("SELECT sourceId FROM Revision r JOIN Place p ON p.id = r.placeId WHERE p.slug = ? ORDER BY r.version DESC LIMIT 1", SLUG);
    expect(revision?.sourceId).not.toBeNull();
    // The location and status sources stay as they were: this source is for the summary only.
    expect(sqlAll("SELECT locationSourceId, statusSourceId FROM Place WHERE slug = ?", SLUG)).toEqual([{ locationSourceId: null, statusSourceId: null }]);
  });

  it("a text seen only in a republished copy is cited without a URL, marked so for the staff lists and the public", async () => {
    const { staff, place, values } = await load();
    const copy = { type: "publication", title: "三官寺乡的一篇文章", publisher: "", published: null, confidence: "medium", publisherPageUnknown: true };
    const withUrl = await staff.savePlace({
      slug: SLUG,
      baseVersion: place.version,
      values: { ...values, descriptionEn: `${values.descriptionEn} (checked)` },
      source: { ...copy, url: "http://www.maika88.com/content/2021/10/29/10345689.html" },
    });
    expect(withUrl).toEqual({ ok: false, kind: "invalid", errors: { "source.url": "url_with_unknown_page" } });
    const saved = await staff.savePlace({
      slug: SLUG,
      baseVersion: place.version,
      values: { ...values, descriptionEn: `${values.descriptionEn} (checked)` },
      source: { ...copy, url: "" },
    });
    expect(saved).toMatchObject({ ok: true, version: place.version + 1 });
    expect(sqlAll("SELECT publisher, url, publisherPageUnknown, confidence FROM Source WHERE title = ?", "三官寺乡的一篇文章")).toEqual([
      { publisher: null, url: null, publisherPageUnknown: 1, confidence: "medium" },
    ]);
    const edit = await staff.getPlaceForEdit(SLUG);
    expect(edit?.citations.find((c) => c.title === "三官寺乡的一篇文章")).toMatchObject({ url: null, publisherPageUnknown: true, note: "descriptionEn" });
    const options = await staff.getEditOptions();
    expect(options.sources.find((s) => s.title === "三官寺乡的一篇文章")).toMatchObject({ publisherPageUnknown: true });
    expect(options.sources.find((s) => s.key === "maika88-yuan-renyuan")).toMatchObject({ publisherPageUnknown: true });
    expect(options.sources.find((s) => s.key === "hxw-2022-article")).toMatchObject({ publisherPageUnknown: false });
    const { getPlace } = await import("@/lib/server/places");
    const pub = await getPlace(SLUG);
    expect(pub?.sources.find((s) => s.title === "三官寺乡的一篇文章")).toMatchObject({ url: null, publisher: null, publisherPageUnknown: true });
  });

  it("a move with a survey records the revision with who, which fields, and the new survey source", async () => {
    const { staff, place, values } = await load();
    const userId = await actAs("editor-a");
    const result = await staff.savePlace({
      slug: SLUG,
      baseVersion: place.version,
      values: { ...values, lat: 29.4301, lng: 110.6522, precision: "exact", radiusM: 12 },
      source: { type: "survey", surveyedOn: "2026-11-29" },
    });
    expect(result.ok).toBe(true);
    const [revision] = sqlAll("SELECT * FROM Revision WHERE placeId = (SELECT id FROM Place WHERE slug = ?) ORDER BY version DESC LIMIT 1", SLUG);
    const [source] = sqlAll("SELECT * FROM Source WHERE id = ?", revision?.sourceId);
    expect(source).toMatchObject({ kind: "survey", url: null, surveyedById: userId, surveyedOn: "2026-11-29", title: "editor-a 于 2026-11-29 实地核查 / Surveyed on site by editor-a on 2026-11-29" });
    expect(revision).toMatchObject({ action: "update", userId, version: place.version + 1 });
    expect(JSON.parse(String(revision?.changes))).toEqual([
      { field: "lat", old: values.lat, new: 29.4301 },
      { field: "lng", old: values.lng, new: 110.6522 },
      { field: "precision", old: values.precision, new: "exact" },
      { field: "radiusM", old: values.radiusM, new: 12 },
      { field: "locationSource", old: place.values.locationSource, new: source?.key },
      { field: "citations", old: place.values.citations, new: expect.stringContaining(`["${String(source?.key)}","location"]`) },
    ]);
    // The survey is now listed among the place's sources (the public panel shows it).
    expect(sqlAll("SELECT note FROM PlaceSource WHERE sourceId = ?", source?.id)).toEqual([{ note: "location" }]);
  });

  it("refuses a version, revision or correction number beyond a PostgreSQL integer as invalid input, not a database error", async () => {
    const { staff, values } = await load();
    const tooBig = RECORD_ID_MAX + 1;
    expect(await staff.savePlace({ slug: SLUG, baseVersion: tooBig, values })).toEqual({ ok: false, kind: "invalid", errors: { baseVersion: "invalid" } });
    expect(await staff.restoreRevision({ revisionId: tooBig, baseVersion: 1 })).toEqual({ ok: false, kind: "not_found" });
    expect(await staff.savePlace({ slug: SLUG, baseVersion: 1, values, correctionId: tooBig })).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("refuses a stale save (conflict: current values, newer revisions and who), writing nothing", async () => {
    const { staff, place, values } = await load();
    await actAs("editor-b");
    const theirs = await staff.savePlace({ slug: SLUG, baseVersion: place.version, values: { ...values, summaryZh: "B 的简介" } });
    expect(theirs.ok).toBe(true);
    await actAs("editor-a");
    const mine = await staff.savePlace({ slug: SLUG, baseVersion: place.version, values: { ...values, summaryZh: "A 的简介" } });
    expect(mine.ok).toBe(false);
    if (mine.ok || mine.kind !== "conflict") throw new Error("expected a conflict");
    expect(mine.conflict.current.version).toBe(place.version + 1);
    expect(mine.conflict.current.values.summaryZh).toBe("B 的简介");
    expect(mine.conflict.newer).toHaveLength(1);
    expect(mine.conflict.newer[0]).toMatchObject({ userName: "editor-b", version: place.version + 1, changes: [{ field: "summaryZh", old: values.summaryZh, new: "B 的简介" }] });
    expect(sqlAll("SELECT summaryZh, version FROM Place WHERE slug = ?", SLUG)).toEqual([{ summaryZh: "B 的简介", version: place.version + 1 }]);
  });

  it("restores the state before a revision as a new revision, and a restore can itself be undone", async () => {
    const { staff } = await load();
    const history = await staff.getPlaceHistory(SLUG);
    const move = history?.revisions.find((r) => r.changes.some((c) => c.field === "lat"));
    if (!history || !move) throw new Error("the move revision is missing");
    const result = await staff.restoreRevision({ revisionId: move.id, baseVersion: history.version });
    expect(result.ok).toBe(true);
    // Before the move: the seeded point, the seeded precision and source; the rename stays (it came earlier).
    const [row] = sqlAll("SELECT lat, lng, precision, nameEn, summaryZh, version FROM Place WHERE slug = ?", SLUG);
    expect(row).toEqual({ lat: null, lng: null, precision: "township", nameEn: "Yucheng Hotel", summaryZh: expect.not.stringContaining("B 的"), version: history.version + 1 });
    const after = await staff.getPlaceHistory(SLUG);
    expect(after?.revisions[0]).toMatchObject({ action: "restore", restoredFromVersion: move.version, userName: "editor-a" });
    expect(after?.revisions).toHaveLength(history.revisions.length + 1);

    // Undo the restore: back to the state with the move and B's summary.
    const undo = await staff.restoreRevision({ revisionId: after?.revisions[0]?.id, baseVersion: history.version + 1 });
    expect(undo.ok).toBe(true);
    expect(sqlAll("SELECT lat, precision, summaryZh FROM Place WHERE slug = ?", SLUG)).toEqual([{ lat: 29.4301, precision: "exact", summaryZh: "B 的简介" }]);
    // A stale restore is refused too.
    expect(await staff.restoreRevision({ revisionId: move.id, baseVersion: history.version })).toMatchObject({ ok: false, kind: "conflict" });
  });

  it("removes a wrong citation as a revision that a restore undoes, note and all", async () => {
    const staff = await import("./places");
    const slug = "village-miaoling";
    const place = await staff.getPlaceForEdit(slug);
    if (!place) throw new Error("seeded place missing");
    expect(place.citations.map((c) => c.key)).toEqual(["hxw-2022-article", "liyanjie2048-2021-village-codes"]);
    const values = Object.fromEntries(PLACE_FORM_FIELDS.map((f) => [f, place.values[f]]));
    const cited = () => sqlAll("SELECT s.key, ps.note FROM PlaceSource ps JOIN Source s ON s.id = ps.sourceId JOIN Place p ON p.id = ps.placeId WHERE p.slug = ? ORDER BY s.key", slug);
    const seeded = cited();
    const before = invalidated.count;

    const removed = await staff.savePlace({ slug, baseVersion: place.version, values, removeSources: ["hxw-2022-article"] });
    expect(removed).toMatchObject({ ok: true, version: place.version + 1, changes: [{ field: "citations" }] });
    expect(cited()).toEqual([{ key: "liyanjie2048-2021-village-codes", note: "村名与2021年统计用区划代码 430821211202" }]);
    expect(invalidated.count).toBe(before + 1);
    const history = await staff.getPlaceHistory(slug);
    expect(history?.revisions[0]).toMatchObject({ action: "update", userName: "editor-a" });

    // The last citation cannot go; nothing is written.
    expect(await staff.savePlace({ slug, baseVersion: place.version + 1, values, removeSources: ["liyanjie2048-2021-village-codes"] })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { removeSources: "last_source" },
    });
    // A key the place does not cite, and a malformed list, are refused too.
    expect(await staff.savePlace({ slug, baseVersion: place.version + 1, values, removeSources: ["<img src=x onerror=alert(1)>"] })).toMatchObject({ ok: false, errors: { removeSources: "not_cited" } });
    expect(await staff.savePlace({ slug, baseVersion: place.version + 1, values, removeSources: "hxw-2022-article" })).toMatchObject({ ok: false, errors: { removeSources: "invalid" } });
    // A stale form's removal is a conflict like any other stale save.
    expect(await staff.savePlace({ slug, baseVersion: place.version, values, removeSources: ["liyanjie2048-2021-village-codes"] })).toMatchObject({ ok: false, kind: "conflict" });
    expect(cited()).toHaveLength(1);

    const restored = await staff.restoreRevision({ revisionId: history?.revisions[0]?.id, baseVersion: place.version + 1, slug });
    expect(restored).toMatchObject({ ok: true, version: place.version + 2 });
    expect(cited()).toEqual(seeded);
  });

  it("refuses removing the source a location or a status relies on", async () => {
    const staff = await import("./places");
    const slug = "village-yunshan";
    const place = await staff.getPlaceForEdit(slug);
    if (!place) throw new Error("seeded place missing");
    const values = Object.fromEntries(PLACE_FORM_FIELDS.map((f) => [f, place.values[f]]));
    const moved = await staff.savePlace({
      slug,
      baseVersion: place.version,
      values: { ...values, lat: 29.44, lng: 110.64, precision: "approximate", radiusM: 500 },
      source: { type: "existing", key: "hxw-2022-article" },
    });
    expect(moved).toMatchObject({ ok: true, version: place.version + 1 });
    const v2 = Object.fromEntries(PLACE_FORM_FIELDS.map((f) => [f, f === "lat" ? 29.44 : f === "lng" ? 110.64 : f === "precision" ? "approximate" : f === "radiusM" ? 500 : values[f]]));
    expect(await staff.savePlace({ slug, baseVersion: place.version + 1, values: v2, removeSources: ["hxw-2022-article"] })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { removeSources: "source_for_location" },
    });
    const dated = await staff.savePlace({ slug, baseVersion: place.version + 1, values: { ...v2, statusYear: 2021 }, source: { type: "existing", key: "liyanjie2048-2021-village-codes" } });
    expect(dated).toMatchObject({ ok: true, version: place.version + 2 });
    expect(await staff.savePlace({ slug, baseVersion: place.version + 2, values: { ...v2, statusYear: 2021 }, removeSources: ["liyanjie2048-2021-village-codes"] })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { removeSources: "source_for_status" },
    });
    expect(sqlAll("SELECT version FROM Place WHERE slug = ?", slug)).toEqual([{ version: place.version + 2 }]);
  });

  it("accepting a correction marks it accepted and credits it in the revision", async () => {
    const { staff, place, values } = await load();
    const userId = await actAs("editor-a");
    const [placeRow] = sqlAll("SELECT id FROM Place WHERE slug = ?", SLUG);
    const db = new Database(dbFile);
    const { lastInsertRowid } = db
      .prepare("INSERT INTO Correction (placeId, kind, message, lat, lng, accuracyM, status, lang, addressHash, createdAt) VALUES (?, 'location', '在桥头', 29.4302, 110.6523, 8, 'open', 'zh', 'h', ?)")
      .run(placeRow?.id, Date.now());
    db.close();
    const correctionId = Number(lastInsertRowid);
    expect((await staff.getPlaceForEdit(SLUG, String(correctionId)))?.correction).toMatchObject({ id: correctionId, message: "在桥头", lat: 29.4302 });
    const result = await staff.savePlace({
      slug: SLUG,
      baseVersion: place.version,
      values: { ...values, lat: 29.4302, lng: 110.6523, radiusM: 8 },
      source: { type: "survey", surveyedOn: "2026-11-29" },
      correctionId,
    });
    expect(result.ok).toBe(true);
    expect(sqlAll("SELECT status, reviewedById FROM Correction WHERE id = ?", correctionId)).toEqual([{ status: "accepted", reviewedById: userId }]);
    const history = await staff.getPlaceHistory(SLUG);
    expect(history?.revisions[0]?.correctionId).toBe(correctionId);
  });

  it("creates a homestay at version 1 with its number, and archives it", async () => {
    const { staff, values } = await load();
    const created = await staff.createPlace({
      slug: "test-homestay",
      values: { ...values, nameZh: "测试民宿", kind: "lodging", village: "luotan" },
      source: { type: "existing", key: "hxw-2022-article" },
    });
    expect(created).toMatchObject({ ok: true, version: 1, homestayNumber: expect.stringMatching(/^\d{12}-001$/) });
    expect(await staff.createPlace({ slug: "test-homestay", values: { ...values, village: "luotan" }, source: { type: "existing", key: "hxw-2022-article" } })).toEqual({
      ok: false,
      kind: "invalid",
      errors: { slug: "slug_taken" },
    });
    // A place that states neither a point nor a status needs no source; one with a status does.
    const bare = { ...values, kind: "scenic" as const, village: null, status: "unknown" as const, statusYear: null, lat: null, lng: null, precision: "township" as const };
    expect(await staff.createPlace({ slug: "test-bare", values: bare })).toMatchObject({ ok: true, version: 1, homestayNumber: null });
    expect(await staff.createPlace({ slug: "test-open", values: { ...bare, status: "open" } })).toEqual({ ok: false, kind: "invalid", errors: { source: "source_required" } });
    expect(await staff.archivePlace("test-homestay", 1)).toMatchObject({ ok: true, version: 2 });
    const { getPlaces, getArchivedPlace } = await import("@/lib/server/places");
    expect((await getPlaces()).some((p) => p.slug === "test-homestay")).toBe(false);
    expect(await getArchivedPlace("test-homestay")).toMatchObject({ nameZh: "测试民宿" });
    expect((await staff.getPlaceHistory("test-homestay"))?.revisions.map((r) => r.action)).toEqual(["archive", "create"]);
  });

  it("db:seed keeps places that staff have edited and still syncs the others", async () => {
    const { createSeedClient, loadGuideData, seedDatabase } = await import("@/prisma/seed");
    const edited = sqlAll("SELECT lat, summaryZh, version FROM Place WHERE slug = ?", SLUG);
    const client = createSeedClient();
    try {
      const result = await seedDatabase(client, loadGuideData());
      expect(result.keptStaffEdits).toEqual(["village-miaoling", "village-yunshan", SLUG]);
    } finally {
      await client.$disconnect();
    }
    expect(sqlAll("SELECT lat, summaryZh, version FROM Place WHERE slug = ?", SLUG)).toEqual(edited);
  });
});
