import distance from "@turf/distance";
import { describe, expect, it } from "vitest";
import { parseLatLngText, toWgs84 } from "./typed-coordinates";

describe("typed coordinates", () => {
  it("keeps WGS-84 (rounded to 6 decimals)", () => {
    expect(toWgs84({ lng: 110.6982004, lat: 29.39870049 }, "wgs84")).toEqual({ lng: 110.6982, lat: 29.3987 });
  });

  it("converts GCJ-02 back to WGS-84: the offset here is a few hundred metres, and the round trip closes", async () => {
    const gcoord = (await import("gcoord")).default;
    const wgs = { lng: 110.6982, lat: 29.3987 };
    const [gl, ga] = gcoord.transform([wgs.lng, wgs.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
    const offsetM = distance([wgs.lng, wgs.lat], [gl, ga], { units: "meters" });
    expect(offsetM).toBeGreaterThan(100);
    expect(offsetM).toBeLessThan(1000);
    const back = toWgs84({ lng: gl, lat: ga }, "gcj02");
    expect(distance([wgs.lng, wgs.lat], [back.lng, back.lat], { units: "meters" })).toBeLessThan(1);
  });

  it("parses 'lat, lng' text as the map apps show it", () => {
    expect(parseLatLngText("29.3987, 110.6982")).toEqual({ lat: 29.3987, lng: 110.6982 });
    expect(parseLatLngText("29.3987，110.6982")).toEqual({ lat: 29.3987, lng: 110.6982 });
    expect(parseLatLngText("north")).toBeNull();
  });
});
