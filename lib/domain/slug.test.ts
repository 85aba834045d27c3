import { describe, expect, it } from "vitest";
import guide from "../../data/guide-data.json";
import timeline from "../../data/yuan-renyuan-timeline.json";
import { isSlug, SLUG_MAX_LENGTH } from "./slug";
import { slugSchema } from "./slug-schema";

/** slugSchema's verdict; for a string, isSlug (the same rule without zod) must give the same one. */
const ok = (value: unknown) => {
  const verdict = slugSchema.safeParse(value).success;
  if (typeof value === "string") expect(isSlug(value), `isSlug(${JSON.stringify(value)})`).toBe(verdict);
  return verdict;
};

describe("slugSchema", () => {
  it("accepts every slug and key of the data files", () => {
    const all = [
      ...guide.sources.map((s) => s.key),
      ...guide.villages.map((v) => v.slug),
      ...guide.places.map((p) => p.slug),
      ...guide.routes.map((r) => r.slug),
      ...timeline.entries.map((e) => e.id),
    ];
    expect(all.length).toBeGreaterThan(70);
    expect(all.filter((s) => !ok(s))).toEqual([]);
  });

  it("accepts single letters, digits and single hyphens between runs", () => {
    for (const s of ["a", "9", "sanguansi", "village-zhumugang", "hxw-2022-article", "a-b-c"]) expect(ok(s), s).toBe(true);
    expect(ok("a".repeat(80))).toBe(true);
  });

  it("rejects upper case, spaces, dots, empty, over-long and percent-encoded values", () => {
    const bad = [
      "",
      "Sanguansi",
      "village-Luotan",
      "jiuge shangui",
      " jiuge-shangui",
      "..",
      "../etc",
      "a.b",
      "a/b",
      "a_b",
      "a--b",
      "-a",
      "a-",
      "-",
      "%E4%B8%89",
      "a%20b",
      "三官寺",
      "ſ",
      "a".repeat(81),
    ];
    for (const s of bad) expect(ok(s), JSON.stringify(s)).toBe(false);
    expect(SLUG_MAX_LENGTH).toBe(80);
  });

  it("rejects non-strings", () => {
    for (const v of [null, undefined, 1, ["a"], { slug: "a" }]) expect(ok(v)).toBe(false);
  });
});
