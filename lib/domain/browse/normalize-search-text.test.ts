import { describe, expect, it } from "vitest";
import { fastPath, generalPath, normalizeSearchText } from "./normalize-search-text";

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

  it("gives on the fast path exactly what the general path gives, for every character it takes", () => {
    const taken: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const c = String.fromCharCode(code);
      if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates are never text
      if (fastPath(c) !== null) taken.push(c);
    }
    expect(taken.length).toBeGreaterThan(20_000); // ASCII, the CJK block, punctuation, toned vowels
    for (const c of taken) {
      // alone, between letters, between ideographs, and repeated
      for (const text of [c, `a${c}b`, `Q${c}${c}Z`, `株${c}木`, ` ${c} `]) {
        expect(fastPath(text), `U+${c.charCodeAt(0).toString(16)} in "${text}"`).toBe(generalPath(text));
      }
    }
  });

  it("takes the general path for anything else", () => {
    expect(fastPath("ＺＭＧ")).toBeNull(); // full-width letters
    expect(fastPath("naïve")).toBeNull();
    expect(fastPath("𠀀")).toBeNull(); // beyond the BMP
    expect(normalizeSearchText("Naïve ＺＭＧ")).toBe("naive zmg");
  });
});
