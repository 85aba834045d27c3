import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { seededDatabaseForThisFile } from "@/lib/test-support/seeded-database";

// Role checks of user management, in the data layer itself: a real seeded database, real sessions
// (rows made the way startSession makes them), and the cookie jar of next/headers mocked to hold
// the session token of whoever is acting.

const { dbFile } = seededDatabaseForThisFile("guide-users-");

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers({ origin: "http://localhost:3000", host: "localhost:3000" }),
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

/** A user with a live session; returns its id and session token. */
async function member(name: string, role: "editor" | "admin"): Promise<{ id: number; token: string }> {
  const { sessionIdOf } = await import("@/lib/server/auth/session");
  sql("INSERT INTO User (name, passwordHash, role, createdAt) VALUES (?, ?, ?, ?)", name, "$argon2id$not-a-real-hash", role, Date.now());
  const [row] = sql<{ id: number }>("SELECT id FROM User WHERE name = ?", name);
  const token = randomBytes(32).toString("base64url");
  sql("INSERT INTO Session (id, userId, createdAt, expiresAt, lastSeenAt) VALUES (?, ?, ?, ?, ?)", sessionIdOf(token), row!.id, Date.now(), Date.now() + 3_600_000, Date.now());
  return { id: row!.id, token };
}

function actAs(token: string | null) {
  jar.clear();
  if (token) jar.set("guide_staff_session", token);
}

const sessionsOf = (id: number) => sql<{ n: number }>("SELECT COUNT(*) AS n FROM Session WHERE userId = ?", id)[0]!.n;

describe("user management checks the role in the data layer", () => {
  let admin: { id: number; token: string };
  let editor: { id: number; token: string };
  beforeEach(async () => {
    sql("DELETE FROM Session");
    sql("DELETE FROM User");
    admin = await member("root-admin", "admin");
    editor = await member("some-editor", "editor");
  });

  it("refuses a visitor (401) and an editor (403) for every function", async () => {
    const users = await import("./users");
    const calls = [
      () => users.listUsers(),
      () => users.createUser({ name: "new-one", role: "editor", password: "long enough password" }),
      () => users.updateUser(editor.id, { role: "admin" }),
      () => users.updateUser(admin.id, { disabled: true }),
    ];
    for (const [token, status] of [
      [null, 401],
      [editor.token, 403],
    ] as const) {
      actAs(token);
      for (const call of calls) await expect(call()).rejects.toMatchObject({ name: "AuthError", status });
    }
    // Nothing changed: no new user, the editor is still an editor, the admin still active.
    expect(sql("SELECT name, role, disabledAt FROM User ORDER BY id")).toEqual([
      { name: "root-admin", role: "admin", disabledAt: null },
      { name: "some-editor", role: "editor", disabledAt: null },
    ]);
  });

  it("lets an admin list accounts without any hash or session id", async () => {
    const { listUsers } = await import("./users");
    actAs(admin.token);
    const list = await listUsers();
    expect(list.map((u) => [u.name, u.role, u.disabled])).toEqual([
      ["root-admin", "admin", false],
      ["some-editor", "editor", false],
    ]);
    for (const u of list) expect(Object.keys(u).sort()).toEqual(["createdAt", "disabled", "id", "name", "role"]);
    const text = JSON.stringify(list);
    expect(text).not.toContain("argon2");
    expect(text).not.toContain(admin.token);
  });

  it("creates an account with a hashed password that signs in, and refuses a taken name", async () => {
    const { createUser } = await import("./users");
    const { verifyPassword } = await import("@/lib/server/auth/password");
    actAs(admin.token);
    const made = await createUser({ name: "wang-li", role: "editor", password: "twelve chars ok" });
    expect(made).toMatchObject({ name: "wang-li", role: "editor", disabled: false });
    const [row] = sql<{ passwordHash: string }>("SELECT passwordHash FROM User WHERE name = 'wang-li'");
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row!.passwordHash, "twelve chars ok")).toBe(true);
    await expect(createUser({ name: "wang-li", role: "admin", password: "another long one" })).rejects.toMatchObject({ code: "name_taken" });
    await expect(createUser({ name: "x", role: "admin", password: "short" })).rejects.toThrow();
  });

  it("disabling or re-roling ends that account's sessions; enabling does not need to", async () => {
    const { updateUser } = await import("./users");
    const { getStaffActor } = await import("@/lib/server/auth/session");
    actAs(admin.token);
    expect(sessionsOf(editor.id)).toBe(1);
    expect(await updateUser(editor.id, { role: "admin" })).toMatchObject({ role: "admin" });
    expect(sessionsOf(editor.id)).toBe(0);

    const again = await member("second-editor", "editor");
    expect(await updateUser(again.id, { disabled: true })).toMatchObject({ disabled: true });
    expect(sessionsOf(again.id)).toBe(0);
    actAs(again.token);
    expect(await getStaffActor()).toBeNull();

    actAs(admin.token);
    expect(await updateUser(again.id, { disabled: false })).toMatchObject({ disabled: false });
    await expect(updateUser(9999, { disabled: true })).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses to disable or demote the last active admin, and allows it once there is another", async () => {
    const { updateUser } = await import("./users");
    actAs(admin.token);
    await expect(updateUser(admin.id, { disabled: true })).rejects.toMatchObject({ code: "last_admin" });
    await expect(updateUser(admin.id, { role: "editor" })).rejects.toMatchObject({ code: "last_admin" });
    // A disabled admin does not count as another admin.
    const dormant = await member("dormant-admin", "admin");
    await updateUser(dormant.id, { disabled: true });
    await expect(updateUser(admin.id, { role: "editor" })).rejects.toMatchObject({ code: "last_admin" });
    expect(sql("SELECT role, disabledAt FROM User WHERE id = ?", admin.id)).toEqual([{ role: "admin", disabledAt: null }]);
    expect(sessionsOf(admin.id)).toBe(1);

    await updateUser(dormant.id, { disabled: false });
    expect(await updateUser(admin.id, { role: "editor" })).toMatchObject({ role: "editor" });
    expect(sessionsOf(admin.id)).toBe(0); // demoted: signed out
  });
});

