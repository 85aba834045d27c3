import { describe, expect, it } from "vitest";
import { MAX_PLAN_DAYS, MAX_PLAN_STOPS } from "../plan/plan-codec";
import { POSTER_METRICS, POSTER_WIDTH, posterHeight, posterNameEm } from "./poster-layout";

const m = POSTER_METRICS;

describe("posterHeight", () => {
  it("is the fixed blocks plus one heading per day and one row per stop", () => {
    // 72 + 260 + (76 + 3·108 + 24) + 56 + 340 + 72
    expect(posterHeight([3])).toBe(1224);
    expect(posterHeight([])).toBe(800);
  });

  it("grows by one row per stop and by a heading and a gap per day", () => {
    expect(posterHeight([4]) - posterHeight([3])).toBe(m.stopRow);
    expect(posterHeight([2, 1]) - posterHeight([3])).toBe(m.dayHeading + m.dayGap);
  });

  it("stays a phone-sized image for the largest plan a link can carry", () => {
    const perDay = Math.ceil(MAX_PLAN_STOPS / MAX_PLAN_DAYS);
    const days = Array.from({ length: MAX_PLAN_DAYS }, (_, i) => Math.min(perDay, MAX_PLAN_STOPS - i * perDay));
    expect(days.reduce((a, b) => a + b, 0)).toBe(MAX_PLAN_STOPS);
    const h = posterHeight(days);
    expect(h).toBe(800 + MAX_PLAN_DAYS * (m.dayHeading + m.dayGap) + MAX_PLAN_STOPS * m.stopRow);
    expect(h / POSTER_WIDTH).toBeLessThan(7); // a long screenshot, not a strip
  });
});

describe("posterNameEm", () => {
  it("is the row's width right of the disc, in name-sized ems", () => {
    expect(posterNameEm()).toBe((1080 - 144 - 64 - 28) / 40);
    expect(posterNameEm()).toBe(21.1);
  });
});
