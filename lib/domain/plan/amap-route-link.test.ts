import gcoord from "gcoord";
import { describe, expect, it } from "vitest";
import { amapRouteLinks } from "./amap-route-link";

// Township seat, WGS-84 (110.651389, 29.428889) → GCJ-02 per gcoord: (110.6562319006515, 29.426043117330735).
const seat = { lng: 110.651389, lat: 29.428889, name: "三官寺" };
const north = { lng: 110.651389, lat: 29.438889, name: "A & B" };
const east = { lng: 110.661389, lat: 29.428889, name: "石门,洞" };

const SEAT = "110.656232,29.426043,%E4%B8%89%E5%AE%98%E5%AF%BA";
const NORTH = "110.656233,29.436048,A%20%26%20B";
const EAST = "110.666259,29.426061,%E7%9F%B3%E9%97%A8%2C%E6%B4%9E";
const TAIL = "&policy=0&src=sanguansi-guide&coordinate=gaode&callnative=1";

describe("Amap navigation links", () => {
  it("converts WGS-84 to GCJ-02 with gcoord (pinned values)", () => {
    expect(gcoord.transform([110.651389, 29.428889], gcoord.WGS84, gcoord.GCJ02)).toEqual([110.6562319006515, 29.426043117330735]);
  });

  it("car, one stop, returning: a whole-day link via the stop, and two leg links", () => {
    expect(amapRouteLinks({ origin: seat, stops: [north], mode: "car", returnToStart: true })).toEqual({
      wholeDay: `https://uri.amap.com/navigation?from=${SEAT}&to=${SEAT}&via=${NORTH}&mode=car${TAIL}`,
      legs: [
        `https://uri.amap.com/navigation?from=${SEAT}&to=${NORTH}&mode=car${TAIL}`,
        `https://uri.amap.com/navigation?from=${NORTH}&to=${SEAT}&mode=car${TAIL}`,
      ],
    });
  });

  it("car, two stops, not returning: whole day = seat → via first → second", () => {
    const links = amapRouteLinks({ origin: seat, stops: [north, east], mode: "car", returnToStart: false });
    expect(links.wholeDay).toBe(`https://uri.amap.com/navigation?from=${SEAT}&to=${EAST}&via=${NORTH}&mode=car${TAIL}`);
    expect(links.legs).toHaveLength(2);
  });

  it("more than 3 points, or walking with a via, gives only per-leg links", () => {
    const car = amapRouteLinks({ origin: seat, stops: [north, east], mode: "car", returnToStart: true });
    expect(car.wholeDay).toBeUndefined();
    expect(car.legs).toEqual([
      `https://uri.amap.com/navigation?from=${SEAT}&to=${NORTH}&mode=car${TAIL}`,
      `https://uri.amap.com/navigation?from=${NORTH}&to=${EAST}&mode=car${TAIL}`,
      `https://uri.amap.com/navigation?from=${EAST}&to=${SEAT}&mode=car${TAIL}`,
    ]);
    const walk = amapRouteLinks({ origin: seat, stops: [north], mode: "walk", returnToStart: true });
    expect(walk.wholeDay).toBeUndefined();
    expect(walk.legs).toHaveLength(2);
  });

  it("a single walking leg is the whole day; no stops gives no links", () => {
    const walk = amapRouteLinks({ origin: seat, stops: [north], mode: "walk", returnToStart: false });
    const leg = `https://uri.amap.com/navigation?from=${SEAT}&to=${NORTH}&mode=walk${TAIL}`;
    expect(walk).toEqual({ wholeDay: leg, legs: [leg] });
    expect(amapRouteLinks({ origin: seat, stops: [], mode: "car", returnToStart: true })).toEqual({ legs: [] });
  });
});
