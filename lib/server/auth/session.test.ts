import { afterEach, describe, expect, it, vi } from "vitest";
import { seededDatabaseForThisFile } from "@/lib/test-support/seeded-database";

// The session cookie's attributes as startSession sets them, against a real seeded database. The
// cookie jar of next/headers is mocked (no Next server here) and records each cookie's options.

seededDatabaseForThisFile("guide-session-");

type Options = { httpOnly?: boolean; sameSite?: string; secure?: boolean; path?: string; expires?: Date };
const jar = new Map<string, { value: string; options: Options }>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options: Options) => void jar.set(name, { value, options }),
    delete: (name: string) => void jar.delete(name),
  }),
}));

const siteUrl = process.env.SITE_URL;
afterEach(() => {
  jar.clear();
  if (siteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrl;
});

async function userId(name: string): Promise<number> {
  const { prisma } = await import("@/lib/server/db");
  return (await prisma.user.create({ data: { name, role: "editor", passwordHash: "not-a-hash" } })).id;
}

describe("the session cookie", () => {
  it("is Secure when the site is served over HTTPS, httpOnly and SameSite=Lax, and lasts the session's 12 hours", async () => {
    const { startSession, SESSION_COOKIE, SESSION_TTL_MS } = await import("./session");
    process.env.SITE_URL = "https://guide.example.cn";
    const before = Date.now();
    await startSession(await userId("cookie-https"));
    const cookie = jar.get(SESSION_COOKIE);
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    const expires = cookie?.options.expires?.getTime() ?? 0;
    expect(expires - before).toBeGreaterThanOrEqual(SESSION_TTL_MS - 1000);
    expect(expires - before).toBeLessThanOrEqual(SESSION_TTL_MS + 5000);
  });

  it("is not Secure over plain HTTP (a local or LAN server), where a Secure cookie would never come back", async () => {
    const { startSession, SESSION_COOKIE } = await import("./session");
    process.env.SITE_URL = "http://localhost:3000";
    await startSession(await userId("cookie-http"));
    expect(jar.get(SESSION_COOKIE)?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });

  it("gets a new token at every sign-in, and the database keeps only the token's hash", async () => {
    const { startSession, SESSION_COOKIE, sessionIdOf } = await import("./session");
    const { prisma } = await import("@/lib/server/db");
    const id = await userId("cookie-rotate");
    await startSession(id);
    const first = jar.get(SESSION_COOKIE)!.value;
    await startSession(id);
    const second = jar.get(SESSION_COOKIE)!.value;
    expect(second).not.toBe(first);
    const rows = await prisma.session.findMany({ where: { userId: id } });
    expect(rows.map((r) => r.id)).toEqual([sessionIdOf(second)]);
    expect(rows.some((r) => r.id === second || r.id === first)).toBe(false);
  });
});
