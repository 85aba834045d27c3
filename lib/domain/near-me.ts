// "Near me": from the visitor's position (a geolocation fix), either "not there yet" (more than
// NOT_THERE_YET_M from the township) or the nearest places with a known spot (known-spot.ts), each
// with its straight-line distance (Turf, via findNearest) and the compass direction to walk in
// (Turf's initial great-circle bearing, as 8 compass points). The township has no published
// boundary, so "from the township" is from its inferred envelope (township-area.ts): 0 inside it.
// The nearest places themselves are worked out by near-me-places.ts, which loads with the first
// "Near me" (this file is what the map page needs before: the distance from the township).
import { distance } from "@turf/distance";
import type { LngLat } from "./geo";
import { TOWNSHIP_BBOX } from "./township-area";

/** Farther than this from the township, the visitor is "not there yet" (issue 10). */
export const NOT_THERE_YET_M = 20_000;
/** A fix whose accuracy radius is larger than this is "low accuracy" (the radius is shown). */
export const LOW_ACCURACY_M = 100;

export const COMPASS_POINTS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

/** A position from the device: WGS-84, with the radius (metres) it is reported accurate to. */
export type Fix = LngLat & { accuracyM: number };

export type NearPlace = { slug: string; distanceM: number; bearingDeg: number; compass: CompassPoint };

export type NearMe =
  | { code: "not-there-yet"; fromTownshipM: number }
  | { code: "near"; accuracyM: number; lowAccuracy: boolean; nearest: NearPlace[] };

/** The compass point (of 8) of a bearing in degrees, −180…180 or 0…360 (each covers 45°). */
export function compassPoint(bearingDeg: number): CompassPoint {
  const index = Math.round((((bearingDeg % 360) + 360) % 360) / 45) % 8;
  return COMPASS_POINTS[index] ?? "N";
}

/** Metres from a point to the township's envelope (0 inside it). */
export function distanceFromTownshipM(point: LngLat): number {
  const lng = Math.min(TOWNSHIP_BBOX.east, Math.max(TOWNSHIP_BBOX.west, point.lng));
  const lat = Math.min(TOWNSHIP_BBOX.north, Math.max(TOWNSHIP_BBOX.south, point.lat));
  if (lng === point.lng && lat === point.lat) return 0;
  return Math.round(distance([point.lng, point.lat], [lng, lat], { units: "meters" }));
}
