// The one place where the app's { lng, lat } (lib/domain/geo.ts) becomes Leaflet's [lat, lng].
import type { LatLngBoundsExpression, LatLngTuple } from "leaflet";
import type { LngLat } from "@/lib/domain/geo";

export function toLatLng({ lng, lat }: LngLat): LatLngTuple {
  return [lat, lng];
}

export function boundsOf(positions: readonly LngLat[]): LatLngBoundsExpression | null {
  if (positions.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lng, lat } of positions) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [south, west],
    [north, east],
  ];
}
