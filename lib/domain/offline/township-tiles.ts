// The map tiles of "Save the township for offline": every Web Mercator (slippy map) tile that
// touches the township's envelope (TOWNSHIP_BBOX, WGS-84) at zooms 10 to 15, and what they may
// weigh. The standard tile numbering (OpenStreetMap wiki, "Slippy map tilenames"):
// x = floor((lng + 180) / 360 · 2^z), y = floor((1 − asinh(tan φ) / π) / 2 · 2^z).
import { TOWNSHIP_BBOX } from "../township-area";

export type TileXYZ = { z: number; x: number; y: number };
type Bbox = { west: number; south: number; east: number; north: number };

export const SAVE_MIN_ZOOM = 10;
export const SAVE_MAX_ZOOM = 15;

/**
 * The guide's own estimate of one tile's size, 20 kB, used before anything is downloaded (and for
 * tiles whose size the browser hides: cross-origin answers without CORS). Not a measured figure:
 * the screen labels every size built from it as an estimate.
 */
export const TILE_BYTES_ESTIMATE = 20 * 1024;

function tileX(lng: number, z: number): number {
  return Math.floor(((lng + 180) / 360) * 2 ** z);
}

function tileY(lat: number, z: number): number {
  const φ = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.asinh(Math.tan(φ)) / Math.PI) / 2) * 2 ** z);
}

/** Every tile touching `bbox` at zooms minZoom..maxZoom, zoom by zoom, row by row. */
export function tilesOfBbox(bbox: Bbox, minZoom: number, maxZoom: number): TileXYZ[] {
  const tiles: TileXYZ[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const [x0, x1] = [tileX(bbox.west, z), tileX(bbox.east, z)];
    // y grows southwards.
    const [y0, y1] = [tileY(bbox.north, z), tileY(bbox.south, z)];
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) tiles.push({ z, x, y });
  }
  return tiles;
}

/** The tiles of the township at zooms 10–15. */
export function townshipTiles(): TileXYZ[] {
  return tilesOfBbox(TOWNSHIP_BBOX, SAVE_MIN_ZOOM, SAVE_MAX_ZOOM);
}
