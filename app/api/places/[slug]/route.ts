import { SLUG_MAX_LENGTH, slugSchema } from "@/lib/domain/slug";
import { geoJson, jsonError, withErrors } from "@/lib/server/api-response";
import { getPlaceGeoJson } from "@/lib/server/places-geojson";

export const dynamic = "force-dynamic";

/** GET /api/places/[slug]: one place as a GeoJSON Feature (ETag / 304); 404 with a JSON body when unknown. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return withErrors(async () => {
    // A malformed slug never reaches the cache (it cannot name a place).
    const valid = slugSchema.safeParse(slug);
    const body = valid.success ? await getPlaceGeoJson(valid.data) : null;
    if (!body) return jsonError(404, "place_not_found", `No place has the slug "${slug.slice(0, SLUG_MAX_LENGTH)}".`);
    return geoJson(request, body);
  });
}
