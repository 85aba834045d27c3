import { test, expect } from "./support/fixtures";
import { dbPlaceCount } from "./support/db";

test.describe("GeoJSON API", () => {
  test("GET /api/places is an RFC 7946 FeatureCollection with every place's summary; each place's Feature has its sources", async ({ request }) => {
    const res = await request.get("/api/places");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/geo+json; charset=utf-8");
    const body = await res.json();
    expect(body.type).toBe("FeatureCollection");
    expect(body.features).toHaveLength(await dbPlaceCount());
    const slugs = new Set<string>();
    for (const f of body.features) {
      expect(f.type).toBe("Feature");
      expect(["exact", "approximate", "village", "township"]).toContain(f.properties.precision);
      if (f.geometry === null) {
        // RFC 7946 §3.2: no known spot of its own, so no Point (never a made-up one)
        expect(["village", "township"]).toContain(f.properties.precision);
      } else {
        expect(f.geometry.type).toBe("Point");
        const [lng, lat] = f.geometry.coordinates;
        // [lng, lat] order, WGS-84, inside the township's envelope
        expect(lng).toBeGreaterThan(110.55);
        expect(lng).toBeLessThan(110.77);
        expect(lat).toBeGreaterThan(29.35);
        expect(lat).toBeLessThan(29.52);
      }
      expect("geometry" in f).toBe(true);
      // the collection carries summaries (README, API); the sources come with the place's own Feature
      expect(f.properties.sources).toBeUndefined();
      const one = await (await request.get(`/api/places/${f.properties.slug}`)).json();
      expect(one.properties.sources.length).toBeGreaterThan(0);
      expect(f.id).toBe(f.properties.slug);
      slugs.add(f.properties.slug);
    }
    expect(slugs.size).toBe(body.features.length);
  });

  test("GET /api/places/[slug] is one Feature; unknown slug is a JSON 404", async ({ request }) => {
    const res = await request.get("/api/places/zhangjiajie-grand-canyon-glass-bridge");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/geo+json; charset=utf-8");
    const f = await res.json();
    expect(f.type).toBe("Feature");
    expect(f.geometry.coordinates).toEqual([110.6982, 29.3987]);
    expect((await (await request.get("/api/places/yuan-renyuan-former-residence")).json()).geometry).toBeNull();
    expect(f.properties.precision).toBe("approximate");
    expect(f.properties.statusYear).toBe(2016);

    const missing = await request.get("/api/places/no-such-place");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toEqual({
      error: { status: 404, code: "place_not_found", message: 'No place has the slug "no-such-place".' },
    });
  });
});
