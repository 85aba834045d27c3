import { describe, expect, it } from "vitest";
import { formatHomestayNumber, nextHomestaySeq, parseHomestayNumber } from "./homestay-number";

describe("homestay numbers", () => {
  it("are the village code, a hyphen and a 3-digit sequence", () => {
    expect(formatHomestayNumber("430821211201", 1)).toBe("430821211201-001");
    expect(formatHomestayNumber("430821211201", 42)).toBe("430821211201-042");
    expect(parseHomestayNumber("430821211201-042")).toEqual({ villageCode12: "430821211201", seq: 42 });
  });
  it("refuse malformed codes and sequences", () => {
    expect(() => formatHomestayNumber("4308212112", 1)).toThrow();
    expect(() => formatHomestayNumber("430821211201", 0)).toThrow();
    expect(() => formatHomestayNumber("430821211201", 1000)).toThrow();
    for (const bad of ["430821211201-1", "430821211201-000", "x30821211201-001", "430821211201_001", ""]) {
      expect(parseHomestayNumber(bad)).toBeNull();
    }
  });
  it("never reuse a number: the next follows the highest ever issued, gaps stay gaps", () => {
    expect(nextHomestaySeq([])).toBe(1);
    expect(nextHomestaySeq([1, 2, 3])).toBe(4);
    // 2 was issued to a homestay since archived: its number is not issued again.
    expect(nextHomestaySeq([1, 3])).toBe(4);
    expect(() => nextHomestaySeq([999])).toThrow(/999/);
  });
});
