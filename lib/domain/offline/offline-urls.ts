// What the guide keeps for offline use after a visit, in the visitor's language: the map, /red, the
// planner's shared-plan page, every place page, every place's summary (/api/place-summaries, which
// a page with many places fetches) and every place's data (a panel opened offline reads
// /api/places/[slug]). The place list comes from the server (GET /api/places: each Feature's id is
// the place's slug).
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

/** The addresses to keep, pages first. */
export function offlineUrls(lang: Lang, slugs: readonly string[]): string[] {
  const pages = ["/", "/red", "/plan", ...slugs.map((s) => `/places/${s}`)].map((p) => localePath(lang, p));
  // the summaries a page with many places fetches after its first view (lib/domain/browse/first-view.ts)
  return [...pages, PLACES_API, PLACE_SUMMARIES_API, ...slugs.map((s) => `${PLACES_API}/${s}`)];
}
