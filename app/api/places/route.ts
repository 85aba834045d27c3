import { geoJson, jsonError, withErrors } from "@/lib/server/api-response";
import { getPlacesGeoJson, getPlacesPageGeoJson } from "@/lib/server/places-geojson";
import { parsePlacesQuery } from "@/lib/server/places-query";

export const dynamic = "force-dynamic";

/**
 * GET /api/places: every place as an RFC 7946 FeatureCollection (WGS-84, [lng, lat]); with
 * `bbox`, `limit` or `cursor`, one page of it with a `links` member (README, API); ETag / 304.
 * A bad parameter is a 400 with a JSON error naming it.
 */
export async function GET(request: Request) {
  const parsed = parsePlacesQuery(new URL(request.url).searchParams);
  if (!parsed.ok) {
    const message = parsed.problems.map((p) => `${p.param}: ${p.message}`).join("; ");
    return jsonError(400, "invalid_query", message);
  }
  const { query } = parsed;
  return withErrors(async () => geoJson(request, query.kind === "all" ? await getPlacesGeoJson() : await getPlacesPageGeoJson(query)));
}
