// How long it takes to get from one place to another, without a routing engine.
//
// The township lies in the karst mountains of Cili County: the roads between villages are narrow,
// single-carriageway and wind along valleys and up hairpins, and footpaths climb and descend
// terraces. The real path is therefore much longer than the straight line between two points, and
// average speeds are low. We estimate:
//
//   road/path distance = straight-line (great-circle) distance × detour factor
//   travel time        = road/path distance ÷ average speed
//
// Defaults (estimates, not measurements; they are configurable through `TravelModel`):
// - car: detour factor 1.6 — mountain roads typically run 1.4–1.8× the crow-fly distance in
//   this terrain; 30 km/h average — switchbacks, village streets, farm vehicles and stops for
//   oncoming traffic on single-lane stretches, well below the posted limits.
// - walk: detour factor 1.3 — footpaths are more direct than roads but still follow contours
//   and steps; 4 km/h — a relaxed pace on uneven, often sloping ground (flat-ground walking is
//   about 5 km/h).
//
// The planner shows these figures as estimates; they are only used to order stops and to sketch
// a day, never as navigation.
import distance from "@turf/distance";
import type { LngLat } from "../geo";

export type TravelMode = "car" | "walk";

export interface TravelModeParams {
  /** Road/path distance divided by straight-line distance (≥ 1). */
  readonly detourFactor: number;
  /** Average speed over the whole leg, in km/h (> 0). */
  readonly speedKmh: number;
}

export type TravelModel = Readonly<Record<TravelMode, TravelModeParams>>;

export const DEFAULT_TRAVEL_MODEL: TravelModel = {
  car: { detourFactor: 1.6, speedKmh: 30 },
  walk: { detourFactor: 1.3, speedKmh: 4 },
};

export interface LegEstimate {
  /** Estimated road/path distance, whole metres. */
  readonly distanceM: number;
  /** Estimated travel time, whole minutes, rounded up. */
  readonly minutes: number;
}

/** Straight-line (great-circle) distance in metres, unrounded. */
function straightLineMetres(from: LngLat, to: LngLat): number {
  return distance([from.lng, from.lat], [to.lng, to.lat], { units: "meters" });
}

/** Road/path distance in metres (unrounded) and the travel time in seconds (unrounded). */
export function estimateLegExact(
  from: LngLat,
  to: LngLat,
  mode: TravelMode,
  model: TravelModel = DEFAULT_TRAVEL_MODEL,
): { readonly metres: number; readonly seconds: number } {
  const params = model[mode];
  const metres = straightLineMetres(from, to) * params.detourFactor;
  return { metres, seconds: (metres * 3600) / (params.speedKmh * 1000) };
}

/**
 * Estimate one leg. distanceM = straight line × detour factor, rounded to whole metres;
 * minutes = distanceM at the average speed, rounded up to a whole minute (0 only when the two
 * points coincide).
 */
export function estimateLeg(
  from: LngLat,
  to: LngLat,
  mode: TravelMode,
  model: TravelModel = DEFAULT_TRAVEL_MODEL,
): LegEstimate {
  const params = model[mode];
  const distanceM = Math.round(straightLineMetres(from, to) * params.detourFactor);
  // distanceM × 60 / (km/h × 1000) minutes; the tiny epsilon keeps exact multiples (e.g. 500 m at
  // 30 km/h = 1 min) from rounding up on floating-point noise.
  const minutes = Math.ceil((distanceM * 60) / (params.speedKmh * 1000) - 1e-9);
  return { distanceM, minutes: Math.max(0, minutes) };
}
