import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, sanitizeQuery } from "./sanitize-query";

describe("sanitizeQuery", () => {
  it("trims and cuts to 100 code points", () => {
    expect(MAX_QUERY_LENGTH).toBe(100);
    expect(sanitizeQuery("  株木  ")).toBe("株木");
    expect(sanitizeQuery("a".repeat(10_240))).toBe("a".repeat(100));
    expect(sanitizeQuery("株".repeat(150))).toBe("株".repeat(100));
    // Astral characters count once and are never split.
    expect(sanitizeQuery("𠀀".repeat(120))).toBe("𠀀".repeat(100));
    expect(sanitizeQuery(`${"a".repeat(99)} b`)).toBe("a".repeat(99));
  });

  it("replaces lone surrogates and control characters", () => {
    expect(sanitizeQuery("a\uD800b")).toBe("a\uFFFDb");
    expect(sanitizeQuery("a\u0000\u0007b\n")).toBe("a b");
    expect(() => encodeURIComponent(sanitizeQuery("\uDC00x"))).not.toThrow();
  });

  it("is idempotent and always URL-encodable", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (input) => {
        const once = sanitizeQuery(input);
        expect(sanitizeQuery(once)).toBe(once);
        expect(Array.from(once).length).toBeLessThanOrEqual(100);
        expect(() => encodeURIComponent(once)).not.toThrow();
      }),
    );
  });
});
