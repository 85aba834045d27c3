import Database from "better-sqlite3";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { seededDatabaseForThisFile } from "@/lib/test-support/seeded-database";

// Visitors' corrections end to end through the real route handlers and data layer, against a
// fresh seeded database. Only next/headers is stood in for: the request's headers (Origin, the
// client's address) and the cookie jar (the staff session).

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
}));

const { dbFile } = seededDatabaseForThisFile("guide-corrections-");
const ORIGIN = "http://localhost:3000"; // SITE_URL's default
const SLUG = "luotan-picking-gardens";
const IN_TOWNSHIP = { lat: 29.4113, lng: 110.6562, accuracyM: 15 };

function from(address: string, origin: string | null = ORIGIN) {
  request.headers = new Headers({ "x-forwarded-for": address, host: "localhost:3000", ...(origin ? { origin } : {}) });
}

function rows<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

async function post(body: unknown): Promise<Response> {
  const { POST } = await import("@/app/api/corrections/route");
  return POST(new Request("http://localhost:3000/api/corrections", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
}

async function reject(id: number | string, body: unknown, query = ""): Promise<Response> {
  const { POST } = await import("@/app/api/staff/corrections/[id]/reject/route");
  const isForm = typeof body === "string";
  return POST(
    new Request(`http://localhost:3000/api/staff/corrections/${id}/reject${query}`, {
      method: "POST",
      body: isForm ? body : JSON.stringify(body),
      headers: { "content-type": isForm ? "application/x-www-form-urlencoded" : "application/json" },
    }),
    { params: Promise.resolve({ id: String(id) }) },
  );
}

/** A user and a session row in the database; the cookie jar holds the session's token. */
async function signedInAs(name: string, role: string, disabled = false): Promise<number> {
  const { prisma } = await import("@/lib/server/db");
  const { SESSION_COOKIE, sessionIdOf } = await import("@/lib/server/auth/session");
  const user = await prisma.user.create({ data: { name, role, passwordHash: "not-used", disabledAt: disabled ? new Date() : null } });
  const token = `token-of-${name}`;
  await prisma.session.create({ data: { id: sessionIdOf(token), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
  request.cookies = new Map([[SESSION_COOKIE, token]]);
  return user.id;
}

const valid = (extra: object = {}) => ({ place: SLUG, kind: "location", message: "入口在停车场旁", point: IN_TOWNSHIP, lang: "zh", ...extra });

beforeEach(() => {
  request.cookies = new Map();
  from("203.0.113.1");
});

describe("POST /api/corrections", () => {
  it("stores a wrong-location report as open, with the address only as its hash", async () => {
    from("198.51.100.7");
    const res = await post(valid());
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const [row] = rows<Record<string, unknown>>("SELECT * FROM Correction WHERE id = ?", id);
    expect(row).toMatchObject({ kind: "location", message: "入口在停车场旁", lat: 29.4113, lng: 110.6562, accuracyM: 15, status: "open", lang: "zh", reason: null, reviewedById: null });
    const { addressKey } = await import("@/lib/server/auth/rate-limit");
    expect(row?.addressHash).toBe(addressKey(new Headers({ "x-forwarded-for": "198.51.100.7" })));
    expect(JSON.stringify(row)).not.toContain("198.51.100.7");
    const [place] = rows<{ slug: string }>("SELECT slug FROM Place WHERE id = ?", row?.placeId);
    expect(place?.slug).toBe(SLUG);
  });

  it("refuses a missing or foreign Origin (403) and stores nothing", async () => {
    const before = rows<{ n: number }>("SELECT COUNT(*) AS n FROM Correction")[0]?.n;
    from("198.51.100.8", "https://evil.example");
    expect((await post(valid())).status).toBe(403);
    from("198.51.100.8", null);
    expect((await post(valid())).status).toBe(403);
    expect(rows<{ n: number }>("SELECT COUNT(*) AS n FROM Correction")[0]?.n).toBe(before);
  });

  it("answers per field in the form's language, and 400 for bodies that are not a correction", async () => {
    from("198.51.100.9");
    const outside = await post(valid({ point: { lat: 39.9, lng: 116.4, accuracyM: null } }));
    expect(outside.status).toBe(400);
    expect(await outside.json()).toEqual({
      error: { status: 400, code: "invalid_fields", message: "请修改标出的内容后再提交。", fields: { point: "这个位置不在三官寺乡范围内，请检查经纬度。" } },
    });
    const closed = await post(valid({ kind: "closed", message: "   ", point: null, lang: "en" }));
    expect(((await closed.json()) as { error: { fields: object } }).error.fields).toEqual({ message: "Write a few words about it." });
    const long = await post(valid({ kind: "other", message: "长".repeat(2001), point: null, lang: "en" }));
    expect(((await long.json()) as { error: { fields: object } }).error.fields).toEqual({ message: "The details are too long (2000 characters at most)." });
    const tenKb = await post(valid({ kind: "other", message: "长".repeat(10 * 1024), point: null, lang: "en" }));
    expect(((await tenKb.json()) as { error: { fields: object } }).error.fields).toEqual({ message: "The details are too long (2000 characters at most)." });
    expect((await post(valid({ status: "accepted" }))).status).toBe(400); // strict: no extra keys
    expect((await post(valid({ place: "no-such-place" }))).status).toBe(404);
    const { POST } = await import("@/app/api/corrections/route");
    const notJson = await POST(new Request("http://localhost:3000/api/corrections", { method: "POST", body: "<x>" }));
    expect(notJson.status).toBe(400);
    const huge = await POST(new Request("http://localhost:3000/api/corrections", { method: "POST", body: JSON.stringify(valid({ message: "x".repeat(70_000) })) }));
    expect(huge.status).toBe(413);
    // None of these counted against the address: it can still send its five.
    for (let i = 0; i < 5; i++) expect((await post(valid({ message: `第 ${i} 条` }))).status).toBe(201);
  });

  it("allows five per address per hour, then 429 with Retry-After and a message in the form's language", async () => {
    from("192.0.2.50");
    for (let i = 0; i < 5; i++) expect((await post(valid({ kind: "other", message: `note ${i}`, point: null }))).status).toBe(201);
    const limited = await post(valid({ lang: "en" }));
    expect(limited.status).toBe(429);
    const retry = Number(limited.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(3500);
    expect(retry).toBeLessThanOrEqual(3600);
    expect(await limited.json()).toEqual({
      error: { status: 429, code: "rate_limited", message: "You have sent many suggestions. Please try again in about 60 minutes." },
    });
    expect(((await (await post(valid())).json()) as { error: { message: string } }).error.message).toBe("你提交的建议太多了，请约 60 分钟后再试。");
    expect(rows<{ n: number }>("SELECT COUNT(*) AS n FROM Correction WHERE message LIKE 'note %'")[0]?.n).toBe(5);
    from("192.0.2.51"); // another address is not affected
    expect((await post(valid())).status).toBe(201);
  });
});

describe("staff review", () => {
  async function openCorrection(message: string, address: string): Promise<number> {
    from(address);
    const res = await post(valid({ kind: "other", message, point: null }));
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: number }).id;
  }

  it("refuses to reject without a session, from a disabled or non-staff account, or from another origin", async () => {
    const id = await openCorrection("无人处理", "203.0.113.20");
    from("203.0.113.20");
    expect((await reject(id, { reason: "x" })).status).toBe(401);
    await signedInAs("reviewer-disabled", "editor", true);
    expect((await reject(id, { reason: "x" })).status).toBe(401);
    await signedInAs("not-staff", "visitor");
    expect((await reject(id, { reason: "x" })).status).toBe(401);
    await signedInAs("editor-foreign", "editor");
    from("203.0.113.20", "https://evil.example");
    expect((await reject(id, { reason: "x" })).status).toBe(403);
    expect(rows<{ status: string }>("SELECT status FROM Correction WHERE id = ?", id)[0]?.status).toBe("open");
    // The data layer checks by itself, whatever calls it.
    request.cookies = new Map();
    const { listCorrections, rejectCorrection, countOpenCorrectionsByPlace, getCorrection } = await import("./staff/corrections");
    for (const call of [() => listCorrections(), () => rejectCorrection(id, "x"), () => countOpenCorrectionsByPlace(), () => getCorrection(id)]) {
      await expect(call()).rejects.toMatchObject({ name: "AuthError", status: 401 });
    }
  });

  it("an editor rejects with a reason (required), once; the list shows who and when, open first", async () => {
    const id = await openCorrection("已经搬走了", "203.0.113.30");
    const userId = await signedInAs("reviewer-editor", "editor");
    from("203.0.113.30");
    const noReason = await reject(id, { reason: "  " }, "?lang=en");
    expect(noReason.status).toBe(400);
    expect(((await noReason.json()) as { error: { fields: object } }).error.fields).toEqual({ reason: "Give a reason for rejecting." });
    expect((await reject(id, {})).status).toBe(400);
    expect((await reject(id, { reason: "ok", extra: 1 })).status).toBe(400);
    expect(rows<{ status: string }>("SELECT status FROM Correction WHERE id = ?", id)[0]?.status).toBe("open");

    const ok = await reject(id, { reason: "核实后仍在营业" });
    expect(ok.status).toBe(200);
    const [row] = rows<{ status: string; reason: string; reviewedById: number; reviewedAt: number | null }>("SELECT * FROM Correction WHERE id = ?", id);
    expect(row).toMatchObject({ status: "rejected", reason: "核实后仍在营业", reviewedById: userId });
    expect(row?.reviewedAt).not.toBeNull();
    expect((await reject(id, { reason: "again" })).status).toBe(409);
    expect((await reject(999_999, { reason: "x" })).status).toBe(404);

    const { listCorrections, getCorrection } = await import("./staff/corrections");
    const all = (await listCorrections()).corrections;
    const firstReviewed = all.findIndex((c) => c.status !== "open");
    expect(firstReviewed).toBeGreaterThan(0);
    expect(all.slice(firstReviewed).every((c) => c.status !== "open")).toBe(true);
    const rejected = (await listCorrections("rejected")).corrections;
    expect(rejected.map((c) => c.id)).toContain(id);
    expect(rejected.every((c) => c.status === "rejected")).toBe(true);
    expect(await getCorrection(id)).toMatchObject({
      id,
      kind: "other",
      message: "已经搬走了",
      status: "rejected",
      reason: "核实后仍在营业",
      reviewedBy: "reviewer-editor",
      place: { slug: SLUG, nameZh: "罗潭村采摘园", archived: false },
    });
  });

  it("the plain HTML reject form gets a 303 back to the list, with the error when the reason is missing", async () => {
    const id = await openCorrection("表单驳回", "203.0.113.40");
    await signedInAs("reviewer-form", "admin");
    from("203.0.113.40");
    const missing = await reject(id, "reason=", "?lang=en&status=open");
    expect(missing.status).toBe(303);
    expect(missing.headers.get("location")).toBe(`/en/staff/corrections?status=open&error=reason_required&id=${id}#correction-${id}`);
    const done = await reject(id, "reason=%E9%87%8D%E5%A4%8D", "?lang=zh");
    expect(done.headers.get("location")).toBe(`/staff/corrections?done=rejected&id=${id}#correction-${id}`);
    expect(rows<{ reason: string }>("SELECT reason FROM Correction WHERE id = ?", id)[0]?.reason).toBe("重复");
  });

  it("counts open corrections per place", async () => {
    await signedInAs("reviewer-count", "editor");
    const expected = rows<{ slug: string; n: number }>(
      "SELECT p.slug AS slug, COUNT(*) AS n FROM Correction c JOIN Place p ON p.id = c.placeId WHERE c.status = 'open' GROUP BY p.slug",
    );
    const { countOpenCorrectionsByPlace } = await import("./staff/corrections");
    const counts = await countOpenCorrectionsByPlace();
    expect(counts).toEqual(Object.fromEntries(expected.map((r) => [r.slug, r.n])));
    expect(counts[SLUG]).toBeGreaterThanOrEqual(10);
  });
});
