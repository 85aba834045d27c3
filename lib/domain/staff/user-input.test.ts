import { describe, expect, it } from "vitest";
import { newUserSchema, userNameSchema } from "./user-input";

describe("new staff user input", () => {
  it("accepts a name, a role and a long enough password", () => {
    expect(newUserSchema.parse({ name: "zhang.san", role: "admin", password: "correct horse battery" })).toEqual({
      name: "zhang.san",
      role: "admin",
      password: "correct horse battery",
    });
    expect(userNameSchema.parse("王芳")).toBe("王芳");
  });
  it("refuses short passwords, unknown roles, odd names and extra fields", () => {
    expect(newUserSchema.safeParse({ name: "a1", role: "admin", password: "short" }).success).toBe(false);
    expect(newUserSchema.safeParse({ name: "a1", role: "owner", password: "long enough password" }).success).toBe(false);
    expect(newUserSchema.safeParse({ name: "<img src=x>", role: "editor", password: "long enough password" }).success).toBe(false);
    expect(newUserSchema.safeParse({ name: "ok", role: "editor", password: "long enough password", admin: true }).success).toBe(false);
  });
});
