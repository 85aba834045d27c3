// Issue 9, journey 6: every staff write without a session is refused. The routes and pages are
// found on disk at test time (e2e/support/staff-routes.ts), so what other parts of the staff area
// add is covered too. Dynamic segments get a seeded slug or 1: the session and Origin checks come
// before any lookup, so the answer must not depend on them.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { origin, signInRequest, staffAccount } from "./support/staff";
import { exportedMethods, staffPages, staffRoutes, WRITE_METHODS, type HttpMethod } from "./support/staff-routes";

/** Routes that work without a session by design: signing in, and signing out (which ends nothing then). */
const PUBLIC = new Set(["/api/staff/sign-in", "/api/staff/sign-out"]);
/** The CVE-2025-29927 header: it once made Next skip middleware. It must change nothing here. */
const SUBREQUEST = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" };

// Failed sign-ins count against the address: these tests use their own documentation addresses
// (Next keeps a client's X-Forwarded-For), so they never lock out the other tests at 127.0.0.1,
// nor a rerun against the same server (the process id is part of the address).
const address = (n: number) => `2001:db8::${(process.pid % 0xffff).toString(16)}:${n}`;

type Answer = { url: string; method: HttpMethod; status: number; code?: string };

async function call(request: APIRequestContext, url: string, method: HttpMethod, headers: Record<string, string>): Promise<Answer> {
  const res = await request.fetch(url, {
    method,
    headers: { "Content-Type": "application/json", ...headers },
    data: method === "GET" ? undefined : "{}",
    maxRedirects: 0,
  });
  const json = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
  return { url, method, status: res.status(), code: json?.error?.code };
}

const writes = (methods: HttpMethod[]) => methods.filter((m): m is (typeof WRITE_METHODS)[number] => (WRITE_METHODS as readonly string[]).includes(m));

