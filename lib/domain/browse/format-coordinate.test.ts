import { describe, expect, it } from "vitest";
import { formatCoordinate } from "./format-coordinate";

describe("formatCoordinate", () => {
  it("prints at most 6 decimals without trailing zeros or exponents", () => {
    expect(formatCoordinate(110.6562319006515)).toBe("110.656232");
    expect(formatCoordinate(29.426043117330735)).toBe("29.426043");
    expect(formatCoordinate(29.4289)).toBe("29.4289");
    expect(formatCoordinate(13)).toBe("13");
    expect(formatCoordinate(1e-7)).toBe("0");
    expect(formatCoordinate(-1e-7)).toBe("0");
    expect(formatCoordinate(-0)).toBe("0");
    expect(formatCoordinate(1.5e-5)).toBe("0.000015");
    expect(formatCoordinate(-110.5)).toBe("-110.5");
    expect(formatCoordinate(13.256, 2)).toBe("13.26");
  });

  it("refuses non-finite values", () => {
    expect(() => formatCoordinate(Number.NaN)).toThrow(RangeError);
    expect(() => formatCoordinate(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatCoordinate(1e21)).toThrow(RangeError);
  });
});
