import { describe, expect, it } from "vitest";
import { CONTROL_CLEARANCE_PX, FIT_MAX_ZOOM, TILE_SIZE_PX, denseTiles, fitView, moveMap, openMap, project, tileUrl, unproject, viewTiles } from "./first-view";

// That these are Leaflet's own results (fitBounds, setView, the tile layer's layout) is checked in
// a real browser against Leaflet itself: e2e/map-preview.spec.ts compares the preview's tiles with
// the map's, URL and place, on several pages and screens.

const TOWNSHIP = [
  { lng: 110.651389, lat: 29.428889 },
  { lng: 110.6982, lat: 29.3987 },
  { lng: 110.67, lat: 29.41 },
];

describe("project / unproject (Web Mercator, Leaflet's)", () => {
  it("round-trips and puts 0,0 at the world's top left", () => {
    for (const z of [0, 8, 14]) {
      const p = project({ lng: 110.67, lat: 29.41 }, z);
      const back = unproject(p, z);
      expect(back.lng).toBeCloseTo(110.67, 9);
      expect(back.lat).toBeCloseTo(29.41, 9);
    }
    expect(project({ lng: -180, lat: 85.0511287798 }, 0).x).toBeCloseTo(0, 6);
    expect(project({ lng: -180, lat: 85.0511287798 }, 0).y).toBeCloseTo(0, 6);
    expect(project({ lng: 0, lat: 0 }, 1)).toEqual({ x: TILE_SIZE_PX, y: TILE_SIZE_PX });
  });
});

describe("fitView", () => {
  const { topLeft, bottomRight } = CONTROL_CLEARANCE_PX;
  const inside = (view: { lng: number; lat: number; z: number }, size: { x: number; y: number }) => {
    const centre = project(view, view.z);
    return TOWNSHIP.every((p) => {
      const at = project(p, view.z);
      const x = at.x - centre.x + size.x / 2;
      const y = at.y - centre.y + size.y / 2;
      return x >= topLeft.x - 0.5 && x <= size.x - bottomRight.x + 0.5 && y >= topLeft.y - 0.5 && y <= size.y - bottomRight.y + 0.5;
    });
  };

  it("shows every point clear of the controls, at the highest whole zoom that does", () => {
    for (const size of [{ x: 412, y: 541 }, { x: 360, y: 409 }, { x: 880, y: 748 }, { x: 1280, y: 700 }]) {
      const view = fitView(TOWNSHIP, size, 8, 18);
      if (!view) throw new Error("no view");
      expect(Number.isInteger(view.z)).toBe(true);
      expect(inside(view, size)).toBe(true);
      if (view.z < FIT_MAX_ZOOM) {
        const closer = fitView(TOWNSHIP, size, view.z + 1, view.z + 1);
        expect(closer && inside(closer, size)).toBe(false);
      }
    }
  });

  it("takes one point at the highest fit zoom, never above the basemap's, never below the lowest", () => {
    const one = fitView([{ lng: 110.67, lat: 29.41 }], { x: 400, y: 400 }, 8, 18);
    expect(one?.z).toBe(FIT_MAX_ZOOM);
    // the point, shifted by half the margins' difference
    expect(one?.lng).toBeCloseTo(110.67 + ((bottomRight.x - topLeft.x) / 2 / (TILE_SIZE_PX * 2 ** FIT_MAX_ZOOM)) * 360, 9);
    expect(fitView(TOWNSHIP, { x: 4000, y: 4000 }, 8, 12)?.z).toBe(12);
    expect(fitView([{ lng: 100, lat: 20 }, { lng: 120, lat: 40 }], { x: 300, y: 300 }, 8, 18)?.z).toBe(8);
    expect(fitView([], { x: 300, y: 300 }, 8, 18)).toBeNull();
  });

  it("is not moved by the controls' margins beyond half their difference", () => {
    const view = fitView(TOWNSHIP, { x: 880, y: 748 }, 8, 18);
    if (!view) throw new Error("no view");
    const boxCentre = project({ lng: (110.651389 + 110.6982) / 2, lat: 0 }, view.z).x;
    expect(project(view, view.z).x - boxCentre).toBeCloseTo((bottomRight.x - topLeft.x) / 2, 1);
  });
});

