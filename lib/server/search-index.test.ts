import { describe, expect, it } from "vitest";
import { GLASS_BRIDGE, RESIDENCE } from "@/lib/test-support/sample-places";
import { getSearchIndex } from "./search-index";

describe("getSearchIndex", () => {
  it("reuses the index while the places are unchanged and rebuilds it after an edit", () => {
    const first = getSearchIndex([RESIDENCE, GLASS_BRIDGE]);
    expect(getSearchIndex([RESIDENCE, GLASS_BRIDGE])).toBe(first);
    const edited = getSearchIndex([{ ...RESIDENCE, nameEn: "Yuan Renyuan's home" }, GLASS_BRIDGE]);
    expect(edited).not.toBe(first);
    expect(edited.entries.map((e) => e.slug)).toEqual([RESIDENCE.slug, GLASS_BRIDGE.slug]);
  });
});
