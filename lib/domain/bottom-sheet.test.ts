import { describe, expect, it } from "vitest";
import { clampSheet, nextSheetState, sheetHeights, snapSheet, SHEET_STATES } from "./bottom-sheet";

describe("sheetHeights", () => {
  it("leaves the map at least 40 % of the screen in peek and in half on common phones", () => {
    for (const [viewport, header] of [
      [740, 52],
      [568, 52],
      [844, 52],
      [640, 52],
    ] as const) {
      const h = sheetHeights(viewport, header);
      expect(viewport - header - h.peek).toBeGreaterThanOrEqual(0.4 * viewport);
      expect(viewport - header - h.half).toBeGreaterThanOrEqual(0.4 * viewport);
      expect(h.full).toBe(viewport - header - 48);
    }
    expect(sheetHeights(740, 52)).toEqual({ peek: 207, half: 370, full: 640 });
  });
});

describe("nextSheetState", () => {
  it("cycles peek → half → full → peek", () => {
    expect(nextSheetState("peek", "cycle")).toBe("half");
    expect(nextSheetState("half", "cycle")).toBe("full");
    expect(nextSheetState("full", "cycle")).toBe("peek");
  });

  it("moves one state with the arrows and stops at the ends", () => {
    expect(nextSheetState("peek", "up")).toBe("half");
    expect(nextSheetState("half", "up")).toBe("full");
    expect(nextSheetState("full", "up")).toBe("full");
    expect(nextSheetState("full", "down")).toBe("half");
    expect(nextSheetState("half", "down")).toBe("peek");
    expect(nextSheetState("peek", "down")).toBe("peek");
  });
});

describe("snapSheet", () => {
  const heights = sheetHeights(740, 52); // 207, 370, 640

  it("settles in the nearest state", () => {
    expect(snapSheet(0, heights)).toBe("peek");
    expect(snapSheet(280, heights)).toBe("peek");
    expect(snapSheet(300, heights)).toBe("half");
    expect(snapSheet(500, heights)).toBe("half");
    expect(snapSheet(510, heights)).toBe("full");
    expect(snapSheet(2000, heights)).toBe("full");
  });

  it("takes the larger state on a tie, and each state's own height gives that state", () => {
    expect(snapSheet((207 + 370) / 2, heights)).toBe("half");
    for (const state of SHEET_STATES) expect(snapSheet(heights[state], heights)).toBe(state);
  });

  it("a dragged height stays between peek and full", () => {
    expect(clampSheet(50, heights)).toBe(207);
    expect(clampSheet(400, heights)).toBe(400);
    expect(clampSheet(900, heights)).toBe(640);
  });
});
