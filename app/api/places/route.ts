import { geoJson, withErrors } from "@/lib/server/api-response";
import { getPlacesGeoJson } from "@/lib/server/places-geojson";

export const dynamic = "force-dynamic";

/** GET /api/places: every place as an RFC 7946 FeatureCollection (WGS-84, [lng, lat]); ETag / 304. */
export async function GET(request: Request) {
  return withErrors(async () => geoJson(request, await getPlacesGeoJson()));
}
