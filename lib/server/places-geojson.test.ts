import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seededDatabaseForThisFile } from "@/lib/test-support/seeded-database";
import { installNextDataCache } from "@/lib/test-support/next-data-cache";

// The GeoJSON contract (README, API) against a freshly seeded database, through the route handlers:
// the collection carries exactly the summary's properties, the single Feature the full place.

seededDatabaseForThisFile("guide-geojson-");
installNextDataCache();

// The documented keys (README, API), written out here rather than taken from the code.
const SUMMARY_KEYS = [
  "slug", "kind", "red", "nameZh", "nameEn", "pinyin", "village", "status", "statusYear", "summaryZh", "summaryEn",
  "visitMinutes", "visitMinutesEstimated", "visitWindow", "openingHours", "precision", "precisionRadiusM", "url",
].sort();
const DETAIL_KEYS = ["statusNoteZh", "statusNoteEn", "descriptionZh", "descriptionEn", "locationNoteZh", "locationNoteEn", "studyNoteZh", "studyNoteEn", "homestayNumber", "sources"];
// The township's envelope (data/guide-data.json is validated against the same box), west/south/east/north.
const ENVELOPE = { west: 110.55, south: 29.35, east: 110.77, north: 29.52 };

type Json = Record<string, unknown>;


describe("GET /api/places", () => {
  it("is a valid RFC 7946 FeatureCollection of every place's summary", async () => {
    const { GET } = await import("@/app/api/places/route");
    const res = await GET(new Request("http://localhost/api/places"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
    const body = (await res.json()) as { type: string; features: Json[] };
    expect(Object.keys(body)).toEqual(["type", "features"]);
    expect(body.type).toBe("FeatureCollection");

    const data = JSON.parse(readFileSync(path.join("data", "guide-data.json"), "utf8")) as { places: { slug: string }[] };
    expect(body.features.map((f) => f.id)).toEqual(data.places.map((p) => p.slug));
    let unlocated = 0;
    for (const feature of body.features) {
      expect(Object.keys(feature).sort()).toEqual(["geometry", "id", "properties", "type"]);
      expect(feature.type).toBe("Feature");
      const properties = feature.properties as Json;
      // RFC 7946 §3.2: a place without a point of its own is an unlocated Feature, "geometry": null;
      // the data gives a point only for exact and approximate locations
      if (feature.geometry === null) {
        unlocated++;
        expect(["village", "township"]).toContain(properties.precision);
        continue;
      }
      expect(["exact", "approximate"]).toContain(properties.precision);
      const geometry = feature.geometry as { type: string; coordinates: number[] };
      expect(geometry.type).toBe("Point");
      expect(geometry.coordinates).toHaveLength(2);
      const [lng = NaN, lat = NaN] = geometry.coordinates;
      expect(lng).toBeGreaterThan(ENVELOPE.west);
      expect(lng).toBeLessThan(ENVELOPE.east);
      expect(lat).toBeGreaterThan(ENVELOPE.south);
      expect(lat).toBeLessThan(ENVELOPE.north);
      expect(Object.keys(properties).sort()).toEqual(SUMMARY_KEYS);
      expect(feature.id).toBe(properties.slug);
      expect(properties.url).toBe(`/places/${String(properties.slug)}`);
    }
    expect(unlocated).toBe(28);
  });

  it("the single Feature carries the full place: the summary plus descriptions, notes and sources", async () => {
    const { GET } = await import("@/app/api/places/[slug]/route");
    const res = await GET(new Request("http://localhost/api/places/jiuge-shangui"), { params: Promise.resolve({ slug: "jiuge-shangui" }) });
    expect(res.status).toBe(200);
    const feature = (await res.json()) as { id: string; geometry: unknown; properties: Json };
    expect(feature.id).toBe("jiuge-shangui");
    expect(feature.geometry).toBeNull(); // village-level, and 罗潭村 has no point
    expect(Object.keys(feature.properties).sort()).toEqual([...SUMMARY_KEYS, ...DETAIL_KEYS].sort());
    expect((feature.properties.sources as unknown[]).length).toBeGreaterThan(0);
  });
});

describe("GET /api/place-summaries", () => {
  it("carries the same summaries as /api/places, in the same order, compact against its village list; ETag / 304", async () => {
    const { decodeCompactPlaces, readPlaceSummariesBody } = await import("@/lib/domain/browse/compact-places");
    const { GET } = await import("@/app/api/place-summaries/route");
    const res = await GET(new Request("http://localhost/api/place-summaries"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = readPlaceSummariesBody(await res.json());
    if (!body) throw new Error("not a place-summaries body");
    const { places } = decodeCompactPlaces(body.places, body.villages);

    const { GET: list } = await import("@/app/api/places/route");
    const collection = (await (await list(new Request("http://localhost/api/places"))).json()) as { features: { id: string; geometry: { coordinates: number[] } | null; properties: Json }[] };
    expect(places.map((p) => p.slug)).toEqual(collection.features.map((f) => f.id));
    for (const [i, feature] of collection.features.entries()) {
      const place = places[i];
      if (!place) throw new Error(`no summary for ${feature.id}`);
      const { precision, precisionRadiusM, url, ...rest } = feature.properties;
      expect({ ...place, location: undefined }).toEqual({ ...rest, location: undefined });
      expect(url).toBe(`/places/${place.slug}`);
      expect(place.location.precision).toBe(precision);
      expect(place.location.radiusM).toBe(precisionRadiusM);
      expect(place.location.point && [place.location.point.lng, place.location.point.lat]).toEqual(feature.geometry?.coordinates ?? null);
    }

    const etag = res.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await GET(new Request("http://localhost/api/place-summaries", { headers: { "If-None-Match": etag ?? "" } }));
    expect(again.status).toBe(304);
  });
});
