import { describe, expect, it } from "vitest";
import { SAVE_MAX_ZOOM, SAVE_MIN_ZOOM, tilesOfBbox, townshipTiles } from "./township-tiles";
import { tileUrl, tileUrlPattern } from "./tile-url";
import { TOWNSHIP_BBOX } from "../township-area";

/** Tile → its north-west corner (the inverse formula of the OSM wiki), an independent check. */
function corner(z: number, x: number, y: number): { lng: number; lat: number } {
  const n = 2 ** z;
  return { lng: (x / n) * 360 - 180, lat: (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI };
}

describe("township tiles", () => {
  it("numbers a tile so that it contains the point (checked with the wiki's inverse formula)", () => {
    const [first] = tilesOfBbox({ west: 110.55, south: 29.52, east: 110.55, north: 29.52 }, 10, 10);
    expect(first).toBeDefined();
    const { x, y } = first!;
    const nw = corner(10, x, y);
    const se = corner(10, x + 1, y + 1);
    expect(nw.lng).toBeLessThanOrEqual(110.55);
    expect(se.lng).toBeGreaterThan(110.55);
    expect(nw.lat).toBeGreaterThanOrEqual(29.52);
    expect(se.lat).toBeLessThan(29.52);
  });

  it("covers the township's envelope at every zoom 10–15 with no gap and no tile outside it", () => {
    const tiles = townshipTiles();
    for (let z = SAVE_MIN_ZOOM; z <= SAVE_MAX_ZOOM; z++) {
      const level = tiles.filter((t) => t.z === z);
      const xs = level.map((t) => t.x);
      const ys = level.map((t) => t.y);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      expect(level).toHaveLength((x1 - x0 + 1) * (y1 - y0 + 1));
      // The outer tiles' corners enclose the envelope, and the envelope touches every outer tile.
      expect(corner(z, x0, y0).lng).toBeLessThanOrEqual(TOWNSHIP_BBOX.west);
      expect(corner(z, x1 + 1, y0).lng).toBeGreaterThan(TOWNSHIP_BBOX.east);
      expect(corner(z, x0, y0).lat).toBeGreaterThanOrEqual(TOWNSHIP_BBOX.north);
      expect(corner(z, x0, y1 + 1).lat).toBeLessThan(TOWNSHIP_BBOX.south);
      expect(corner(z, x1, y0).lng).toBeLessThanOrEqual(TOWNSHIP_BBOX.east);
      expect(corner(z, x0, y1).lat).toBeGreaterThanOrEqual(TOWNSHIP_BBOX.south);
    }
    expect(new Set(tiles.map((t) => `${t.z}/${t.x}/${t.y}`)).size).toBe(tiles.length);
  });
});

describe("tile URLs", () => {
  it("fills a template and matches only the provider's tiles", () => {
    const template = "https://{s}.tile.example.org/osm/{z}/{x}/{y}{r}.png?key=k1";
    const url = tileUrl(template, { z: 12, x: 3300, y: 1700 });
    // Leaflet picks the subdomain as |x + y| mod 3: (3300 + 1700) mod 3 = 2 → "c", the URL the map asks for.
    expect(url).toBe("https://c.tile.example.org/osm/12/3300/1700.png?key=k1");
    const pattern = tileUrlPattern(template);
    expect(pattern.test(url)).toBe(true);
    expect(pattern.test("https://a.tile.example.org/osm/12/3300/1700@2x.png?key=k1")).toBe(true);
    expect(pattern.test("https://a.tile.example.org/osm/12/3300/1700.png?key=other")).toBe(false);
    expect(pattern.test("https://evil.org/osm/12/3300/1700.png?key=k1")).toBe(false);
    expect(pattern.test("https://a.tile.example.org/osm/12/x/1700.png?key=k1")).toBe(false);
  });
});
