import { distance } from "@turf/distance";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wgs84ToGcj02Formula } from "@/lib/test-support/gcj02-formula";
import { TOWNSHIP_SEAT } from "../township-seat";
import { fromMapDatum, toMapDatum } from "./datum-shift";

const metres = (a: { lng: number; lat: number }, b: { lng: number; lat: number }) => distance([a.lng, a.lat], [b.lng, b.lat], { units: "meters" });

describe("toMapDatum / fromMapDatum", () => {
  it("matches gcoord's published pairs (its test/unit/crs WGS84 and GCJ02 specs, point 123° E 45° N)", () => {
    const gcj = toMapDatum({ lng: 123, lat: 45 }, "gcj02");
    expect(gcj.lng).toBeCloseTo(123.00607541, 7);
    expect(gcj.lat).toBeCloseTo(45.00197815, 7);
    const wgs = fromMapDatum({ lng: 123, lat: 45 }, "gcj02");
    expect(wgs.lng).toBeCloseTo(122.99395597, 7);
    expect(wgs.lat).toBeCloseTo(44.99804071, 7);
  });

  it("agrees with an independent implementation of the public formula across the township (within 1 mm)", () => {
    const township = fc.record({ lng: fc.double({ min: 110.55, max: 110.77, noNaN: true }), lat: fc.double({ min: 29.35, max: 29.52, noNaN: true }) });
    fc.assert(
      fc.property(township, (p) => {
        expect(metres(toMapDatum(p, "gcj02"), wgs84ToGcj02Formula(p.lng, p.lat))).toBeLessThan(0.001);
      }),
      { numRuns: 300 },
    );
  });

  it("shifts the township seat by about 560 m (east and south), as the Amap links do", () => {
    const shifted = toMapDatum(TOWNSHIP_SEAT, "gcj02");
    expect(shifted.lng - TOWNSHIP_SEAT.lng).toBeCloseTo(0.004843, 6);
    expect(shifted.lat - TOWNSHIP_SEAT.lat).toBeCloseTo(-0.002846, 6);
    expect(metres(shifted, TOWNSHIP_SEAT)).toBeGreaterThan(500);
    expect(metres(shifted, TOWNSHIP_SEAT)).toBeLessThan(620);
  });

  it("round-trips (WGS → GCJ → WGS) to within 0.5 m anywhere in China (75–134° E, 19–52° N)", () => {
    const china = fc.record({ lng: fc.double({ min: 75, max: 134, noNaN: true }), lat: fc.double({ min: 19, max: 52, noNaN: true }) });
    fc.assert(
      fc.property(china, (p) => {
        expect(metres(fromMapDatum(toMapDatum(p, "gcj02"), "gcj02"), p)).toBeLessThan(0.5);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves WGS-84 basemaps and points outside China unchanged", () => {
    expect(toMapDatum(TOWNSHIP_SEAT, "wgs84")).toBe(TOWNSHIP_SEAT);
    expect(fromMapDatum(TOWNSHIP_SEAT, "wgs84")).toBe(TOWNSHIP_SEAT);
    expect(toMapDatum({ lng: 2.35, lat: 48.85 }, "gcj02")).toEqual({ lng: 2.35, lat: 48.85 });
  });
});
