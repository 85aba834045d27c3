import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "./build-search-index";
import { searchSyllables } from "./search-syllables";
import { SAMPLE_BROWSE_PLACES } from "@/lib/test-support/sample-places";
import { searchPlaces } from "./search-places";

const index = buildSearchIndex(SAMPLE_BROWSE_PLACES, searchSyllables(SAMPLE_BROWSE_PLACES));
const search = (query: string) => searchPlaces(index, query);

const ALL = [
  "village-zhumugang",
  "yuan-renyuan-former-residence",
  "village-luotan",
  "jiuge-shangui",
  "zhangjiajie-grand-canyon-glass-bridge",
  "village-sanguansi",
  "village-miaoling",
  "township-government",
];

describe("buildSearchIndex", () => {
  it("precomputes compact names, pinyin syllables, village names and texts", () => {
    expect(index.entries[0]).toEqual({
      slug: "village-zhumugang",
      names: [
        { text: "株木岗村", syllables: ["zhu", "mu", "gang", "cun"] },
        { text: "zhumugangvillage" },
        { text: "zhumugangcun" },
      ],
      villageNames: [
        { text: "株木岗村", syllables: ["zhu", "mu", "gang", "cun"] },
        { text: "zhumugangvillage" },
        { text: "zhumugangcun" },
      ],
      texts: ["三官寺土家族乡下辖行政村", "anadministrativevillageofsanguansitownship", "行政村", "village"],
    });
    expect(index.entries.map((entry) => entry.slug)).toEqual(ALL);
  });

  it("is plain data and does not touch its input", () => {
    const before = structuredClone(SAMPLE_BROWSE_PLACES);
    const built = buildSearchIndex(SAMPLE_BROWSE_PLACES, searchSyllables(SAMPLE_BROWSE_PLACES));
    expect(SAMPLE_BROWSE_PLACES).toEqual(before);
    expect(JSON.parse(JSON.stringify(built))).toEqual(built);
  });
});

describe("searchPlaces", () => {
  it("pinyin initials find the village, then the places in it", () => {
    expect(search("zmg")).toEqual(["village-zhumugang", "yuan-renyuan-former-residence"]);
    expect(search("ＺＭＧ")).toEqual(["village-zhumugang", "yuan-renyuan-former-residence"]);
    expect(search("yrygj")).toEqual(["yuan-renyuan-former-residence"]);
    expect(search("jgsg")).toEqual(["jiuge-shangui"]);
    expect(search("sgs")).toEqual(["village-sanguansi", "township-government"]);
  });

  it("does no fuzzy matching: a wrong initial finds nothing (故 is gù)", () => {
    expect(search("yryjj")).toEqual([]);
  });

  it("Chinese substrings: name prefix, then village, then summary", () => {
    expect(search("株木")).toEqual(["village-zhumugang", "yuan-renyuan-former-residence"]);
    expect(search("大峡谷")).toEqual(["zhangjiajie-grand-canyon-glass-bridge"]);
    expect(search("三官寺")).toEqual([
      "village-sanguansi",
      "township-government",
      "village-zhumugang",
      "village-luotan",
      "village-miaoling",
    ]);
  });

  it("English words, any case; the name beats a summary mention", () => {
    expect(search("yuan renyuan")).toEqual(["yuan-renyuan-former-residence"]);
    expect(search("glass bridge")).toEqual(["zhangjiajie-grand-canyon-glass-bridge"]);
    expect(search("GLASS Bridge")).toEqual(["zhangjiajie-grand-canyon-glass-bridge"]);
    expect(search("grand canyon")).toEqual(["zhangjiajie-grand-canyon-glass-bridge"]);
    expect(search("township")).toEqual(["township-government", "village-zhumugang", "village-sanguansi"]);
    expect(search("yuntiandu")).toEqual(["zhangjiajie-grand-canyon-glass-bridge"]);
  });

  it("words in any order match when each matches", () => {
    expect(search("bridge glass")).toEqual(["zhangjiajie-grand-canyon-glass-bridge"]);
    expect(search("株木岗 故居")).toEqual(["yuan-renyuan-former-residence"]);
  });

  it("pinyin with or without tones and spaces, any case", () => {
    const zhumugang = ["village-zhumugang", "yuan-renyuan-former-residence"];
    expect(search("zhumugang")).toEqual(zhumugang);
    expect(search("Zhumugang")).toEqual(zhumugang);
    expect(search("ZHUMUGANG")).toEqual(zhumugang);
    expect(search("zhū mù gǎng")).toEqual(zhumugang);
    expect(search("zhu mu gang")).toEqual(zhumugang);
    expect(search("Yuán Rènyuǎn")).toEqual(["yuan-renyuan-former-residence"]);
    expect(search("luotan")).toEqual(["village-luotan"]);
    expect(search("miaoling")).toEqual(["village-miaoling"]);
  });

  it("ranks exact name > name prefix > name contains > village > description", () => {
    // exact (株木岗村 = zhumugangcun), then the residence through its village name.
    expect(search("zhumugangcun")).toEqual(["village-zhumugang", "yuan-renyuan-former-residence"]);
    // "cun": every village name contains it; places in a village follow.
    expect(search("cun")).toEqual([
      "village-zhumugang",
      "village-luotan",
      "village-sanguansi",
      "village-miaoling",
      "yuan-renyuan-former-residence",
      "township-government",
    ]);
    // Exact English name first, then the government through its village name, then 株木岗村,
    // whose name contains "village" and whose summary mentions "Sanguansi" (word-by-word match,
    // ranked at its worst word: description).
    expect(search("Sanguansi Village")).toEqual(["village-sanguansi", "township-government", "village-zhumugang"]);
    expect(search("sanguansi")).toEqual(["village-sanguansi", "township-government", "village-zhumugang"]);
  });

  it("an empty, blank or punctuation-only query returns every place in order", () => {
    expect(search("")).toEqual(ALL);
    expect(search("   　")).toEqual(ALL);
    expect(search("？！")).toEqual(ALL);
  });

  it("cuts a 10 kB query to 100 characters and stays fast", () => {
    const started = performance.now();
    expect(search("a".repeat(10_240))).toEqual([]);
    expect(search("zmg".repeat(3_500))).toEqual([]);
    expect(search(`株木${" ".repeat(10_240)}`)).toEqual(["village-zhumugang", "yuan-renyuan-former-residence"]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("finds every red-tourism place by the words 红色 / red, whatever its kind", () => {
    const red = SAMPLE_BROWSE_PLACES.filter((p) => p.red).map((p) => p.slug).sort();
    expect(red.length).toBeGreaterThan(0);
    expect(search("红色").sort()).toEqual(red);
    expect(search("红色旅游").sort()).toEqual(red);
    expect(search("red tourism").sort()).toEqual(red);
  });

  it("does not search descriptions (README, Search): words found only there find nothing", () => {
    // 九歌山鬼's description: "Staged in the Grand Canyon area, below the glass bridge." / 在张家界大峡谷一带上演。
    expect(search("below")).toEqual([]);
    expect(search("上演")).toEqual([]);
    // 株木岗村's description names the residence; its summary does not
    expect(search("former residence")).toEqual(["yuan-renyuan-former-residence"]);
  });

  it("finds nothing for unrelated text", () => {
    expect(search("castle")).toEqual([]);
    expect(search("上海")).toEqual([]);
  });
});
