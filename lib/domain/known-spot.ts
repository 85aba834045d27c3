// Where a place can be shown and reached: the one rule of the map, the nearby list, navigation and
// the planner. No place is ever given an invented point.
//
// - exact / approximate: the place's own stored point (the data gives one only with a source);
// - village: its village's point, i.e. the point of the place of kind "village" for that village,
//   when that place has a known spot of its own (exact or approximate); the place is then
//   "village-level" and says so wherever it is drawn;
// - township, or a village-level place whose village has no point (or no village): no known spot.
//   Such places are listed, never drawn at a position (the map gathers them into one marker,
//   "位置待定 N", see unlocated-places.ts).
// A point stored with a village or township precision is not used: it cannot be the place's spot.
import type { LngLat } from "./geo";
import type { PlaceSummary } from "./place";
import type { LocationPrecision } from "./place-kinds";

/** A known spot: the place's own point, or its village's point (a village-level place). */
export type KnownSpot = { point: LngLat; basis: "own" | "village" };

export type SpotInput = Pick<PlaceSummary, "slug" | "kind" | "village"> & {
  location: Pick<PlaceSummary["location"], "point" | "precision">;
};

/** The precisions whose stored point is the place's own spot (the data requires one for them). */
export function precisionHasOwnPoint(precision: LocationPrecision): boolean {
  return precision === "exact" || precision === "approximate";
}

function ownPoint(place: SpotInput): LngLat | null {
  return precisionHasOwnPoint(place.location.precision) ? place.location.point : null;
}

/** Village slug → its point: the own point of the place of kind "village" in that village. */
export function villagePoints(places: Iterable<SpotInput>): Map<string, LngLat> {
  const out = new Map<string, LngLat>();
  for (const p of places) {
    if (p.kind !== "village" || p.village === null) continue;
    const point = ownPoint(p);
    if (point !== null && !out.has(p.village.slug)) out.set(p.village.slug, point);
  }
  return out;
}

/** The known spot of one place, given the villages' points; null when no spot is known. */
export function knownSpot(place: SpotInput, byVillage: ReadonlyMap<string, LngLat>): KnownSpot | null {
  const own = ownPoint(place);
  if (own !== null) return { point: own, basis: "own" };
  if (place.location.precision !== "village" || place.village === null) return null;
  const point = byVillage.get(place.village.slug);
  return point === undefined ? null : { point, basis: "village" };
}

/** Slug → known spot of every place that has one (places without a known spot are absent). */
export function knownSpots(places: readonly SpotInput[]): Map<string, KnownSpot> {
  const byVillage = villagePoints(places);
  const out = new Map<string, KnownSpot>();
  for (const p of places) {
    const spot = knownSpot(p, byVillage);
    if (spot !== null) out.set(p.slug, spot);
  }
  return out;
}
