import { describe, expect, it } from "vitest";
import { suggestPinyinOf } from "./pinyin";

describe("suggestPinyinOf", () => {
  it("writes tone marks, joins a word's syllables and separates the village suffix", () => {
    expect(suggestPinyinOf("三官寺村")).toBe("Sānguānsì Cūn");
    expect(suggestPinyinOf("罗潭村")).toBe("Luótán Cūn");
    expect(suggestPinyinOf("采摘园")).toBe("Cǎizhāiyuán");
  });
});
