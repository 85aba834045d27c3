import { describe, expect, it } from "vitest";
import { findNearest } from "./find-nearest";
import { SAMPLE_BROWSE_PLACES } from "@/lib/test-support/sample-places";
import type { LngLat } from "../geo";

/** Independent haversine on Turf's sphere (mean Earth radius 6,371,008.8 m). */
function haversineM({ lng: lng1, lat: lat1 }: LngLat, { lng: lng2, lat: lat2 }: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371008.8 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

const SEAT: LngLat = { lng: 110.651389, lat: 29.428889 };
const ZHUMUGANG: LngLat = { lng: 110.6301, lat: 29.4512 };
const LUOTAN: LngLat = { lng: 110.6712, lat: 29.4105 };
const GLASS_BRIDGE: LngLat = { lng: 110.6962, lat: 29.3982 };
const MIAOLING: LngLat = { lng: 110.6055, lat: 29.4689 };
/** 袁任远故居's placeholder point, near the seat. */
const RESIDENCE: LngLat = { lng: 110.65, lat: 29.43 };

describe("findNearest", () => {
  it("the independent haversine gives the pinned metres", () => {
    expect(Math.round(haversineM(SEAT, LUOTAN))).toBe(2804);
    expect(Math.round(haversineM(SEAT, ZHUMUGANG))).toBe(3226);
    expect(Math.round(haversineM(SEAT, GLASS_BRIDGE))).toBe(5521);
    expect(Math.round(haversineM(SEAT, MIAOLING))).toBe(6288);
    expect(Math.round(haversineM(SEAT, RESIDENCE))).toBe(183);
    expect(Math.round(haversineM(ZHUMUGANG, MIAOLING))).toBe(3090);
    expect(Math.round(haversineM(ZHUMUGANG, RESIDENCE))).toBe(3045);
  });

  it("from a place: excludes itself, keeps same-spot places at 0 m, ties by slug", () => {
    expect(findNearest(SAMPLE_BROWSE_PLACES, { slug: "village-sanguansi" }, { count: 10 })).toEqual([
      { slug: "jiuge-shangui", distanceM: 0 },
      { slug: "township-government", distanceM: 0 },
      { slug: "yuan-renyuan-former-residence", distanceM: Math.round(haversineM(SEAT, RESIDENCE)) },
      { slug: "village-luotan", distanceM: Math.round(haversineM(SEAT, LUOTAN)) },
      { slug: "village-zhumugang", distanceM: Math.round(haversineM(SEAT, ZHUMUGANG)) },
      { slug: "zhangjiajie-grand-canyon-glass-bridge", distanceM: Math.round(haversineM(SEAT, GLASS_BRIDGE)) },
      { slug: "village-miaoling", distanceM: Math.round(haversineM(SEAT, MIAOLING)) },
    ]);
    expect(findNearest(SAMPLE_BROWSE_PLACES, { slug: "village-sanguansi" }, { count: 10 }).map((n) => n.distanceM)).toEqual([
      0, 0, 183, 2804, 3226, 5521, 6288,
    ]);
  });

  it("defaults to 5 results", () => {
    expect(findNearest(SAMPLE_BROWSE_PLACES, { slug: "village-zhumugang" })).toEqual([
      { slug: "yuan-renyuan-former-residence", distanceM: 3045 },
      { slug: "village-miaoling", distanceM: 3090 },
      { slug: "jiuge-shangui", distanceM: 3226 },
      { slug: "township-government", distanceM: 3226 },
      { slug: "village-sanguansi", distanceM: 3226 },
    ]);
  });

  it("excludeSameSpot drops places at the origin's exact point", () => {
    // 九歌山鬼 and the government share 三官寺村's point.
    expect(findNearest(SAMPLE_BROWSE_PLACES, { slug: "village-sanguansi" }, { count: 2, excludeSameSpot: true })).toEqual([
      { slug: "yuan-renyuan-former-residence", distanceM: 183 },
      { slug: "village-luotan", distanceM: 2804 },
    ]);
  });

  it("from a [lng, lat] point nothing is 'itself'", () => {
    expect(findNearest(SAMPLE_BROWSE_PLACES, SEAT, { count: 3 })).toEqual([
      { slug: "jiuge-shangui", distanceM: 0 },
      { slug: "township-government", distanceM: 0 },
      { slug: "village-sanguansi", distanceM: 0 },
    ]);
    expect(findNearest(SAMPLE_BROWSE_PLACES, SEAT, { count: 3, excludeSameSpot: true })).toEqual([
      { slug: "yuan-renyuan-former-residence", distanceM: 183 },
      { slug: "village-luotan", distanceM: 2804 },
      { slug: "village-zhumugang", distanceM: 3226 },
    ]);
  });

  it("handles unknown origins, odd counts and empty input", () => {
    expect(findNearest(SAMPLE_BROWSE_PLACES, { slug: "nowhere" })).toEqual([]);
    expect(findNearest(SAMPLE_BROWSE_PLACES, SEAT, { count: 0 })).toEqual([]);
    expect(findNearest(SAMPLE_BROWSE_PLACES, SEAT, { count: -3 })).toEqual([]);
    expect(findNearest(SAMPLE_BROWSE_PLACES, SEAT, { count: Number.NaN })).toEqual([]);
    expect(findNearest(SAMPLE_BROWSE_PLACES, SEAT, { count: 1.9 })).toHaveLength(1);
    expect(findNearest(SAMPLE_BROWSE_PLACES, SEAT, { count: Number.POSITIVE_INFINITY })).toHaveLength(8);
    expect(findNearest([], SEAT)).toEqual([]);
  });

  it("does not mutate its input", () => {
    const before = structuredClone(SAMPLE_BROWSE_PLACES);
    findNearest(SAMPLE_BROWSE_PLACES, { slug: "village-luotan" }, { count: 10 });
    expect(SAMPLE_BROWSE_PLACES).toEqual(before);
  });
});
