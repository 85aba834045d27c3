import { describe, expect, it } from "vitest";
import { normalizeSearchText } from "./normalize-search-text";

describe("normalizeSearchText", () => {
  it("removes tone marks, lower-cases and collapses separators", () => {
    expect(normalizeSearchText("Zhū mù gǎng")).toBe("zhu mu gang");
    expect(normalizeSearchText("  Yuán Rènyuǎn   Gùjū ")).toBe("yuan renyuan guju");
    expect(normalizeSearchText("Lǜ")).toBe("lu");
  });

  it("folds full-width letters and the ideographic space (NFKC)", () => {
    expect(normalizeSearchText("ＺＭＧ")).toBe("zmg");
    expect(normalizeSearchText("ｇｌａｓｓ　ｂｒｉｄｇｅ")).toBe("glass bridge");
  });

  it("keeps Chinese characters and turns punctuation into single spaces", () => {
    expect(normalizeSearchText("玻璃桥（云天渡）")).toBe("玻璃桥 云天渡");
    expect(normalizeSearchText("Glass Bridge (Yuntiandu)")).toBe("glass bridge yuntiandu");
    expect(normalizeSearchText("九歌·山鬼")).toBe("九歌 山鬼");
    expect(normalizeSearchText("!!!")).toBe("");
  });
});
