import { describe, expect, it, vi } from "vitest";

// With the database missing, the API answers with a JSON 503 (never an empty 500) and health says so.
describe("API when the database is unavailable", () => {
  it("returns 503 with a JSON error body", async () => {
    vi.stubEnv("DATABASE_URL", "file:/nonexistent-dir/guide.db");
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { GET: list } = await import("@/app/api/places/route");
    const res = await list();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      error: { status: 503, code: "database_unavailable", message: "The guide's database is not available right now. Please try again later." },
    });
    const { GET: health } = await import("@/app/api/health/route");
    const h = await health();
    expect(h.status).toBe(503);
    expect(await h.json()).toEqual({ ok: false, error: "database unavailable" });
  });
});
