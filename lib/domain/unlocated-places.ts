// The places without a known spot (known-spot.ts): township-level places and village-level places
// whose village has no point. The map draws none of them at a position; it gathers them into one
// marker, "位置待定 N / N places without a known spot", which opens their list. That marker stands
// beside the township seat (UNLOCATED_MARKER_ANCHOR: fanned out with the markers that share the
// seat's spot, always outermost) and is styled as what it is: a list, not a location.
import type { LngLat } from "./geo";
import { knownSpots, type SpotInput } from "./known-spot";
import { TOWNSHIP_SEAT } from "./township-seat";

/** Where the "位置待定 N" marker is anchored: the township seat (it is drawn beside it). */
export const UNLOCATED_MARKER_ANCHOR: LngLat = TOWNSHIP_SEAT;

/** The places of `places` without a known spot, in their given order. */
export function unlocatedPlaces<P extends SpotInput>(places: readonly P[], context: readonly SpotInput[] = places): P[] {
  const spots = knownSpots(context);
  return places.filter((p) => !spots.has(p.slug));
}
