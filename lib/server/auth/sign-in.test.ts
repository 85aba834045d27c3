import { afterEach, describe, expect, it, vi } from "vitest";
import { seededDatabaseForThisFile } from "@/lib/test-support/seeded-database";

// Sign-in limits and what a sign-in leaves in the logs, against a real seeded database. The cookie
// jar and request headers of next/headers are mocked (no Next server here).

seededDatabaseForThisFile("guide-sign-in-");

const jar = new Map<string, string>();
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => requestHeaders,
}));
// argon2id at its real cost takes ~0.5 s per check on a busy 2-core machine, and these tests make
// dozens: a plain comparison stands in for it (password.ts has its own hashing; the limits and the
// logs are what is tested here).
vi.mock("./password", () => ({
  hashPassword: async (password: string) => `test-hash:${password}`,
  verifyPassword: async (stored: string | null, password: string) => stored === `test-hash:${password}`,
  PASSWORD_MAX_LENGTH: 200,
}));

async function account(name: string, password: string) {
  const { prisma } = await import("@/lib/server/db");
  const { hashPassword } = await import("./password");
  await prisma.user.create({ data: { name, role: "editor", passwordHash: await hashPassword(password) } });
}

afterEach(() => {
  vi.restoreAllMocks();
  jar.clear();
  requestHeaders = new Headers();
});

describe("sign-in limits", () => {
  it("locks an account after 5 failures: the 6th attempt is refused even with the right password, with the time to wait", async () => {
    const { signIn } = await import("./sign-in");
    const { staffMessages } = await import("@/lib/domain/messages-staff");
    await account("locked-one", "the right password");
    for (let i = 1; i <= 5; i++) expect(await signIn("locked-one", `wrong ${i}`, `address-${i}`)).toEqual({ ok: false, code: "invalid" });
    const sixth = await signIn("Locked-One", "the right password", "address-6");
    expect(sixth).toMatchObject({ ok: false, code: "locked" });
    const retry = sixth.ok === false && sixth.code === "locked" ? sixth.retryAfterS : 0;
    expect(retry).toBeGreaterThan(14 * 60);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    expect(jar.size).toBe(0); // no session was started
    const minutes = Math.ceil(retry / 60);
    expect(staffMessages("zh").errorLocked(minutes)).toBe("登录失败次数过多，已暂时锁定。请约 15 分钟后再试。");
    expect(staffMessages("en").errorLocked(minutes)).toBe("Too many failed sign-ins: sign-in is locked for now. Try again in about 15 minutes.");
  });

  it("a success before the limit clears the account's failures", async () => {
    const { signIn } = await import("./sign-in");
    await account("forgetful", "the right password");
    for (let i = 1; i <= 4; i++) await signIn("forgetful", "wrong", `f-address-${i}`);
    expect(await signIn("forgetful", "the right password", "f-address-5")).toEqual({ ok: true });
    for (let i = 1; i <= 4; i++) await signIn("forgetful", "wrong", `f-address-${i}`);
    expect(await signIn("forgetful", "the right password", "f-address-5")).toEqual({ ok: true });
  });

  it("locks an address after 20 failures, whatever accounts they tried", async () => {
    const { signIn } = await import("./sign-in");
    await account("innocent", "the right password");
    for (let i = 1; i <= 20; i++) expect(await signIn(`guess-${i}`, "wrong", "busy-address")).toEqual({ ok: false, code: "invalid" });
    expect(await signIn("innocent", "the right password", "busy-address")).toMatchObject({ ok: false, code: "locked" });
    expect(await signIn("innocent", "the right password", "another-address")).toEqual({ ok: true });
  });
});

describe("what a sign-in logs", () => {
  it("never writes the password (or the session token) to the console or the process output", async () => {
    const { POST } = await import("@/app/api/staff/sign-in/route");
    const { SESSION_COOKIE } = await import("./session");
    const password = "Secret-Log-Canary-9f2c";
    await account("logged", password);
    const written: string[] = [];
    const capture = (...args: unknown[]) => void written.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "));
    for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) vi.spyOn(console, method).mockImplementation(capture);
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (capture(String(chunk)), true));
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (capture(String(chunk)), true));

    requestHeaders = new Headers({ origin: "http://localhost:3000", host: "localhost:3000", "x-forwarded-for": "203.0.113.7" });
    const post = (body: string, type = "application/json") =>
      POST(new Request("http://localhost:3000/api/staff/sign-in", { method: "POST", headers: { "content-type": type }, body }));
    expect((await post(JSON.stringify({ name: "logged", password: `${password}-wrong` }))).status).toBe(401);
    expect((await post(new URLSearchParams({ name: "logged", password: `${password}x`, lang: "en" }).toString(), "application/x-www-form-urlencoded")).status).toBe(303);
    // A body the schema refuses (unknown field) and one that is not JSON at all.
    expect((await post(JSON.stringify({ name: "logged", password, extra: password }))).status).toBe(400);
    expect((await post(`{"name":"logged","password":"${password}`)).status).toBe(400);
    const ok = await post(JSON.stringify({ name: "logged", password }));
    expect(ok.status).toBe(200);
    const body = await ok.text();
    const token = jar.get(SESSION_COOKIE);
    expect(token).toMatch(/^[\w-]{43}$/);

    const everything = written.join("\n");
    expect(everything).not.toContain(password);
    expect(everything).not.toContain(token);
    expect(body).not.toContain(token);
    expect(body).not.toContain(password);
    // Control: the capture does catch what is logged.
    console.error(`control ${password}`);
    expect(written.join("\n")).toContain(password);
  });
});
