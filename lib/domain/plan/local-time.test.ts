import { describe, expect, it } from "vitest";
import { addDays, epochMsToLocalMinutes, formatClock, isIsoDate, localToUtcIso, parseClock } from "./local-time";

describe("local time (UTC+8)", () => {
  it("parses and formats HH:MM", () => {
    expect(parseClock("09:05")).toBe(545);
    expect(parseClock("23:59")).toBe(1439);
    expect(parseClock("24:00")).toBeNull();
    expect(parseClock("9:05")).toBeNull();
    expect(formatClock(545)).toBe("09:05");
    expect(formatClock(1440 + 90)).toBe("01:30");
  });

  it("validates calendar dates", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("26-01-01")).toBe(false);
  });

  it("adds days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("converts to UTC by subtracting 8 hours", () => {
    expect(localToUtcIso("2026-06-21", 9 * 60)).toBe("2026-06-21T01:00:00Z");
    expect(localToUtcIso("2026-06-21", 7 * 60 + 30)).toBe("2026-06-20T23:30:00Z");
    expect(localToUtcIso("2026-06-21", 1440 + 60)).toBe("2026-06-21T17:00:00Z");
    expect(epochMsToLocalMinutes("2026-06-21", Date.UTC(2026, 5, 21, 1, 0))).toBe(540);
  });
});
