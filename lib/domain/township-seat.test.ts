import { describe, expect, it } from "vitest";
import guide from "../../data/guide-data.json";
import { isInTownshipArea } from "./township-area";
import { TOWNSHIP_SEAT, TOWNSHIP_SEAT_NAME } from "./township-seat";

describe("TOWNSHIP_SEAT", () => {
  it("is the point and name of the data's township-government place", () => {
    const government = guide.places.find((p) => p.slug === "township-government");
    expect(government?.location).toMatchObject({ lng: TOWNSHIP_SEAT.lng, lat: TOWNSHIP_SEAT.lat, precision: "approximate", radiusM: 2000 });
    expect(government?.nameZh).toBe(TOWNSHIP_SEAT_NAME.zh);
  });

  it("is 29°25′44″N 110°39′05″E, inside the township's envelope", () => {
    expect(TOWNSHIP_SEAT.lat).toBeCloseTo(29 + 25 / 60 + 44 / 3600, 6);
    expect(TOWNSHIP_SEAT.lng).toBeCloseTo(110 + 39 / 60 + 5 / 3600, 6);
    expect(isInTownshipArea(TOWNSHIP_SEAT.lng, TOWNSHIP_SEAT.lat)).toBe(true);
  });
});
