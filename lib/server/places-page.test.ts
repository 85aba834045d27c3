import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { installNextDataCache } from "@/lib/test-support/next-data-cache";
import { mulberry32 } from "@/lib/domain/plan/seeded-random";

// GET /api/places?bbox=…&limit=…&cursor=… through the route handler, on a synthetic database of
// 1,500 places (npm run data:synthetic). The oracle is the full collection (no parameters),
// filtered and sliced here: pages must add up to it exactly, with no duplicate and no gap.

const dir = mkdtempSync(path.join(os.tmpdir(), "guide-pages-"));
const dbFile = path.join(dir, "synthetic.db");
beforeAll(() => {
  const run = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/data-synthetic.ts", "--count", "1500", "--out", `file:${dbFile}`, "--seed", "5"], {
    env: { ...process.env, DATABASE_URL: "" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`data:synthetic failed: ${run.stderr}`);
  vi.stubEnv("DATABASE_URL", `file:${dbFile}`);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
installNextDataCache();

type Feature = { id: string; geometry: { type: "Point"; coordinates: [number, number] } | null };
type Collection = { type: string; features: Feature[]; links?: { rel: string; href: string; type: string }[] };

async function get(pathAndQuery: string, headers: Record<string, string> = {}) {
  const { GET } = await import("@/app/api/places/route");
  return GET(new Request(`http://localhost${pathAndQuery}`, { headers }));
}

/** Follows `next` links from the first page; returns every page's ids. */
async function allPages(first: string): Promise<string[][]> {
  const pages: string[][] = [];
  let next: string | undefined = first;
  while (next) {
    const res = await get(next);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Collection;
    expect(body.type).toBe("FeatureCollection");
    expect(Array.isArray(body.links)).toBe(true);
    pages.push(body.features.map((f) => f.id));
    next = body.links?.find((l) => l.rel === "next")?.href;
    expect(pages.length).toBeLessThan(200);
  }
  return pages;
}

describe("GET /api/places, paginated", () => {
  it("pages through every place in the collection's order, none twice, none left out", async () => {
    const full = (await (await get("/api/places")).json()) as Collection;
    expect(full.features).toHaveLength(1500);
    expect(Object.keys(full)).toEqual(["type", "features"]);
    const pages = await allPages("/api/places?limit=97");
    expect(pages.map((p) => p.length)).toEqual([...Array(15).fill(97), 1500 - 15 * 97]);
    expect(pages.flat()).toEqual(full.features.map((f) => f.id));
  });

  it("a bbox gives exactly the places whose own point lies inside it, page after page", async () => {
    const full = (await (await get("/api/places")).json()) as Collection;
    const rand = mulberry32(42);
    let matched = 0;
    for (let i = 0; i < 12; i++) {
      const west = 110.57 + rand() * 0.7;
      const south = 29.1 + rand() * 0.5;
      const box = [west, south, west + 0.02 + rand() * 0.15, south + 0.02 + rand() * 0.12].map((x) => Number(x.toFixed(6)));
      const [w = 0, s = 0, e = 0, n = 0] = box;
      const inside = full.features
        .filter((f) => f.geometry !== null && f.geometry.coordinates[0] >= w && f.geometry.coordinates[0] <= e && f.geometry.coordinates[1] >= s && f.geometry.coordinates[1] <= n)
        .map((f) => f.id);
      const pages = await allPages(`/api/places?bbox=${box.join(",")}&limit=13`);
      expect(pages.flat(), box.join(",")).toEqual(inside);
      expect(pages.slice(0, -1).every((p) => p.length === 13)).toBe(true);
      matched += inside.length;
    }
    expect(matched).toBeGreaterThan(50);
  });

  it("keeps the ETag and 304 of a page", async () => {
    const first = await get("/api/places?bbox=110.55,29.35,110.77,29.52&limit=20");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
    const again = await get("/api/places?bbox=110.55,29.35,110.77,29.52&limit=20", { "if-none-match": etag ?? "" });
    expect(again.status).toBe(304);
  });

  it("answers 400 with a JSON error naming the bad parameter", async () => {
    for (const [qs, param] of [["bbox=1,2,3", "bbox"], ["limit=0", "limit"], ["cursor=p1.xyz", "cursor"], ["bbox=2,0,1,1", "bbox"]] as const) {
      const res = await get(`/api/places?${qs}`);
      expect(res.status, qs).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const body = (await res.json()) as { error: { status: number; code: string; message: string } };
      expect(body.error.status).toBe(400);
      expect(body.error.code).toBe("invalid_query");
      expect(body.error.message.startsWith(`${param}:`)).toBe(true);
    }
  });
});
