import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64UrlDecode, base64UrlEncode } from "./base64url";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("base64url", () => {
  it("matches the RFC 4648 test vectors (unpadded)", () => {
    const vectors: [string, string][] = [
      ["", ""],
      ["f", "Zg"],
      ["fo", "Zm8"],
      ["foo", "Zm9v"],
      ["foob", "Zm9vYg"],
      ["fooba", "Zm9vYmE"],
      ["foobar", "Zm9vYmFy"],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base64UrlEncode(bytes(plain))).toBe(encoded);
      expect(base64UrlDecode(encoded)).toEqual(bytes(plain));
    }
  });

  it("uses - and _ and agrees with Node's Buffer", () => {
    const data = Uint8Array.from([0xfb, 0xff, 0xbf, 0x00, 0x10]);
    expect(base64UrlEncode(data)).toBe(Buffer.from(data).toString("base64url"));
    expect(base64UrlEncode(data)).toBe("-_-_ABA");
  });

  it("rejects non-canonical or broken input", () => {
    expect(base64UrlDecode("Zh")).toBeNull(); // trailing bits not zero
    expect(base64UrlDecode("Zm9v=")).toBeNull(); // padding
    expect(base64UrlDecode("Zm+v")).toBeNull(); // standard alphabet
    expect(base64UrlDecode("Zm9vY")).toBeNull(); // impossible length
    expect(base64UrlDecode("Zm 9")).toBeNull();
  });

  it("round-trips arbitrary bytes and matches Buffer", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        const text = base64UrlEncode(data);
        expect(text).toBe(Buffer.from(data).toString("base64url"));
        expect(base64UrlDecode(text)).toEqual(data);
      }),
    );
  });
});
