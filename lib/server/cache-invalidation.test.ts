import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { seededDatabaseForThisFile } from "@/lib/test-support/seeded-database";
import { installNextDataCache, runAsRouteHandler } from "@/lib/test-support/next-data-cache";

// Reads are cached across requests in Next's data cache and dropped by tag. Runs Next's real cache
// (in memory, as configured) against a fresh seeded SQLite database that the test edits directly,
// the way a staff edit or a seed run would, bypassing the app.

const { dbFile } = seededDatabaseForThisFile("guide-cache-");
const SLUG = "yucheng-international-hotel";
const NAME = "宇成国际酒店";
const cache = installNextDataCache();

function sql(statement: string, ...params: unknown[]) {
  const db = new Database(dbFile);
  try {
    db.prepare(statement).run(...params);
  } finally {
    db.close();
  }
}

async function featureName(): Promise<{ status: number; name: string; etag: string | null }> {
  const { GET } = await import("@/app/api/places/[slug]/route");
  const res = await GET(new Request(`http://localhost/api/places/${SLUG}`), { params: Promise.resolve({ slug: SLUG }) });
  const body = (await res.json()) as { properties: { nameZh: string } };
  return { status: res.status, name: body.properties.nameZh, etag: res.headers.get("etag") };
}


describe("cached reads and their invalidation", () => {
  it("serves a place from the cache until invalidatePlaces(), then the edited name with a new ETag", async () => {
    const { invalidatePlaces } = await import("./cache-tags");
    const first = await featureName();
    expect(first).toMatchObject({ status: 200, name: NAME });

    sql("UPDATE Place SET nameZh = ? WHERE slug = ?", "宇成酒店（改名）", SLUG);
    expect(await featureName()).toEqual(first); // cached: the edit is not seen yet

    await runAsRouteHandler(cache, invalidatePlaces);
    const edited = await featureName();
    expect(edited.name).toBe("宇成酒店（改名）");
    expect(edited.etag).not.toBe(first.etag);

    const { getPlaces } = await import("./places");
    expect((await getPlaces()).find((p) => p.slug === SLUG)?.nameZh).toBe("宇成酒店（改名）");
  });

  it("every summary (GET /api/place-summaries) follows an edit too, with a new ETag", async () => {
    const { invalidatePlaces } = await import("./cache-tags");
    const { GET } = await import("@/app/api/place-summaries/route");
    const read = async () => {
      const res = await GET(new Request("http://localhost/api/place-summaries"));
      return { etag: res.headers.get("etag"), text: ((await res.json()) as { places: string }).places };
    };
    const first = await read();
    sql("UPDATE Place SET nameEn = ? WHERE slug = ?", "Yucheng Hotel (renamed)", SLUG);
    expect(await read()).toEqual(first); // cached: the edit is not seen yet
    await runAsRouteHandler(cache, invalidatePlaces);
    const edited = await read();
    expect(edited.text).toContain("Yucheng Hotel (renamed)");
    expect(edited.etag).not.toBe(first.etag);
  });

  it("drops only the reads that show what changed: a village edit leaves routes cached", async () => {
    const { invalidateVillages } = await import("./cache-tags");
    const { getVillages } = await import("./villages");
    const { getRoutes } = await import("./routes");
    const { getPlace } = await import("./places");
    const villageName = (await getVillages()).find((v) => v.slug === "luotan")?.nameZh;
    const routeName = (await getRoutes())[0]?.nameZh;
    expect(villageName).toBe("罗潭村");
    expect(routeName).toEqual(expect.any(String));

    sql("UPDATE Village SET nameZh = ? WHERE slug = ?", "罗潭村（改）", "luotan");
    sql("UPDATE Route SET nameZh = ? WHERE id = (SELECT MIN(id) FROM Route)", "改过的线路");
    expect((await getVillages()).find((v) => v.slug === "luotan")?.nameZh).toBe("罗潭村");

    await runAsRouteHandler(cache, invalidateVillages);
    expect((await getVillages()).find((v) => v.slug === "luotan")?.nameZh).toBe("罗潭村（改）");
    // Places show their village's name, so they carry the villages tag too.
    expect((await getPlace("luotan-picking-gardens"))?.village?.nameZh).toBe("罗潭村（改）");
    expect((await getRoutes())[0]?.nameZh).toBe(routeName);
  });

  it("POST /api/revalidate (what the seed calls) drops everything, and only with the token", async () => {
    const { POST } = await import("@/app/api/revalidate/route");
    const { revalidateToken } = await import("@/prisma/revalidate-server");
    const { getRoutes } = await import("./routes");
    const before = (await getRoutes())[0]?.nameZh;
    expect(before).not.toBe("改过的线路");

    const refused = await runAsRouteHandler(cache, () =>
      POST(new Request("http://localhost/api/revalidate", { method: "POST", headers: { Authorization: "Bearer wrong" } })),
    );
    expect(refused.status).toBe(401);
    expect((await getRoutes())[0]?.nameZh).toBe(before);

    // the server's token: REVALIDATE_SECRET when set (as in the PostgreSQL pass of npm test), else the file beside the database
    const token = revalidateToken({ REVALIDATE_SECRET: process.env.REVALIDATE_SECRET, DATABASE_URL: `file:${dbFile}` });
    const accepted = await runAsRouteHandler(cache, () =>
      POST(new Request("http://localhost/api/revalidate", { method: "POST", headers: { Authorization: `Bearer ${token}` } })),
    );
    expect(accepted.status).toBe(200);
    expect((await getRoutes())[0]?.nameZh).toBe("改过的线路");
  });
});
