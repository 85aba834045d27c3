// The places nearest to a place or to a point, by straight-line (great-circle) distance.
import { distance } from "@turf/distance";
import type { LngLat } from "../geo";

/** A place with a known spot (known-spot.ts): only those have a distance. */
export type NearestCandidate = LngLat & { slug: string };

export type NearbyPlace = { slug: string; distanceM: number };

export type FindNearestOptions = {
  /** How many places to return (default 5). Non-integers are floored; Infinity returns all. */
  count?: number;
  /**
   * Leave out places whose coordinates are identical to the origin's. Many places still share a
   * placeholder point (e.g. the township seat), so "0 m away" often means "location unknown".
   */
  excludeSameSpot?: boolean;
};

/**
 * Places sorted by distance (whole metres, Turf's haversine on a 6,371,008.8 m sphere), ties by
 * slug. With `{ slug }` as origin that place itself is left out; an unknown slug gives [].
 * Places at the very same point come back with distanceM 0 unless `excludeSameSpot` is set.
 */
export function findNearest(
  places: readonly NearestCandidate[],
  origin: { slug: string } | LngLat,
  { count = 5, excludeSameSpot = false }: FindNearestOptions = {},
): NearbyPlace[] {
  let from: LngLat;
  let selfSlug: string | null = null;
  if (isLngLat(origin)) {
    from = origin;
  } else {
    const self = places.find((place) => place.slug === origin.slug);
    if (self === undefined) return [];
    from = self;
    selfSlug = self.slug;
  }
  const limit = Number.isNaN(count) ? 0 : Math.max(0, Math.floor(count));
  if (limit === 0) return [];

  const nearby: NearbyPlace[] = [];
  for (const place of places) {
    if (place.slug === selfSlug) continue;
    const sameSpot = place.lng === from.lng && place.lat === from.lat;
    if (sameSpot && excludeSameSpot) continue;
    const metres = sameSpot ? 0 : distance([from.lng, from.lat], [place.lng, place.lat], { units: "meters" });
    nearby.push({ slug: place.slug, distanceM: Math.round(metres) });
  }
  nearby.sort((a, b) => a.distanceM - b.distanceM || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return nearby.slice(0, limit);
}

function isLngLat(origin: { slug: string } | LngLat): origin is LngLat {
  return !("slug" in origin);
}
