import { describe, expect, it } from "vitest";
import { GLASS_BRIDGE, JIUGE_SHANGUI, RESIDENCE, SAMPLE_PLACES, VILLAGE_ZHUMUGANG } from "@/lib/test-support/sample-places";
import { knownSpot, knownSpots, precisionHasOwnPoint, villagePoints } from "./known-spot";
import type { Place } from "./place";

const ZHUMUGANG_POINT = { lng: 110.6301, lat: 29.4512 };

describe("knownSpot", () => {
  it("an exact or approximate place is drawn at its own point", () => {
    expect(knownSpot(GLASS_BRIDGE, new Map())).toEqual({ point: { lng: 110.6962, lat: 29.3982 }, basis: "own" });
    expect(precisionHasOwnPoint("exact")).toBe(true);
    expect(precisionHasOwnPoint("approximate")).toBe(true);
    expect(precisionHasOwnPoint("village")).toBe(false);
    expect(precisionHasOwnPoint("township")).toBe(false);
  });

  it("a village-level place sits at its village's point, marked as village-level", () => {
    expect(knownSpot(RESIDENCE, villagePoints([VILLAGE_ZHUMUGANG]))).toEqual({ point: ZHUMUGANG_POINT, basis: "village" });
  });

  it("a village-level place whose village has no point, or no village, has no known spot", () => {
    expect(knownSpot(RESIDENCE, new Map())).toBeNull();
    const villageWithoutPoint: Place = { ...VILLAGE_ZHUMUGANG, location: { ...VILLAGE_ZHUMUGANG.location, point: null, precision: "township" } };
    expect(knownSpot(RESIDENCE, villagePoints([villageWithoutPoint]))).toBeNull();
    expect(knownSpot({ ...RESIDENCE, village: null }, villagePoints([VILLAGE_ZHUMUGANG]))).toBeNull();
  });

  it("a township-level place has no known spot, even next to a located village", () => {
    expect(knownSpot(JIUGE_SHANGUI, villagePoints(SAMPLE_PLACES))).toBeNull();
    expect(knownSpot({ ...JIUGE_SHANGUI, village: VILLAGE_ZHUMUGANG.village }, villagePoints(SAMPLE_PLACES))).toBeNull();
  });

  it("never uses a point stored with a village or township precision (it cannot be the place's spot)", () => {
    const stray: Place = { ...RESIDENCE, location: { ...RESIDENCE.location, point: { lng: 110.65, lat: 29.43 } } };
    expect(knownSpot(stray, new Map())).toBeNull();
    expect(knownSpot(stray, villagePoints([VILLAGE_ZHUMUGANG]))).toEqual({ point: ZHUMUGANG_POINT, basis: "village" });
    expect(knownSpot({ ...stray, location: { ...stray.location, precision: "township" } }, villagePoints([VILLAGE_ZHUMUGANG]))).toBeNull();
  });
});

describe("villagePoints", () => {
  it("takes a village's point only from a place of kind village that has its own point", () => {
    // the government lies in 三官寺村 with an exact point, but it is not the village
    const points = villagePoints(SAMPLE_PLACES);
    expect([...points.keys()].sort()).toEqual(["luotan", "sanguansi", "zhumugang"]);
    expect(points.get("sanguansi")).toEqual({ lng: 110.651389, lat: 29.428889 });
    const onlyGovernment = SAMPLE_PLACES.filter((p) => p.slug === "township-government");
    expect(villagePoints(onlyGovernment).size).toBe(0);
  });
});

describe("knownSpots", () => {
  it("lists every place with a spot, and leaves out the ones without (苗岭村, 九歌山鬼)", () => {
    const spots = knownSpots(SAMPLE_PLACES);
    expect(SAMPLE_PLACES.filter((p) => !spots.has(p.slug)).map((p) => p.slug)).toEqual(["jiuge-shangui", "village-miaoling"]);
    expect(spots.get(RESIDENCE.slug)).toEqual({ point: ZHUMUGANG_POINT, basis: "village" });
  });
});
