// What the guide keeps for offline use after a visit, in the visitor's language: the map, /red, the
// planner's shared-plan page, every place page, every place's summary (/api/place-summaries, which
// a page with many places fetches) and every place's data (a panel opened offline reads
// /api/places/[slug]). The place list comes from the server (GET /api/places: each Feature's id is
// the place's slug), asked for one more place than KEEP_EVERY_PLACE_MAX.
//
// A county's thousands of places are not kept one by one: that would be two requests a place over
// a weak signal (hundreds of megabytes for 10,000), and the worker's caches hold 400 entries each.
// Above KEEP_EVERY_PLACE_MAX the guide keeps its pages and every place's summary (the map, the
// list, the filters and the planner work offline); a place's own page and data are kept when it is
// opened (the worker caches what it serves).
import { localePath, type Lang } from "../i18n";
import { PLACES_API } from "./sw-protocol";
import { PLACE_SUMMARIES_API } from "../browse/compact-places";

/** The slugs of a GET /api/places FeatureCollection (anything else: none). */
export function slugsOfPlaces(body: unknown): string[] {
  if (typeof body !== "object" || body === null || !("features" in body) || !Array.isArray(body.features)) return [];
  return body.features.flatMap((f: unknown) =>
    typeof f === "object" && f !== null && "id" in f && typeof f.id === "string" && /^[a-z0-9-]+$/.test(f.id) ? [f.id] : [],
  );
}

/** Up to this many places, every place's page and data are kept for offline use. */
export const KEEP_EVERY_PLACE_MAX = 300;
/** The place list asked for to decide what to keep: one place more than KEEP_EVERY_PLACE_MAX says there are more. */
export const OFFLINE_PLACE_LIST = `${PLACES_API}?limit=${KEEP_EVERY_PLACE_MAX + 1}`;

/** The addresses to keep, pages first: with more than KEEP_EVERY_PLACE_MAX places, the guide's pages and every summary only. */
export function offlineUrls(lang: Lang, slugs: readonly string[]): string[] {
  if (slugs.length > KEEP_EVERY_PLACE_MAX) return [...["/", "/red", "/plan"].map((p) => localePath(lang, p)), PLACE_SUMMARIES_API];
  const pages = ["/", "/red", "/plan", ...slugs.map((s) => `/places/${s}`)].map((p) => localePath(lang, p));
  // the summaries a page with many places fetches after its first view (lib/domain/browse/first-view.ts)
  return [...pages, PLACES_API, PLACE_SUMMARIES_API, ...slugs.map((s) => `${PLACES_API}/${s}`)];
}
