// The one place where GeoJSON order [lng, lat] becomes Leaflet's [lat, lng].
import type { LatLngBoundsExpression, LatLngTuple } from "leaflet";

export function toLatLng([lng, lat]: readonly [number, number]): LatLngTuple {
  return [lat, lng];
}

export function boundsOf(positions: readonly (readonly [number, number])[]): LatLngBoundsExpression | null {
  if (positions.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of positions) {
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
