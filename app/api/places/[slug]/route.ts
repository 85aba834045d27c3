import { placeToFeature } from "@/lib/domain/place";
import { SLUG_MAX_LENGTH } from "@/lib/domain/slug";
import { getPlace } from "@/lib/server/places";
import { geoJson, jsonError, withErrors } from "@/lib/server/api-response";

export const dynamic = "force-dynamic";

/** GET /api/places/[slug]: one place as a GeoJSON Feature; 404 with a JSON body when unknown. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return withErrors(async () => {
    const place = await getPlace(slug);
    if (!place) return jsonError(404, "place_not_found", `No place has the slug "${slug.slice(0, SLUG_MAX_LENGTH)}".`);
    return geoJson(placeToFeature(place));
  });
}
