import { describe, expect, it } from "vitest";
import { formatStaffTime } from "./format-staff-time";

describe("formatStaffTime", () => {
  it("writes the township's local time (UTC+8), 24-hour, across a date line", () => {
    expect(formatStaffTime("2026-11-29T04:09:38.000Z", "zh")).toBe("2026-11-29 12:09");
    expect(formatStaffTime("2026-11-29T16:30:00.000Z", "zh")).toBe("2026-11-30 00:30");
    expect(formatStaffTime("2026-11-29T16:30:00.000Z", "en")).toBe("2026-11-30 00:30 (UTC+8)");
  });
});