describe("openMap / moveMap (Leaflet's setView without animation)", () => {
  const size = { x: 412, y: 541 };
  const start = openMap(size, { lng: 110.67, lat: 29.41 }, 12);

  it("a reset puts the pixel origin at the centre less half the size, rounded, the panes unmoved", () => {
    const centre = project({ lng: 110.67, lat: 29.41 }, 12);
    expect(start.origin).toEqual({ x: Math.round(centre.x - 206), y: Math.round(centre.y - 270.5) });
    expect(start.pane).toEqual({ x: 0, y: 0 });
  });

  it("at the same zoom, a move within the map's size pans by whole pixels and keeps the origin", () => {
    const target = unproject({ x: project(start.centre, 12).x + 100.7, y: project(start.centre, 12).y - 40.2 }, 12);
    const moved = moveMap(start, target, 12);
    expect(moved.origin).toEqual(start.origin);
    expect(moved.pane.x).toBe(-Math.trunc(Math.round(project(target, 12).x) - start.origin.x - 206));
    expect(moved.pane.y).toBe(-Math.trunc(Math.round(project(target, 12).y) - start.origin.y - 270.5));
  });

  it("a new zoom, or a move farther than the map's size, resets", () => {
    expect(moveMap(start, { lng: 110.68, lat: 29.42 }, 13)).toEqual(openMap(size, { lng: 110.68, lat: 29.42 }, 13));
    expect(moveMap(start, { lng: 111.5, lat: 29.42 }, 12)).toEqual(openMap(size, { lng: 111.5, lat: 29.42 }, 12));
    expect(moveMap(start, start.centre, 12)).toBe(start);
  });
});

describe("viewTiles", () => {
  const size = { x: 412, y: 541 };

  it("covers the whole map, nearest the centre first, each tile at its place", () => {
    for (const dense of [false, true]) {
      const layout = openMap(size, { lng: 110.67, lat: 29.41 }, 13);
      const tiles = viewTiles(layout, dense);
      const tileSize = dense ? TILE_SIZE_PX / 2 : TILE_SIZE_PX;
      expect(tiles.every((t) => t.size === tileSize && t.z === (dense ? 14 : 13))).toBe(true);
      for (const [x, y] of [[0, 0], [size.x - 1, 0], [0, size.y - 1], [size.x - 1, size.y - 1], [206, 270]] as [number, number][]) {
        expect(tiles.some((t) => x >= t.left && x < t.left + t.size && y >= t.top && y < t.top + t.size)).toBe(true);
      }
      for (const t of tiles) {
        expect(t.left).toBe(t.x * tileSize - layout.origin.x);
        expect(t.top).toBe(t.y * tileSize - layout.origin.y);
      }
      const first = tiles[0];
      if (!first) throw new Error("no tile");
      expect(first.left).toBeLessThanOrEqual(206);
      expect(first.left + first.size).toBeGreaterThan(206 - tileSize);
    }
  });

  it("moves the tiles with the panes", () => {
    const layout = openMap(size, { lng: 110.67, lat: 29.41 }, 13);
    const panned = moveMap(layout, unproject({ x: project(layout.centre, 13).x + 30, y: project(layout.centre, 13).y }, 13), 13);
    const tile = viewTiles(panned, false).find((t) => t.x === viewTiles(layout, false)[0]?.x && t.y === viewTiles(layout, false)[0]?.y);
    expect(tile?.left).toBe((viewTiles(layout, false)[0]?.left ?? 0) - 30);
  });

  it("leaves out tiles beyond the world's top and bottom and wraps x", () => {
    const top = viewTiles(openMap({ x: 600, y: 600 }, { lng: 179.99, lat: 85 }, 1), false);
    expect(top.every((t) => t.y >= 0 && t.y < 2 && t.x >= 0 && t.x < 2)).toBe(true);
    expect(top.some((t) => t.left >= 300 && t.x === 0)).toBe(true); // east of the antimeridian: the world's first column again
  });
});

describe("tileUrl", () => {
  it("fills Leaflet's template keys, the subdomain by |x + y| modulo their number", () => {
    expect(tileUrl("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "abc", { x: 6613, y: 3394, z: 13 }, true)).toBe("https://tile.openstreetmap.org/13/6613/3394.png");
    expect(tileUrl("https://t{s}.example/{z}/{x}/{y}{r}.png", "01234567", { x: 6613, y: 3394, z: 13 }, true)).toBe(`https://t${(6613 + 3394) % 8}.example/13/6613/3394@2x.png`);
    expect(tileUrl("https://x/{z}/{x}/{-y}.png", "", { x: 1, y: 0, z: 2 }, false)).toBe("https://x/2/1/3.png");
    expect(tileUrl("https://x/{z}/{x}/{y}.png?k={key}", "", { x: 1, y: 2, z: 3 }, false)).toBe("https://x/3/1/2.png?k={key}");
  });
});

describe("denseTiles", () => {
  it("only on a high-density screen that reports a fast connection without data saving", () => {
    expect(denseTiles(1, { effectiveType: "4g" })).toBe(false);
    expect(denseTiles(2, { effectiveType: "4g" })).toBe(true);
    expect(denseTiles(2, { effectiveType: "3g" })).toBe(false);
    expect(denseTiles(2, { effectiveType: "4g", saveData: true })).toBe(false);
    expect(denseTiles(3, undefined)).toBe(false);
  });
});
