import type { LngLat, LngLatBox } from "../geo";
import { UNLOCATED_MARKER_ANCHOR } from "../unlocated-places";
import { TOWNSHIP_SEAT } from "../township-seat";
import type { View } from "./first-view";

/** Where the map is made before its first fit, when the address gives no view: the township seat. */
export const MAP_START: View = { ...TOWNSHIP_SEAT, z: 12 };

/**
 * What the map's first fit shows (lib/domain/map/first-view.ts, fitView): the box of the server's
 * first clusters (many places, their summaries still on their way), the places drawn at their
 * stored points, and the "位置待定" marker's anchor when some places shown have no known spot.
 */
export function firstFitPoints(box: LngLatBox | null, stored: readonly LngLat[], unlocated: boolean): LngLat[] {
  const corners = box ? [{ lng: box.west, lat: box.south }, { lng: box.east, lat: box.north }] : [];
  return [...corners, ...stored, ...(unlocated ? [UNLOCATED_MARKER_ANCHOR] : [])];
}
