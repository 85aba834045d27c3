import { placesToFeatureCollection } from "@/lib/domain/place";
import { getPlaces } from "@/lib/server/places";
import { geoJson, withErrors } from "@/lib/server/api-response";

export const dynamic = "force-dynamic";

/** GET /api/places: every place as an RFC 7946 FeatureCollection (WGS-84, [lng, lat]). */
export async function GET() {
  return withErrors(async () => geoJson(placesToFeatureCollection(await getPlaces())));
}
