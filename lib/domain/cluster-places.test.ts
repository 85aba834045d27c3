import { describe, expect, it } from "vitest";
import { county } from "@/lib/test-support/county-points";
import { CLUSTER_MAX_ZOOM, placeClusters } from "./cluster-places";

const WORLD = { west: -180, south: -85, east: 180, north: 85 };

describe("placeClusters", () => {
  const points = county(2000);
  const clusters = placeClusters(points);

  it("accounts for every place exactly once at every zoom", () => {
    for (const zoom of [5, 9, 12, 14, CLUSTER_MAX_ZOOM, CLUSTER_MAX_ZOOM + 2]) {
      const seen: string[] = [];
      for (const item of clusters.at(WORLD, zoom)) {
        if (item.type === "place") seen.push(item.slug);
        else {
          const leaves = clusters.slugsOf(item.id);
          expect(leaves).toHaveLength(item.count);
          seen.push(...leaves);
        }
      }
      expect(seen.sort()).toEqual(points.map((p) => p.slug).sort());
    }
  });

  it("draws few markers when zoomed out, and every place on its own past the last cluster zoom", () => {
    const far = clusters.at(WORLD, 8);
    expect(far.length).toBeLessThanOrEqual(20);
    expect(far.every((i) => i.type === "cluster")).toBe(true);
    // distinct points: none shares a spot, so past the last clustering zoom none is gathered
    const near = clusters.at(WORLD, CLUSTER_MAX_ZOOM + 1);
    expect(near.filter((i) => i.type === "place")).toHaveLength(2000);
  });

  it("a cluster splits at its expansion zoom: zooming there on it shows more, smaller items", () => {
    const cluster = clusters.at(WORLD, 10).find((i) => i.type === "cluster");
    if (cluster?.type !== "cluster") throw new Error("expected a cluster at zoom 10");
    const expansionZoom = clusters.expansionZoom(cluster.id);
    expect(expansionZoom).toBeGreaterThan(10);
    const around = { west: cluster.lng - 0.05, south: cluster.lat - 0.05, east: cluster.lng + 0.05, north: cluster.lat + 0.05 };
    const members = new Set(clusters.slugsOf(cluster.id));
    const after = clusters.at(around, expansionZoom).filter((i) => (i.type === "place" ? members.has(i.slug) : clusters.slugsOf(i.id).every((s) => members.has(s))));
    expect(after.length).toBeGreaterThan(1);
  });

  it("returns only what is in the box", () => {
    const box = { west: 110.6, south: 29.1, east: 110.8, north: 29.3 };
    const inBox = points.filter((p) => p.lng >= box.west && p.lng <= box.east && p.lat >= box.south && p.lat <= box.north).map((p) => p.slug).sort();
    const items = clusters.at(box, 18);
    expect(items.map((i) => (i.type === "place" ? i.slug : "")).sort()).toEqual(inBox);
  });
});
