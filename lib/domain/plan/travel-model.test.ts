import { describe, expect, it } from "vitest";
import { DEFAULT_TRAVEL_MODEL, estimateLeg, estimateLegExact } from "./travel-model";

// Township seat and a point 0.01° due north / due east of it.
const seat = { lng: 110.651389, lat: 29.428889 };
const north = { lng: 110.651389, lat: 29.438889 };
const east = { lng: 110.661389, lat: 29.428889 };

/** The great-circle distance the model starts from: a leg with no detour. */
const straightLineMetres = (from: typeof seat, to: typeof seat) =>
  estimateLegExact(from, to, "car", { car: { detourFactor: 1, speedKmh: 30 }, walk: { detourFactor: 1, speedKmh: 4 } }).metres;

describe("estimateLeg", () => {
  it("documents the default model", () => {
    expect(DEFAULT_TRAVEL_MODEL).toEqual({
      car: { detourFactor: 1.6, speedKmh: 30 },
      walk: { detourFactor: 1.3, speedKmh: 4 },
    });
  });

  it("uses Turf's great-circle distance (R = 6 371 008.8 m)", () => {
    // 0.01° of latitude = 6 371 008.8 m × 0.01 × π/180 = 1111.9508 m
    expect(straightLineMetres(seat, north)).toBeCloseTo(1111.9508, 3);
  });

  it("car: 1111.95 m × 1.6 = 1779.12 → 1779 m; 1779 m at 30 km/h = 3.558 min → 4 min", () => {
    expect(estimateLeg(seat, north, "car")).toEqual({ distanceM: 1779, minutes: 4 });
  });

  it("walk: 1111.95 m × 1.3 = 1445.54 → 1446 m; 1446 m at 4 km/h = 21.69 min → 22 min", () => {
    expect(estimateLeg(seat, north, "walk")).toEqual({ distanceM: 1446, minutes: 22 });
  });

  it("east–west legs shrink with cos(latitude): 1111.95 × cos 29.4289° = 968.46 m", () => {
    expect(straightLineMetres(seat, east)).toBeCloseTo(968.46, 1);
    expect(estimateLeg(seat, east, "car")).toEqual({ distanceM: 1550, minutes: 4 });
    expect(estimateLeg(seat, east, "walk")).toEqual({ distanceM: 1259, minutes: 19 });
  });

  it("is symmetric and zero for the same point", () => {
    expect(estimateLeg(north, seat, "car")).toEqual(estimateLeg(seat, north, "car"));
    expect(estimateLeg(seat, seat, "car")).toEqual({ distanceM: 0, minutes: 0 });
  });

  it("takes a custom model, and an exact multiple of a minute is not rounded up", () => {
    // detour 1 → 1112 m; 1112 m at 66.72 km/h = exactly 1 minute.
    const model = { car: { detourFactor: 1, speedKmh: 66.72 }, walk: { detourFactor: 2, speedKmh: 6 } };
    expect(estimateLeg(seat, north, "car", model)).toEqual({ distanceM: 1112, minutes: 1 });
    // 2 × 1111.95 = 2223.90 → 2224 m; at 6 km/h = 22.24 min → 23
    expect(estimateLeg(seat, north, "walk", model)).toEqual({ distanceM: 2224, minutes: 23 });
  });

  it("estimateLegExact gives unrounded metres and seconds", () => {
    const exact = estimateLegExact(seat, north, "car");
    expect(exact.metres).toBeCloseTo(1779.1213, 3);
    expect(exact.seconds).toBeCloseTo(213.4946, 3);
  });
});
