import type { APIRequestContext } from "@playwright/test";
import { knownSpots, type SpotInput } from "../../lib/domain/known-spot";
import type { PlaceSummaryFeature } from "../../lib/domain/place";

/**
 * The places of GET /api/places split by the map's one rule (lib/domain/known-spot.ts): drawn at a
 * known spot (their own point, or their village's), or gathered into "位置待定 N". Slugs in the
 * API's order.
 */
export async function apiSpots(request: APIRequestContext): Promise<{ located: string[]; unlocated: string[] }> {
  const features: PlaceSummaryFeature[] = (await (await request.get("/api/places")).json()).features;
  const places: SpotInput[] = features.map((f) => ({
    slug: f.properties.slug,
    kind: f.properties.kind,
    village: f.properties.village,
    location: {
      point: f.geometry === null ? null : { lng: f.geometry.coordinates[0] as number, lat: f.geometry.coordinates[1] as number },
      precision: f.properties.precision,
    },
  }));
  const spots = knownSpots(places);
  return { located: places.filter((p) => spots.has(p.slug)).map((p) => p.slug), unlocated: places.filter((p) => !spots.has(p.slug)).map((p) => p.slug) };
}
