import { describe, expect, it } from "vitest";
import { isStaffRole, roleAllows } from "./roles";

describe("staff roles", () => {
  it("lets an admin do what an editor may, and not the reverse", () => {
    expect(roleAllows("admin", "editor")).toBe(true);
    expect(roleAllows("admin", "admin")).toBe(true);
    expect(roleAllows("editor", "editor")).toBe(true);
    expect(roleAllows("editor", "admin")).toBe(false);
  });
  it("knows only the two roles", () => {
    expect(isStaffRole("admin")).toBe(true);
    expect(isStaffRole("editor")).toBe(true);
    expect(isStaffRole("Admin")).toBe(false);
    expect(isStaffRole("owner")).toBe(false);
  });
});
