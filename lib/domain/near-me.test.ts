import { describe, expect, it } from "vitest";
import { COMPASS_POINTS, compassPoint, distanceFromTownshipM, NOT_THERE_YET_M } from "./near-me";
import { nearMe } from "./near-me-places";
import { TOWNSHIP_SEAT } from "./township-seat";
import { TOWNSHIP_BBOX } from "./township-area";

// An independent oracle: the initial bearing on a sphere, from the textbook formula
// θ = atan2(sin Δλ · cos φ2, cos φ1 · sin φ2 − sin φ1 · cos φ2 · cos Δλ), in degrees 0…360.
function sphericalBearing(from: { lng: number; lat: number }, to: { lng: number; lat: number }): number {
  const r = Math.PI / 180;
  const [φ1, φ2, Δλ] = [from.lat * r, to.lat * r, (to.lng - from.lng) * r];
  const θ = Math.atan2(Math.sin(Δλ) * Math.cos(φ2), Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ));
  return ((θ / r) % 360 + 360) % 360;
}

/** Metres per degree of latitude on Turf's sphere (radius 6,371,008.8 m). */
const M_PER_DEG = (6371008.8 * Math.PI) / 180;

describe("compassPoint", () => {
  it("gives each of the 8 points a 45° sector centred on it, wrapping at north", () => {
    expect([0, 22.4, 22.6, 90, 135, 180, 225, 270, 315, 337.4, 337.6, 360, -45, -90, -180].map(compassPoint)).toEqual([
      "N", "N", "NE", "E", "SE", "S", "SW", "W", "NW", "NW", "N", "N", "NW", "W", "S",
    ]);
    expect(COMPASS_POINTS).toHaveLength(8);
  });
});

describe("distanceFromTownshipM", () => {
  it("is 0 inside the envelope and the distance to its nearest edge outside", () => {
    expect(distanceFromTownshipM(TOWNSHIP_SEAT)).toBe(0);
    // due north of the envelope by 0.1° of latitude: 0.1 × 111,195 m
    expect(distanceFromTownshipM({ lng: 110.65, lat: TOWNSHIP_BBOX.north + 0.1 })).toBe(Math.round(0.1 * M_PER_DEG));
  });
});

describe("nearMe", () => {
  const places = [
    { slug: "north-1km", lng: TOWNSHIP_SEAT.lng, lat: TOWNSHIP_SEAT.lat + 1000 / M_PER_DEG },
    { slug: "east-3km", lng: TOWNSHIP_SEAT.lng + 3000 / (M_PER_DEG * Math.cos((TOWNSHIP_SEAT.lat * Math.PI) / 180)), lat: TOWNSHIP_SEAT.lat },
    { slug: "sw-far", lng: 110.6, lat: 29.38 },
  ];

  it("lists the nearest places with whole-metre distances and the compass direction to each", () => {
    const result = nearMe({ ...TOWNSHIP_SEAT, accuracyM: 12 }, places);
    expect(result.code).toBe("near");
    if (result.code !== "near") return;
    expect(result.lowAccuracy).toBe(false);
    expect(result.accuracyM).toBe(12);
    expect(result.nearest.map((n) => [n.slug, n.compass])).toEqual([
      ["north-1km", "N"],
      ["east-3km", "E"],
      ["sw-far", "SW"],
    ]);
    expect(result.nearest[0]?.distanceM).toBe(1000);
    expect(Math.abs((result.nearest[1]?.distanceM ?? 0) - 3000)).toBeLessThanOrEqual(1);
    for (const n of result.nearest) {
      const p = places.find((x) => x.slug === n.slug);
      if (!p) throw new Error(n.slug);
      const expected = sphericalBearing(TOWNSHIP_SEAT, p);
      const diff = Math.abs(((n.bearingDeg - expected + 540) % 360) - 180);
      expect(diff).toBeLessThanOrEqual(0.5);
    }
  });

  it("flags a fix less accurate than 100 m and keeps its radius", () => {
    const result = nearMe({ ...TOWNSHIP_SEAT, accuracyM: 850.4 }, places, { count: 1 });
    expect(result).toMatchObject({ code: "near", lowAccuracy: true, accuracyM: 850 });
    if (result.code === "near") expect(result.nearest).toHaveLength(1);
  });

  it("says 'not there yet' beyond 20 km of the township, with no list", () => {
    // 0.3° of latitude (about 33 km) south of the envelope
    const far = nearMe({ lng: 110.65, lat: TOWNSHIP_BBOX.south - 0.3, accuracyM: 10 }, places);
    expect(far.code).toBe("not-there-yet");
    expect(far).not.toHaveProperty("nearest");
    if (far.code === "not-there-yet") expect(far.fromTownshipM).toBeGreaterThan(NOT_THERE_YET_M);
    // 19 km north of the envelope still counts as near
    const near = nearMe({ lng: 110.65, lat: TOWNSHIP_BBOX.north + 19_000 / M_PER_DEG, accuracyM: 10 }, places);
    expect(near.code).toBe("near");
    const beyond = nearMe({ lng: 110.65, lat: TOWNSHIP_BBOX.north + 21_000 / M_PER_DEG, accuracyM: 10 }, places);
    expect(beyond.code).toBe("not-there-yet");
  });
});
