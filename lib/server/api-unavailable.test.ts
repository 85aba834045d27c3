import { describe, expect, it, vi } from "vitest";
import { installNextDataCache } from "@/lib/test-support/next-data-cache";

// With the database missing, the API answers with a JSON 503 (never an empty 500) and health says so.
// The reads go through Next's data cache as on the server; a failed read is not cached.
describe("API when the database is unavailable", () => {
  it("returns 503 with a JSON error body", async () => {
    installNextDataCache();
    vi.stubEnv("DATABASE_URL", "file:/nonexistent-dir/guide.db");
    vi.spyOn(console, "error").mockImplementation(() => {});
    const unavailable = {
      error: { status: 503, code: "database_unavailable", message: "The guide's database is not available right now. Please try again later." },
    };
    const { GET: list } = await import("@/app/api/places/route");
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await list(new Request("http://localhost/api/places"));
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(await res.json()).toEqual(unavailable);
    }
    const { GET: one } = await import("@/app/api/places/[slug]/route");
    const single = await one(new Request("http://localhost/api/places/jiuge-shangui"), { params: Promise.resolve({ slug: "jiuge-shangui" }) });
    expect(single.status).toBe(503);
    expect(await single.json()).toEqual(unavailable);
    const { GET: summaries } = await import("@/app/api/place-summaries/route");
    const all = await summaries(new Request("http://localhost/api/place-summaries"));
    expect(all.status).toBe(503);
    expect(all.headers.get("retry-after")).toBe("5");
    expect(await all.json()).toEqual(unavailable);
    const { GET: health } = await import("@/app/api/health/route");
    const h = await health();
    expect(h.status).toBe(503);
    expect(h.headers.get("retry-after")).toBe("5");
    expect(await h.json()).toEqual({ ok: false, error: "database unavailable" });
  });
});
