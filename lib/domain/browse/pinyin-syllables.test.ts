import { describe, expect, it } from "vitest";
import { pinyinSyllables } from "./pinyin-syllables";

describe("pinyinSyllables", () => {
  it("derives toneless pinyin per character with pinyin-pro", () => {
    expect(pinyinSyllables("株木岗村")).toEqual(["zhu", "mu", "gang", "cun"]);
    expect(pinyinSyllables("袁任远故居")).toEqual(["yuan", "ren", "yuan", "gu", "ju"]);
    expect(pinyinSyllables("罗潭村")).toEqual(["luo", "tan", "cun"]);
    expect(pinyinSyllables("苗岭村")).toEqual(["miao", "ling", "cun"]);
  });

  it("keeps Latin and digit runs as words and drops punctuation", () => {
    expect(pinyinSyllables("玻璃桥（云天渡）")).toEqual(["bo", "li", "qiao", "yun", "tian", "du"]);
    expect(pinyinSyllables("G5513 高速")).toEqual(["g5513", "gao", "su"]);
    expect(pinyinSyllables("")).toEqual([]);
  });
});