test.describe("staff security", () => {
  test("the scan finds the staff routes and pages and their methods (control)", () => {
    const routes = staffRoutes();
    expect(routes.find((r) => r.url === "/api/staff/users")?.methods).toEqual(["GET", "POST"]);
    expect(routes.find((r) => r.url === "/api/staff/users/1")?.methods).toEqual(["PATCH"]);
    expect(routes.find((r) => r.url === "/api/staff/sign-in")?.methods).toEqual(["POST"]);
    expect(staffPages().map((p) => p.path)).toEqual(expect.arrayContaining(["/staff", "/staff/users"]));
    expect(exportedMethods("export async function DELETE(){}\nexport const PATCH = w(); export { a as PUT, b };")).toEqual(["DELETE", "PATCH", "PUT"]);
  });

  test("without a session every staff route answers 401, with or without the middleware-subrequest header", async ({ request, baseURL }) => {
    const refused: Answer[] = [];
    const wrong: Answer[] = [];
    for (const route of staffRoutes().filter((r) => !PUBLIC.has(r.url))) {
      for (const method of route.methods) {
        for (const extra of [{}, SUBREQUEST]) {
          const answer = await call(request, route.url, method, { Origin: origin(baseURL), ...extra });
          (answer.status === 401 && answer.code === "not_signed_in" ? refused : wrong).push(answer);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(refused.length).toBeGreaterThanOrEqual(6); // users: GET, POST, PATCH, each twice
  });

  test("sign-in without the right password starts no session; sign-out without a session ends nothing", async ({ request, baseURL }) => {
    const admin = staffAccount("sec-public", "admin");
    const headers = { Origin: origin(baseURL), "X-Forwarded-For": address(1) };
    const cases: [unknown, number][] = [
      [{ name: admin.name, password: "not-the-password" }, 401],
      [{ name: admin.name }, 400],
      [{ name: "no-such-user", password: admin.password }, 401],
    ];
    for (const [data, status] of cases) {
      for (const extra of [{}, SUBREQUEST]) {
        const res = await request.post("/api/staff/sign-in", { data, headers: { ...headers, ...extra } });
        expect(res.status(), JSON.stringify(data)).toBe(status);
        expect(res.headers()["set-cookie"] ?? "").not.toMatch(/guide_staff_session=[^;]/);
      }
    }
    const out = await request.post("/api/staff/sign-out", { headers: { Origin: origin(baseURL) } });
    expect(out.status()).toBe(200);
    expect(out.headers()["set-cookie"] ?? "").not.toMatch(/guide_staff_session=[^;]/);
    // Still nobody: the users list refuses.
    expect((await request.get("/api/staff/users")).status()).toBe(401);
  });

  test("with a session, a write with a missing or foreign Origin answers 403 on every staff route", async ({ playwright, baseURL }) => {
    const admin = staffAccount("sec-origin", "admin");
    const context = await playwright.request.newContext({ baseURL });
    await signInRequest(context, admin, baseURL);
    const wrong: Answer[] = [];
    let refused = 0;
    for (const route of staffRoutes()) {
      for (const method of writes(route.methods)) {
        for (const headers of [{} as Record<string, string>, { Origin: "https://evil.example" }, { Origin: "null" }, { Origin: `${origin(baseURL)}.evil.example` }, { ...SUBREQUEST }]) {
          const answer = await call(context, route.url, method, { "X-Forwarded-For": address(2), ...headers });
          if (answer.status === 403 && answer.code === "bad_origin") refused += 1;
          else wrong.push({ ...answer, url: `${answer.url} with ${JSON.stringify(headers)}` });
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(refused).toBeGreaterThanOrEqual(20);
    // The session is still good: none of those requests signed it out.
    expect((await context.get("/api/staff/users")).status()).toBe(200);
    await context.dispose();
  });

  test("an editor managing users gets 403 on every user-management route", async ({ playwright, baseURL }) => {
    const editor = staffAccount("sec-editor", "editor");
    const context = await playwright.request.newContext({ baseURL });
    await signInRequest(context, editor, baseURL);
    const answers: Answer[] = [];
    for (const route of staffRoutes().filter((r) => r.url.startsWith("/api/staff/users"))) {
      for (const method of route.methods) answers.push(await call(context, route.url, method, { Origin: origin(baseURL) }));
    }
    expect(answers.length).toBeGreaterThanOrEqual(3);
    expect(answers.filter((a) => a.status !== 403 || a.code !== "forbidden")).toEqual([]);
    await context.dispose();
  });

  test("every staff page redirects to sign-in without a session, in both languages, header or not", async ({ request }) => {
    const wrong: string[] = [];
    const pages = staffPages();
    for (const page of pages) {
      for (const prefix of ["", "/en"]) {
        for (const extra of [{}, SUBREQUEST]) {
          const url = `${prefix}${page.path}`;
          const res = await request.get(url, { headers: extra, maxRedirects: 0 });
          const location = res.headers()["location"] ?? "";
          const expected = `${prefix}/staff/login?next=${encodeURIComponent(url)}`;
          if (res.status() !== 307 || location !== expected) wrong.push(`${url} ${JSON.stringify(extra)} → ${res.status()} ${location} (${page.file})`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  test("passwords, hashes and session ids are never returned", async ({ page, baseURL }) => {
    const admin = staffAccount("sec-secrets", "admin");
    const signedIn = await page.request.post("/api/staff/sign-in", { data: { name: admin.name, password: admin.password }, headers: { Origin: origin(baseURL) } });
    expect(signedIn.status()).toBe(200);
    const token = (await page.context().cookies()).find((c) => c.name === "guide_staff_session")?.value ?? "";
    expect(token).toMatch(/^[\w-]{43}$/);
    const signInBody = await signedIn.text();
    const list = await page.request.get("/api/staff/users");
    expect(list.status()).toBe(200);
    const listBody = await list.text();
    expect(listBody).toContain(`"name":"${admin.name}"`);
    await page.goto("/staff/users");
    await expect(page.getByRole("rowheader", { name: new RegExp(admin.name) })).toBeVisible();
    const html = await page.content();
    for (const [where, text] of [
      ["sign-in answer", signInBody],
      ["users API", listBody],
      ["users page", html],
    ] as const) {
      expect(text, where).not.toContain(token);
      expect(text, where).not.toContain(admin.password);
      expect(text, where).not.toMatch(/passwordHash|\$argon2/);
    }
  });

  test("the 6th sign-in of an account is locked, with a clear message in Chinese and in English", async ({ page, baseURL }) => {
    for (const [lang, message] of [
      ["zh", /^登录失败次数过多，已暂时锁定。请约 1[45] 分钟后再试。$/],
      ["en", /^Too many failed sign-ins: sign-in is locked for now\. Try again in about 1[45] minutes\.$/],
    ] as const) {
      const account = staffAccount(`sec-lock-${lang}`, "editor");
      const prefix = lang === "en" ? "/en" : "";
      // Five wrong passwords through the form's handler, each from another address: the lock is the account's.
      for (let attempt = 1; attempt <= 5; attempt++) {
        const res = await page.request.post("/api/staff/sign-in", {
          form: { name: account.name, password: `wrong ${attempt}`, lang },
          headers: { Origin: origin(baseURL), "X-Forwarded-For": address(10 + attempt + (lang === "en" ? 10 : 0)) },
          maxRedirects: 0,
        });
        expect(res.status()).toBe(303);
        expect(res.headers()["location"]).toBe(`${prefix}/staff/login?error=invalid`);
      }
      // The sixth, typed in the form with the right password, is refused with the time to wait.
      await page.goto(`${prefix}/staff/login`);
      await page.getByLabel(lang === "en" ? "User name" : "用户名").fill(account.name);
      await page.getByLabel(lang === "en" ? "Password" : "密码").fill(account.password);
      await page.getByRole("button", { name: lang === "en" ? "Sign in" : "登录" }).click();
      await expect(page).toHaveURL(/\/staff\/login\?error=locked&retry=\d+$/);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);
      expect((await page.context().cookies()).find((c) => c.name === "guide_staff_session")).toBeUndefined();
    }
  });

  test("an address is locked after 20 failed sign-ins, whichever accounts it tried", async ({ request, baseURL }) => {
    const account = staffAccount("sec-address", "editor");
    const headers = { Origin: origin(baseURL), "X-Forwarded-For": address(99) };
    for (let i = 1; i <= 20; i++) {
      const res = await request.post("/api/staff/sign-in", { data: { name: `nobody-${i}`, password: "wrong" }, headers });
      expect(res.status()).toBe(401);
    }
    const locked = await request.post("/api/staff/sign-in", { data: { name: account.name, password: account.password }, headers });
    expect(locked.status()).toBe(429);
    expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(800);
    const elsewhere = await request.post("/api/staff/sign-in", { data: { name: account.name, password: account.password }, headers: { ...headers, "X-Forwarded-For": address(98) } });
    expect(elsewhere.status()).toBe(200);
  });
});
