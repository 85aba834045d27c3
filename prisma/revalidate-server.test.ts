import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isAuthorized, notifyGuideServer, revalidateToken, revalidateTokenFile } from "./revalidate-server";

const dir = mkdtempSync(path.join(os.tmpdir(), "guide-token-"));
const databaseUrl = `file:${path.join(dir, "guide.db")}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("revalidateToken", () => {
  it("creates one random token beside the database (owner-only) and returns it to every caller", () => {
    const token = revalidateToken({ DATABASE_URL: databaseUrl });
    const file = revalidateTokenFile(databaseUrl);
    expect(file).toBe(path.join(dir, "guide.db.revalidate-token"));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readFileSync(file, "utf8")).toBe(token);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(revalidateToken({ DATABASE_URL: databaseUrl })).toBe(token);
  });

  it("is REVALIDATE_SECRET when that is set", () => {
    expect(revalidateToken({ DATABASE_URL: databaseUrl, REVALIDATE_SECRET: " s".padEnd(40, "x") })).toBe("s".padEnd(39, "x"));
  });
});

describe("isAuthorized", () => {
  it("accepts exactly `Bearer <token>`", () => {
    expect(isAuthorized("Bearer abc123", "abc123")).toBe(true);
    expect(isAuthorized("Bearer abc12", "abc123")).toBe(false);
    expect(isAuthorized("Bearer abc1234", "abc123")).toBe(false);
    expect(isAuthorized("abc123", "abc123")).toBe(false);
    expect(isAuthorized(null, "abc123")).toBe(false);
  });
});

describe("notifyGuideServer", () => {
  it("POSTs the token to /api/revalidate and reports what happened", async () => {
    const seen: { method?: string; url?: string; auth?: string }[] = [];
    const server: Server = createServer((req, res) => {
      seen.push({ method: req.method, url: req.url, auth: req.headers.authorization });
      res.statusCode = req.headers.authorization === "Bearer right" ? 200 : 401;
      res.end(res.statusCode === 200 ? '{"revalidated":true}' : '{"error":"unauthorized"}');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await notifyGuideServer(url, "right")).toBe("invalidated");
      expect(await notifyGuideServer(url, "wrong")).toEqual({ failed: '401 {"error":"unauthorized"}' });
      expect(seen).toEqual([
        { method: "POST", url: "/api/revalidate", auth: "Bearer right" },
        { method: "POST", url: "/api/revalidate", auth: "Bearer wrong" },
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("reports no-server when nothing listens at the address", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise((resolve) => probe.close(resolve));
    expect(await notifyGuideServer(url, "right")).toBe("no-server");
  });
});
