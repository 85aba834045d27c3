import { describe, expect, it } from "vitest";
import { buildTravelMatrix } from "./distance-matrix";

const seat = { lng: 110.651389, lat: 29.428889 };
const north = { lng: 110.651389, lat: 29.438889 };
const east = { lng: 110.661389, lat: 29.428889 };

describe("buildTravelMatrix", () => {
  it("gives whole seconds: 1779.12 m at 30 km/h = 213.49 s → 213", () => {
    expect(buildTravelMatrix([seat, north, east], "car")).toEqual([
      [0, 213, 186],
      [213, 0, 283],
      [186, 283, 0],
    ]);
  });

  it("walking: 1445.54 m at 4 km/h = 1300.99 s → 1301", () => {
    expect(buildTravelMatrix([seat, north, east], "walk")).toEqual([
      [0, 1301, 1133],
      [1301, 0, 1725],
      [1133, 1725, 0],
    ]);
  });

  it("handles no points and one point", () => {
    expect(buildTravelMatrix([], "car")).toEqual([]);
    expect(buildTravelMatrix([seat], "car")).toEqual([[0]]);
  });
});
