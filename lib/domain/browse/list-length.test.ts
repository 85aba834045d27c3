import { describe, expect, it } from "vitest";
import { LIST_PAGE, listLength } from "./list-length";

describe("listLength", () => {
  it("is one page without a usable n", () => {
    for (const raw of [undefined, "", "abc", "-5", "1.5", "99999999", ["x"]]) expect(listLength(raw)).toBe(LIST_PAGE);
  });
  it("rounds n up to whole pages, at least one", () => {
    expect(listLength("0")).toBe(100);
    expect(listLength("100")).toBe(100);
    expect(listLength("101")).toBe(200);
    expect(listLength(["300", "900"])).toBe(300);
  });
});
