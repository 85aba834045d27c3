import { describe, expect, it } from "vitest";
import { safeStaffPath } from "./local-path";

describe("safeStaffPath", () => {
  it("keeps staff-area paths", () => {
    expect(safeStaffPath("/staff", "/x")).toBe("/staff");
    expect(safeStaffPath("/en/staff/places/a?b=1", "/x")).toBe("/en/staff/places/a?b=1");
  });
  it("refuses other hosts and other paths", () => {
    for (const bad of ["//evil.example/staff", "/\\evil.example", "https://evil.example/staff", "/places/a", "/staffx", "javascript:alert(1)", 42, null]) {
      expect(safeStaffPath(bad, "/staff")).toBe("/staff");
    }
  });
});
