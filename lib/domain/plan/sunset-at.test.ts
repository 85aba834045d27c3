import { afterEach, describe, expect, it } from "vitest";
import { sunsetMinutes } from "./sunset-at";

/**
 * Independent reference: the NOAA Solar Calculator equations (Meeus-based "General Solar Position"
 * spreadsheet), evaluated at local noon. Returns sunset in minutes after local midnight for a
 * time zone `tzHours` east of UTC.
 */
function noaaSunsetMinutes(dateISO: string, lat: number, lng: number, tzHours: number): number {
  const rad = Math.PI / 180;
  const [y, m, d] = dateISO.split("-").map(Number) as [number, number, number];
  const noonUtcMs = Date.UTC(y, m - 1, d, 12 - tzHours);
  const jd = noonUtcMs / 86_400_000 + 2440587.5;
  const t = (jd - 2451545) / 36525;
  const l0 = (((280.46646 + t * (36000.76983 + t * 0.0003032)) % 360) + 360) % 360;
  const mAnom = 357.52911 + t * (35999.05029 - 0.0001537 * t);
  const e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
  const c =
    Math.sin(mAnom * rad) * (1.914602 - t * (0.004817 + 0.000014 * t)) +
    Math.sin(2 * mAnom * rad) * (0.019993 - 0.000101 * t) +
    Math.sin(3 * mAnom * rad) * 0.000289;
  const omega = 125.04 - 1934.136 * t;
  const lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega * rad);
  const eps0 = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
  const eps = eps0 + 0.00256 * Math.cos(omega * rad);
  const decl = Math.asin(Math.sin(eps * rad) * Math.sin(lambda * rad));
  const yy = Math.tan((eps / 2) * rad) ** 2;
  const eqTime =
    (4 / rad) *
    (yy * Math.sin(2 * l0 * rad) -
      2 * e * Math.sin(mAnom * rad) +
      4 * e * yy * Math.sin(mAnom * rad) * Math.cos(2 * l0 * rad) -
      0.5 * yy * yy * Math.sin(4 * l0 * rad) -
      1.25 * e * e * Math.sin(2 * mAnom * rad));
  const ha =
    Math.acos(Math.cos(90.833 * rad) / (Math.cos(lat * rad) * Math.cos(decl)) - Math.tan(lat * rad) * Math.tan(decl)) / rad;
  const solarNoon = 720 - 4 * lng - eqTime + tzHours * 60;
  return solarNoon + ha * 4;
}

const DATES = ["2026-01-01", "2026-03-20", "2026-05-01", "2026-06-21", "2026-08-15", "2026-09-23", "2026-10-01", "2026-12-21", "2027-02-14"];

/** The township seat (三官寺村), WGS-84, as written in the reviewed guide data. */
const SEAT = { lat: 29.428889, lng: 110.651389 };

describe("sunsetMinutes", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each(DATES)("%s: by default at the township seat, within a minute of the NOAA reference there", (date) => {
    const reference = noaaSunsetMinutes(date, SEAT.lat, SEAT.lng, 8);
    const ours = sunsetMinutes(date);
    expect(ours).not.toBeNull();
    // Rounded to the minute, and the two solar models agree to well under a minute.
    expect(Math.abs((ours as number) - reference)).toBeLessThan(1);
  });

  it("the NOAA reference itself gives 19:40 and 17:43 for the solstices at the seat", () => {
    expect(Math.round(noaaSunsetMinutes("2026-06-21", SEAT.lat, SEAT.lng, 8))).toBe(19 * 60 + 40);
    expect(Math.round(noaaSunsetMinutes("2026-12-21", SEAT.lat, SEAT.lng, 8))).toBe(17 * 60 + 43);
  });

  it("does not depend on the machine's time zone", () => {
    process.env.TZ = "America/Los_Angeles";
    expect(Math.abs((sunsetMinutes("2026-06-21") as number) - noaaSunsetMinutes("2026-06-21", SEAT.lat, SEAT.lng, 8))).toBeLessThan(1);
    process.env.TZ = "Pacific/Kiritimati";
    expect(Math.abs((sunsetMinutes("2026-12-21") as number) - noaaSunsetMinutes("2026-12-21", SEAT.lat, SEAT.lng, 8))).toBeLessThan(1);
  });

  it("takes another point: Beijing (39.9042 N, 116.4074 E) on 2026-06-21 is within a minute of NOAA", () => {
    const where = { lat: 39.9042, lng: 116.4074 };
    const reference = noaaSunsetMinutes("2026-06-21", where.lat, where.lng, 8);
    expect(Math.abs((sunsetMinutes("2026-06-21", where) as number) - reference)).toBeLessThan(1);
  });

  it("returns null when the sun does not set (polar day)", () => {
    expect(sunsetMinutes("2026-06-21", { lat: 78.22, lng: 15.65 })).toBeNull();
  });
});
