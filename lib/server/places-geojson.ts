import "server-only";
import { placesToFeatureCollection, placeToFeature } from "@/lib/domain/place";
import { toGeoJsonBody, type GeoJsonBody } from "./api-response";
import { CACHE_TAGS, cachedRead } from "./cache-tags";
import { getPlace, getPlaceSummaries } from "./places";
import { loadPlacePage } from "./places-page";
import { pageSearch, parsePlacesQuery, type BBox, type PageKey } from "./places-query";

// The API's GeoJSON bodies, serialised and hashed once per data version (not per request): the
// cache holds the exact bytes and their ETag, invalidated with the places they come from.

/** Every place's summary as a FeatureCollection (the full place: getPlaceGeoJson). */
export const getPlacesGeoJson = cachedRead(
  "places-geojson",
  [CACHE_TAGS.places, CACHE_TAGS.villages],
  async (): Promise<GeoJsonBody> => toGeoJsonBody(placesToFeatureCollection(await getPlaceSummaries())),
);

/**
 * One page (bbox, limit, cursor) as a FeatureCollection with a `links` member (RFC 7946 §6.1 foreign
 * member, as OGC API Features writes it): `[{ rel: "next", href, type }]` while more places follow,
 * `[]` on the last page. Cached per canonical query string (pageSearch), with the same tags.
 */
const loadPageGeoJson = cachedRead(
  "places-geojson-page",
  [CACHE_TAGS.places, CACHE_TAGS.villages],
  async (search: string): Promise<GeoJsonBody> => {
    // `search` is canonical (pageSearch of a parsed query), so it parses again as the same page.
    const parsed = parsePlacesQuery(new URLSearchParams(search));
    if (!parsed.ok || parsed.query.kind !== "page") throw new Error(`not a page query: ${search}`);
    const { bbox, limit, after } = parsed.query;
    const page = await loadPlacePage({ bbox, limit, after });
    const links = page.next ? [{ rel: "next", href: `/api/places?${pageSearch({ bbox, limit, after: page.next })}`, type: "application/geo+json" }] : [];
    return toGeoJsonBody({ ...placesToFeatureCollection(page.places), links });
  },
);

export function getPlacesPageGeoJson(query: { bbox: BBox | null; limit: number; after: PageKey | null }): Promise<GeoJsonBody> {
  return loadPageGeoJson(pageSearch(query));
}

/** One place as a Feature; null when no place has this slug (call with a slug that passed slugSchema). */
export const getPlaceGeoJson = cachedRead(
  "place-geojson",
  [CACHE_TAGS.places, CACHE_TAGS.villages],
  async (slug: string): Promise<GeoJsonBody | null> => {
    const place = await getPlace(slug);
    return place ? toGeoJsonBody(placeToFeature(place)) : null;
  },
);
