import { describe, expect, it } from "vitest";
import { isPlainClick } from "./plain-click";

const plain = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };

describe("isPlainClick", () => {
  it("is the primary button with no modifier key", () => {
    expect(isPlainClick(plain)).toBe(true);
  });

  it("leaves every modified click to the browser (a new tab or window, a download)", () => {
    for (const key of ["metaKey", "ctrlKey", "shiftKey", "altKey"] as const) expect(isPlainClick({ ...plain, [key]: true }), key).toBe(false);
  });

  it("leaves the middle and the secondary button to the browser", () => {
    expect(isPlainClick({ ...plain, button: 1 })).toBe(false);
    expect(isPlainClick({ ...plain, button: 2 })).toBe(false);
  });
});
