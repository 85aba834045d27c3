import { SLUG_MAX_LENGTH } from "@/lib/domain/slug";
import { slugSchema } from "@/lib/domain/slug-schema";
import { geoJson, jsonError, withErrors } from "@/lib/server/api-response";
import { getPlaceGeoJson } from "@/lib/server/places-geojson";
import { getArchivedPlace } from "@/lib/server/places";

export const dynamic = "force-dynamic";

/** GET /api/places/[slug]: one place as a GeoJSON Feature (ETag / 304); 404 with a JSON body when unknown,
 * 410 when staff archived it. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return withErrors(async () => {
    // A malformed slug never reaches the cache (it cannot name a place).
    const valid = slugSchema.safeParse(slug);
    const body = valid.success ? await getPlaceGeoJson(valid.data) : null;
    if (!body && valid.success && (await getArchivedPlace(valid.data))) {
      return jsonError(410, "place_archived", `The place "${valid.data}" has been archived: it is no longer in the guide.`);
    }
    if (!body) return jsonError(404, "place_not_found", `No place has the slug "${slug.slice(0, SLUG_MAX_LENGTH)}".`);
    return geoJson(request, body);
  });
}
