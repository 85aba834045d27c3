import { describe, expect, it } from "vitest";
import { GLASS_BRIDGE, LANDSCAPE, RESIDENCE, VILLAGE_ZHUMUGANG } from "@/lib/test-support/sample-places";
import { redSites } from "./red-sites";

describe("redSites", () => {
  it("keeps only red places, in the given order", () => {
    expect(redSites([LANDSCAPE, GLASS_BRIDGE, RESIDENCE], "zh").map((s) => s.slug)).toEqual([
      "zhumugang-red-culture-landscape",
      "yuan-renyuan-former-residence",
    ]);
    expect(redSites([GLASS_BRIDGE], "en")).toEqual([]);
  });

  it("describes a site in Chinese: status, unknown hours, precision in words, study note", () => {
    expect(redSites([RESIDENCE], "zh")).toEqual([
      {
        slug: "yuan-renyuan-former-residence",
        href: "/places/yuan-renyuan-former-residence",
        name: { text: "袁任远故居", untranslated: false },
        kind: "red",
        kindLabel: "红色旅游",
        glyph: "红",
        village: "株木岗村",
        status: "unknown",
        statusText: "状态不详",
        statusNote: { text: "没有资料说明是否对外开放", untranslated: false },
        summary: { text: "革命家袁任远（1898–1986）在株木岗村的故居", untranslated: false },
        precision: "village",
        precisionText: "仅知所在村 · 没有已知位置",
        locationNote: { text: "位置未知。", untranslated: false },
        openingHours: null,
        studyNote: { text: "党课与现场教学点（规划）。", untranslated: false },
      },
    ]);
  });

  it("describes a planned site in English, marking Chinese fallbacks as untranslated", () => {
    expect(redSites([LANDSCAPE], "en")).toEqual([
      {
        slug: "zhumugang-red-culture-landscape",
        href: "/en/places/zhumugang-red-culture-landscape",
        name: { text: "Zhumugang Red-Culture Landscape", untranslated: false },
        kind: "red",
        kindLabel: "Red tourism",
        glyph: "红",
        village: "Zhumugang Village",
        status: "planned",
        statusText: "Planned (as of 2022 sources)",
        statusNote: { text: "2022年报道列为“五个一”创建措施", untranslated: true },
        summary: { text: "2022年规划的“五个一”之一", untranslated: true },
        precision: "village",
        precisionText: "Village-level: only the village is known · no known spot",
        locationNote: { text: "Location unknown.", untranslated: false },
        openingHours: null,
        studyNote: null,
      },
    ]);
  });

  it("gives a village-level site the radius around its village's point when the village has one", () => {
    expect(redSites([RESIDENCE, VILLAGE_ZHUMUGANG], "en")[0]?.precisionText).toBe("Village-level: only the village is known · may be off by up to about 3 km");
  });

  it("gives a fractional radius to one decimal", () => {
    const site = { ...RESIDENCE, location: { ...RESIDENCE.location, point: { lng: 110.63, lat: 29.45 }, precision: "approximate" as const, radiusM: 2500 } };
    expect(redSites([site], "en")[0]?.precisionText).toBe("Approximate location (estimate) · may be off by up to about 2.5 km");
    expect(redSites([site], "zh")[0]?.precisionText).toBe("大致位置（估计） · 误差可达约 2.5 公里");
  });
});
