// Web Mercator with 256 px tiles, written out here independently of Leaflet: the tests compute the
// map position under a pixel themselves and compare it with what the app reports.

/** The world's width in pixels at a zoom level. */
export const worldSize = (z: number) => 256 * 2 ** z;

/** A point's world pixel at a zoom level. */
export function toPixel(lat: number, lng: number, z: number): { x: number; y: number } {
  const s = Math.sin((lat * Math.PI) / 180);
  return { x: ((lng + 180) / 360) * worldSize(z), y: (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * worldSize(z) };
}

/** The point at a world pixel at a zoom level. */
export function toLngLat(x: number, y: number, z: number): { lat: number; lng: number } {
  const n = Math.PI - (2 * Math.PI * y) / worldSize(z);
  return { lng: (x / worldSize(z)) * 360 - 180, lat: (180 / Math.PI) * Math.atan(Math.sinh(n)) };
}
