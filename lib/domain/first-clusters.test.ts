import { describe, expect, it } from "vitest";
import { county } from "@/lib/test-support/county-points";
import { CLUSTER_FROM, placeClusters, type ViewBox } from "./cluster-places";
import { FIRST_VIEW_SCREENS, FIT_MAX_ZOOM, firstClusterIndex, firstClusterSingles, firstClustersOf, fitZoom } from "./first-clusters";
import { ZOOM_MIN } from "./browse/view-state";

const points = county(2000);
const spotOf = (slug: string) => points.find((p) => p.slug === slug);

/** The box's size in CSS px at a zoom (Web Mercator, 256 px tiles). */
function pxSize(box: ViewBox, z: number) {
  const y = (lat: number) => {
    const s = Math.sin((lat * Math.PI) / 180);
    return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256 * 2 ** z;
  };
  return { width: ((box.east - box.west) / 360) * 256 * 2 ** z, height: y(box.south) - y(box.north) };
}

describe("fitZoom", () => {
  const box = { west: 110.5, south: 29.0, east: 111.4, north: 29.8 };
  it.each([
    [FIRST_VIEW_SCREENS.smallest],
    [{ width: 412, height: 823 }],
    [{ width: 1280, height: 800 }],
    [FIRST_VIEW_SCREENS.largest],
  ])("is the highest whole zoom at which the box fits the map inside the controls' padding: %o", (size) => {
    const z = fitZoom(box, size);
    const fits = (zoom: number) => {
      const px = pxSize(box, zoom);
      return px.width <= size.width - 100 && px.height <= size.height - 94;
    };
    if (z > ZOOM_MIN) expect(fits(z)).toBe(true);
    if (z < FIT_MAX_ZOOM) expect(fits(z + 1)).toBe(false);
  });

  it("stays within the map's zoom range: a single point fits at the fit's highest zoom, a country at the lowest", () => {
    expect(fitZoom({ west: 110.5, south: 29, east: 110.5, north: 29 }, FIRST_VIEW_SCREENS.largest)).toBe(FIT_MAX_ZOOM);
    expect(fitZoom({ west: 75, south: 18, east: 135, north: 53 }, FIRST_VIEW_SCREENS.smallest)).toBe(ZOOM_MIN);
  });
});

describe("firstClustersOf", () => {
  it("is null below the clustering threshold (the map then waits for every place)", () => {
    expect(firstClustersOf(points.slice(0, CLUSTER_FROM - 1), null)).toBeNull();
    expect(firstClustersOf(points.slice(0, CLUSTER_FROM), null)).not.toBeNull();
  });

  const first = firstClustersOf(points, null);
  if (!first) throw new Error("expected first clusters");
  const index = placeClusters(points);

  it("sends every zoom level a first fit can land on, from a small phone to a large desktop", () => {
    expect(first.fromZoom).toBe(fitZoom(first.box, FIRST_VIEW_SCREENS.smallest));
    expect(first.fromZoom + first.levels.length - 1).toBe(fitZoom(first.box, FIRST_VIEW_SCREENS.largest));
    expect(first.levels.length).toBeGreaterThan(1);
    expect(first.box).toEqual({
      west: Math.min(...points.map((p) => p.lng)),
      east: Math.max(...points.map((p) => p.lng)),
      south: Math.min(...points.map((p) => p.lat)),
      north: Math.max(...points.map((p) => p.lat)),
    });
  });

  it("draws at each level what the browser's own index draws, every place exactly once, with the zoom at which each cluster splits", () => {
    first.levels.forEach((level, l) => {
      const z = first.fromZoom + l;
      const own = index.at(first.box, z);
      expect(level).toHaveLength(own.length);
      let placesCounted = 0;
      level.forEach((item, i) => {
        const mine = own[i];
        if (typeof item === "string") {
          expect(mine).toEqual({ type: "place", slug: item });
          placesCounted += 1;
        } else {
          if (mine?.type !== "cluster") throw new Error(`expected a cluster at ${z}/${i}`);
          expect(item[0]).toBeCloseTo(mine.lng, 6);
          expect(item[1]).toBeCloseTo(mine.lat, 6);
          expect(item[2]).toBe(mine.count);
          expect(item[3]).toBe(index.expansionZoom(mine.id));
          placesCounted += item[2];
        }
      });
      expect(placesCounted).toBe(points.length);
    });
  });

  it("names the single places drawn, so the first view sends their summaries", () => {
    const singles = firstClusterSingles(first);
    const expected = first.levels.flat().filter((i): i is string => typeof i === "string");
    expect([...singles].sort()).toEqual([...new Set(expected)].sort());
  });

  it("with a view in the address (c=): that zoom level, around its centre, as far as the largest screen shows", () => {
    const centre = points[0];
    if (!centre) throw new Error("no points");
    const atView = firstClustersOf(points, { lng: centre.lng, lat: centre.lat, z: 13.4 });
    expect(atView?.fromZoom).toBe(13);
    expect(atView?.levels).toHaveLength(1);
    const level = atView?.levels[0] ?? [];
    const counted = level.reduce((n, i) => n + (typeof i === "string" ? 1 : i[2]), 0);
    // the places around the centre (a few km), not the whole county
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThan(points.length);
  });
});

describe("firstClusterIndex", () => {
  const first = firstClustersOf(points, null);
  if (!first) throw new Error("expected first clusters");
  const browserIndex = firstClusterIndex(first, spotOf);
  const last = first.fromZoom + first.levels.length - 1;

  it("draws a sent level's items in the view's box only", () => {
    const box = { west: 110.6, south: 29.1, east: 110.9, north: 29.4 };
    const items = browserIndex.at(box, first.fromZoom + 0.7);
    const own = placeClusters(points).at(box, first.fromZoom);
    expect(items.map((i) => (i.type === "place" ? i.slug : i.count)).sort()).toEqual(own.map((i) => (i.type === "place" ? i.slug : i.count)).sort());
  });

  it("draws the nearest sent level for a zoom outside them, and opens a cluster at its zoom", () => {
    const whole = first.box;
    expect(browserIndex.at(whole, first.fromZoom - 3)).toHaveLength(first.levels[0]?.length ?? -1);
    expect(browserIndex.at(whole, last + 4)).toHaveLength(first.levels.at(-1)?.length ?? -1);
    const cluster = browserIndex.at(whole, last).find((i) => i.type === "cluster");
    const sent = first.levels.at(-1)?.find((i) => typeof i !== "string");
    if (cluster?.type !== "cluster" || sent === undefined || typeof sent === "string") throw new Error("expected a cluster");
    expect(browserIndex.expansionZoom(cluster.id)).toBe(sent[3]);
  });
});
