import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { test, expect } from "./support/fixtures";
import { e2eDatabaseUrl } from "./support/e2e-paths";

// Faults (issue 11): the PostgreSQL server is stopped under the running guide, then started again.
// While it is down the API answers 503 with Retry-After, /api/health says so and pages show the
// friendly error page in their language; when it is back the same server recovers, no restart.
// It stops a server that others may be using, so it runs only when FAULT_TESTS=1 (scripts/test.ts
// sets it under CI, in the PostgreSQL pass), after every other spec, and keeps the stop short.

const isPostgres = /^postgres(ql)?:\/\//.test(e2eDatabaseUrl());
test.skip(!isPostgres || process.env.FAULT_TESTS !== "1", "needs FAULT_TESTS=1 and the PostgreSQL pass of npm test");

function cluster(action: "stop" | "start") {
  const version = readdirSync("/etc/postgresql")[0];
  if (!version) throw new Error("No PostgreSQL cluster under /etc/postgresql");
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", action, ...(action === "stop" ? ["-m", "fast"] : [])], { stdio: "inherit" });
}

test("the database going away and coming back: 503 with Retry-After, a kind page, recovery without a restart", async ({ page, request }) => {
  test.setTimeout(120_000);
  expect((await request.get("/api/health")).status()).toBe(200);
  // Nothing cached: every page must read the database (the token is the server's REVALIDATE_SECRET).
  expect((await request.post("/api/revalidate", { headers: { Authorization: `Bearer ${process.env.REVALIDATE_SECRET}` } })).status()).toBe(200);
  let downSince = 0;
  try {
    cluster("stop");
    downSince = Date.now();
    const health = await request.get("/api/health");
    expect(health.status()).toBe(503);
    expect(health.headers()["retry-after"]).toBe("5");
    expect(await health.json()).toEqual({ ok: false, error: "database unavailable" });
    const places = await request.get("/api/places");
    expect(places.status()).toBe(503);
    expect(places.headers()["retry-after"]).toBe("5");
    expect(((await places.json()) as { error: { code: string } }).error.code).toBe("database_unavailable");
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("出了点问题");
    await expect(page.getByText("页面暂时无法显示。请稍后重试。")).toBeVisible();
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Something went wrong");
  } finally {
    cluster("start");
    console.log(`PostgreSQL was stopped for ${Date.now() - downSince} ms`);
  }
  const deadline = Date.now() + 30_000;
  let status = 0;
  while (Date.now() < deadline && (status = (await request.get("/api/health")).status()) !== 200) await new Promise((r) => setTimeout(r, 250));
  expect(status).toBe(200);
  expect((await request.get("/api/places")).status()).toBe(200);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("出了点问题");
});