describe("the users API (route handlers)", () => {
  it("answers 403 to an editor and 409 with a clear message for the last admin, in the asked language", async () => {
    sql("DELETE FROM Session");
    sql("DELETE FROM User");
    const admin = await member("api-admin", "admin");
    const editor = await member("api-editor", "editor");
    const { GET, POST } = await import("@/app/api/staff/users/route");
    const { PATCH } = await import("@/app/api/staff/users/[id]/route");
    const ctx = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });
    const patch = (id: number, body: unknown, lang = "zh") =>
      PATCH(new Request(`http://localhost:3000/api/staff/users/${id}?lang=${lang}`, { method: "PATCH", body: JSON.stringify(body) }), ctx(id));

    actAs(editor.token);
    expect((await GET()).status).toBe(403);
    expect((await patch(editor.id, { role: "admin" })).status).toBe(403);

    actAs(admin.token);
    const refused = await patch(admin.id, { disabled: true }, "en");
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({
      error: { status: 409, code: "last_admin", message: "This is the last active admin: it cannot be disabled or made an editor. Add or enable another admin first." },
    });
    const zh = await patch(admin.id, { role: "editor" });
    expect(((await zh.json()) as { error: { message: string } }).error.message).toContain("最后一个正常的管理员");

    const bad = await POST(new Request("http://localhost:3000/api/staff/users?lang=en", { method: "POST", body: JSON.stringify({ name: "a", role: "boss", password: "short" }) }), undefined);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: unknown } }).error.fields).toEqual({
      name: "The user name needs at least 2 characters.",
      role: "Choose editor or admin.",
      password: "The password needs at least 12 characters.",
    });
    const list = await (await GET()).text();
    expect(list).toContain("api-editor");
    expect(list).not.toMatch(/passwordHash|argon2|token/i);
  });
});
