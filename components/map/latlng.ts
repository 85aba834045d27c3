// The one place where the app's { lng, lat } (lib/domain/geo.ts) becomes Leaflet's [lat, lng].
import type { LatLngBoundsExpression, LatLngTuple } from "leaflet";
import { boxOf, type LngLat } from "@/lib/domain/geo";

export function toLatLng({ lng, lat }: LngLat): LatLngTuple {
  return [lat, lng];
}

export function boundsOf(positions: readonly LngLat[]): LatLngBoundsExpression | null {
  const box = boxOf(positions);
  return box && [
    [box.south, box.west],
    [box.north, box.east],
  ];
}
