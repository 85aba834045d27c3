import { describe, expect, it } from "vitest";
import { GLASS_BRIDGE, LANDSCAPE } from "@/lib/test-support/sample-places";
import { toBrowsePlace } from "./to-browse-place";

describe("toBrowsePlace", () => {
  it("copies names, village and summaries (no descriptions), with null for each missing fact", () => {
    expect(toBrowsePlace(LANDSCAPE)).toEqual({
      slug: "zhumugang-red-culture-landscape",
      kind: "red",
      red: true,
      nameZh: "株木岗村红色文化景观",
      nameEn: "Zhumugang Red-Culture Landscape",
      pinyin: "Zhūmùgǎng Cūn Hóngsè Wénhuà Jǐngguān",
      villageSlug: "zhumugang",
      villageNameZh: "株木岗村",
      villageNameEn: "Zhumugang Village",
      villagePinyin: "Zhūmùgǎng Cūn",
      status: "planned",
      summaryZh: "2022年规划的“五个一”之一",
      summaryEn: null,
    });
  });

  it("gives null village fields for a place with no village", () => {
    expect(toBrowsePlace({ ...GLASS_BRIDGE, nameEn: null })).toMatchObject({
      nameEn: null,
      villageSlug: null,
      villageNameZh: null,
      villageNameEn: null,
      villagePinyin: null,
    });
    // no point: where a place can be drawn is known-spot.ts's concern
    expect(toBrowsePlace(GLASS_BRIDGE)).not.toHaveProperty("lng");
  });
});
