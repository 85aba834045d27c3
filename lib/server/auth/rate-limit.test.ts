import { describe, expect, it } from "vitest";
import { clientAddress } from "./rate-limit";

describe("clientAddress", () => {
  it("takes the hop nearest the server, so entries a client wrote itself are ignored", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
  });
  it("falls back to X-Real-IP, then to one shared key", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
