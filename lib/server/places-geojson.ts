import "server-only";
import { placesToFeatureCollection, placeToFeature } from "@/lib/domain/place";
import { toGeoJsonBody, type GeoJsonBody } from "./api-response";
import { CACHE_TAGS, cachedRead } from "./cache-tags";
import { getPlace, getPlaceSummaries } from "./places";

// The API's GeoJSON bodies, serialised and hashed once per data version (not per request): the
// cache holds the exact bytes and their ETag, invalidated with the places they come from.

/** Every place's summary as a FeatureCollection (the full place: getPlaceGeoJson). */
export const getPlacesGeoJson = cachedRead(
  "places-geojson",
  [CACHE_TAGS.places, CACHE_TAGS.villages],
  async (): Promise<GeoJsonBody> => toGeoJsonBody(placesToFeatureCollection(await getPlaceSummaries())),
);

/** One place as a Feature; null when no place has this slug (call with a slug that passed slugSchema). */
export const getPlaceGeoJson = cachedRead(
  "place-geojson",
  [CACHE_TAGS.places, CACHE_TAGS.villages],
  async (slug: string): Promise<GeoJsonBody | null> => {
    const place = await getPlace(slug);
    return place ? toGeoJsonBody(placeToFeature(place)) : null;
  },
);
