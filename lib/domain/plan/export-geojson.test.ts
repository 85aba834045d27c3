import { describe, expect, it } from "vitest";
import { exportGeoJson } from "./export-geojson";
import { fixtureSchedule } from "@/lib/test-support/fixture-schedule";

describe("exportGeoJson", () => {
  const fc = exportGeoJson(fixtureSchedule());

  it("has the stops as Points with order and times, then one LineString per day", () => {
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features.map((f) => f.geometry?.type)).toEqual(["Point", "Point", "Point", "LineString", "LineString"]);
    expect(fc.features[1]).toEqual({
      type: "Feature",
      geometry: { type: "Point", coordinates: [110.7, 29.45] },
      properties: {
        kind: "stop",
        slug: "laojie",
        nameZh: "老街",
        nameEn: null,
        placeKind: "street",
        order: 2,
        day: 2,
        arrival: "08:50",
        departure: "09:35",
        arrivalUtc: "2026-06-22T00:50:00Z",
        departureUtc: "2026-06-22T01:35:00Z",
        visitMinutes: 45,
      },
    });
  });

  it("draws each day from the origin through its stops and back, in [lng, lat] order", () => {
    expect(fc.features[3]).toEqual({
      type: "Feature",
      geometry: {
        type: "LineString",
        coordinates: [
          [110.651389, 29.428889],
          [110.6, 29.4],
          [110.651389, 29.428889],
        ],
      },
      properties: { kind: "day-route", day: 1, date: "2026-06-21", start: "08:30", end: "10:10", distanceM: 10000, travelMinutes: 40 },
    });
    expect(fc.features[4]?.geometry).toEqual({
      type: "LineString",
      coordinates: [
        [110.651389, 29.428889],
        [110.7, 29.45],
        [110.72, 29.47],
        [110.651389, 29.428889],
      ],
    });
  });

  it("survives JSON serialisation unchanged", () => {
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });
});
