import { describe, expect, it } from "vitest";
import { isWithinOpeningHours, parseOpeningHours } from "./opening-hours";

describe("opening hours", () => {
  it("parses HH:MM-HH:MM (also with – or ~)", () => {
    expect(parseOpeningHours("08:00-17:30")).toEqual({ open: 480, close: 1050 });
    expect(parseOpeningHours(" 8:30 – 18:00 ")).toEqual({ open: 510, close: 1080 });
    expect(parseOpeningHours("19:00~24:00")).toEqual({ open: 1140, close: 1440 });
    expect(parseOpeningHours("全天开放")).toBeNull();
    expect(parseOpeningHours("25:00-26:00")).toBeNull();
  });

  it("checks a time against the window, including windows past midnight", () => {
    const day = { open: 480, close: 1050 };
    expect(isWithinOpeningHours(day, 479)).toBe(false);
    expect(isWithinOpeningHours(day, 480)).toBe(true);
    expect(isWithinOpeningHours(day, 1049)).toBe(true);
    expect(isWithinOpeningHours(day, 1050)).toBe(false);
    const night = { open: 1200, close: 120 };
    expect(isWithinOpeningHours(night, 1300)).toBe(true);
    expect(isWithinOpeningHours(night, 60)).toBe(true);
    expect(isWithinOpeningHours(night, 600)).toBe(false);
  });
});
