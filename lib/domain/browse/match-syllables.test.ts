import { describe, expect, it } from "vitest";
import { matchSyllables } from "./match-syllables";

const ZHUMUGANG = ["zhu", "mu", "gang", "cun"];

describe("matchSyllables", () => {
  it("matches full pinyin, initials and mixes from the first syllable", () => {
    expect(matchSyllables(ZHUMUGANG, "zhumugangcun")).toBe("exact");
    expect(matchSyllables(ZHUMUGANG, "zmgc")).toBe("exact");
    expect(matchSyllables(ZHUMUGANG, "zhumugang")).toBe("prefix");
    expect(matchSyllables(ZHUMUGANG, "zmg")).toBe("prefix");
    expect(matchSyllables(ZHUMUGANG, "zhumg")).toBe("prefix");
    expect(matchSyllables(ZHUMUGANG, "z")).toBe("prefix");
  });

  it("matches from a later syllable as contains", () => {
    expect(matchSyllables(ZHUMUGANG, "mugang")).toBe("contains");
    expect(matchSyllables(ZHUMUGANG, "gc")).toBe("contains");
  });

  it("needs consecutive syllables, each starting with its first letter", () => {
    expect(matchSyllables(ZHUMUGANG, "zg")).toBeNull();
    expect(matchSyllables(ZHUMUGANG, "hu")).toBeNull();
    expect(matchSyllables(ZHUMUGANG, "zhumugangcunx")).toBeNull();
    expect(matchSyllables(ZHUMUGANG, "")).toBeNull();
    expect(matchSyllables([], "z")).toBeNull();
  });

  it("finds the exact reading even when a shorter path only gives a prefix", () => {
    expect(matchSyllables(["a", "ab"], "aa")).toBe("exact");
  });
});
