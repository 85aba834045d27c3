// The one coordinate type of the app. Positions are WGS-84 and named, { lng, lat }, so they cannot
// be read in the wrong order. GeoJSON's [lng, lat] arrays appear only where GeoJSON is produced
// (placeToFeature, export-geojson) or a library wants them (Turf, gcoord); Leaflet's [lat, lng]
// only in components/map/latlng.ts.

/** A point on the map: WGS-84 longitude and latitude in decimal degrees. */
export interface LngLat {
  readonly lng: number;
  readonly lat: number;
}

/** A box of WGS-84 degrees (RFC 7946's bbox order: west, south, east, north). */
export type LngLatBox = { west: number; south: number; east: number; north: number };

/** The smallest box holding every point, or null when there are none. */
export function boxOf(points: Iterable<LngLat>): LngLatBox | null {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lng, lat } of points) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return west === Infinity ? null : { west, south, east, north };
}
