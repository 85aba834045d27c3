import { describe, expect, it } from "vitest";
import { fanOut, fanOutByZoom, fittedPositions } from "./display-positions";
import { fanOutInputs } from "./fan-out";

// Three places at the township seat (they fan out around it), one apart, and a plan's stop hidden
// by the filters (laid out, not fitted), with the "位置待定" marker.
const SEAT = { lng: 110.651389, lat: 29.428889 };
const PLACES = [
  { slug: "seat", stored: SEAT, rank: 1 },
  { slug: "b", stored: SEAT, rank: 3 },
  { slug: "c", stored: SEAT, rank: 3 },
  { slug: "far", stored: { lng: 110.6982, lat: 29.3987 }, rank: 1 },
];
const HIDDEN_STOP = { slug: "stop", stored: { lng: 110.67, lat: 29.41 }, rank: 2 };
const INPUTS = fanOutInputs(PLACES, [HIDDEN_STOP], true);

describe("fanOutByZoom", () => {
  it("gives fanOut's layout at each zoom", () => {
    const layoutAt = fanOutByZoom(INPUTS);
    for (const z of [11, 13, 16]) expect(layoutAt(z)).toEqual(fanOut(INPUTS, z));
  });

  it("works a zoom's layout out once: the same zoom again gives the same layout", () => {
    const layoutAt = fanOutByZoom(INPUTS);
    const first = layoutAt(13);
    expect(layoutAt(14)).not.toBe(first);
    expect(layoutAt(13)).toBe(first);
  });

  it("keeps each set of markers' layouts apart", () => {
    const moved = fanOutInputs([...PLACES.slice(0, 3), { slug: "far", stored: SEAT, rank: 1 }], [], false);
    const before = fanOutByZoom(INPUTS)(13);
    const after = fanOutByZoom(moved)(13);
    expect(after).not.toBe(before);
    expect(after).toEqual(fanOut(moved, 13));
    expect(after.get("far")).not.toEqual(before.get("far"));
  });

  it("is what fittedPositions fits: the targets as drawn, not the hidden stop", () => {
    const layoutAt = fanOutByZoom(INPUTS);
    const fitted = fittedPositions(INPUTS, layoutAt(13));
    expect(fitted).toEqual(fittedPositions(INPUTS, fanOut(INPUTS, 13)));
    expect(fitted).toHaveLength(5); // four places and the "位置待定" marker
    expect(fitted).toContainEqual(layoutAt(13).get("b"));
    expect(fitted).not.toContainEqual(layoutAt(13).get("stop"));
  });
});
