// The one coordinate type of the app. Positions are WGS-84 and named, { lng, lat }, so they cannot
// be read in the wrong order. GeoJSON's [lng, lat] arrays appear only where GeoJSON is produced
// (placeToFeature, export-geojson) or a library wants them (Turf, gcoord); Leaflet's [lat, lng]
// only in components/map/latlng.ts.

/** A point on the map: WGS-84 longitude and latitude in decimal degrees. */
export interface LngLat {
  readonly lng: number;
  readonly lat: number;
}
