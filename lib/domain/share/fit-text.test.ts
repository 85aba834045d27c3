import { describe, expect, it } from "vitest";
import { charEm, fitText, textEm } from "./fit-text";

describe("fitText", () => {
  it("counts CJK as 1 em and Latin as 0.6 em", () => {
    expect(charEm("袁")).toBe(1);
    expect(charEm("，")).toBe(1);
    expect(charEm("a")).toBe(0.6);
    expect(textEm("株木岗村")).toBe(4);
    expect(textEm("Yuan 故居")).toBeCloseTo(5 * 0.6 + 2, 10);
  });

  it("keeps a text that fits, whitespace folded", () => {
    expect(fitText("张家界大峡谷", 6)).toBe("张家界大峡谷");
    expect(fitText("  九歌\n 山鬼 ", 10)).toBe("九歌 山鬼");
  });

  it("cuts a long Chinese text to the width, ellipsis included", () => {
    const cut = fitText("张家界大峡谷玻璃桥云天渡", 8);
    expect(cut).toBe("张家界大峡谷玻…");
    expect(textEm(cut)).toBeLessThanOrEqual(8);
  });

  it("cuts Latin text and drops the blank before the ellipsis", () => {
    expect(fitText("Zhangjiajie Grand Canyon glass bridge", 8)).toBe("Zhangjiajie…");
    expect(fitText("ab cd ef gh", 3.1)).toBe("ab…");
  });

  it("never splits a surrogate pair and never overflows", () => {
    const text = "𠀀𠀁𠀂𠀃𠀄"; // CJK Extension B, two UTF-16 units each
    expect(fitText(text, 3)).toBe("𠀀𠀁…");
    for (let w = 1; w <= 12; w++) {
      const cut = fitText("三官寺 Sanguansi 土家族乡 Tujia township", w);
      expect(textEm(cut)).toBeLessThanOrEqual(w);
    }
  });
});
