import type { PlaceSummariesBody } from "@/lib/domain/browse/compact-places";
import { jsonWithEtag, withErrors } from "@/lib/server/api-response";
import { getCompactPlaces } from "@/lib/server/compact-places";
import { getVillages } from "@/lib/server/villages";

export const dynamic = "force-dynamic";

/**
 * GET /api/place-summaries: every place's summary in the map pages' compact form
 * (lib/domain/browse/compact-places.ts), with the village list its lines refer to by index and the
 * pinyin of the villages' names. A map page with many places sends only its first view and fetches
 * this after the first paint (lib/domain/browse/first-view.ts). ETag / 304, like /api/places.
 */
export async function GET(request: Request) {
  return withErrors(async () => {
    const [compact, villages] = await Promise.all([getCompactPlaces(), getVillages()]);
    const body: PlaceSummariesBody = { villages, villageSyllables: compact.villageSyllables, places: compact.text };
    // serialised and tagged per request: at 3 MB for 10,000 places the body is over what one entry
    // of Next's data cache holds (2 MB), so the cached parts are the compact chunks it is made of
    return jsonWithEtag(request, body);
  });
}
