import { describe, expect, it } from "vitest";
import { CILI_EXTENT, SYNTHETIC_PREFIX, syntheticGuide } from "./synthetic-guide";
import { slugSchema } from "../slug-schema";
import { PLACE_KINDS } from "../place-kinds";

const REAL = [
  { code12: "430821211201", slug: "sanguansi", nameZh: "三官寺村", nameEn: "Sanguansi Village", pinyin: "Sānguānsì" },
  { code12: "430821211216", slug: "zhumugang", nameZh: "株木岗村", nameEn: "Zhumugang Village", pinyin: "Zhūmùgǎng" },
];

describe("syntheticGuide", () => {
  it("makes exactly `count` places with unique, valid, synthetic-prefixed slugs", () => {
    const { places, villages } = syntheticGuide({ count: 2000, seed: 1, realVillages: REAL });
    expect(places).toHaveLength(2000);
    expect(new Set(places.map((p) => p.slug)).size).toBe(2000);
    expect(places.every((p) => p.slug.startsWith(SYNTHETIC_PREFIX) && slugSchema.safeParse(p.slug).success)).toBe(true);
    // one generated village per ~40 places beside the real ones, every generated one marked synthetic
    expect(villages).toHaveLength(50);
    expect(villages.filter((v) => v.synthetic).every((v) => v.slug.startsWith(SYNTHETIC_PREFIX) && v.code12.startsWith("SYN-"))).toBe(true);
    expect(villages.slice(0, 2).map((v) => v.code12)).toEqual(["430821211201", "430821211216"]);
  });

  it("says it is synthetic in every summary, in both languages", () => {
    const { places } = syntheticGuide({ count: 500, seed: 2, realVillages: REAL });
    expect(places.every((p) => p.summaryZh.startsWith("合成测试数据") && p.summaryEn.startsWith("Synthetic test data"))).toBe(true);
  });

  it("is reproducible: the same seed gives the same set, another seed another", () => {
    const a = syntheticGuide({ count: 300, seed: 7, realVillages: REAL });
    expect(syntheticGuide({ count: 300, seed: 7, realVillages: REAL })).toEqual(a);
    expect(syntheticGuide({ count: 300, seed: 8, realVillages: REAL })).not.toEqual(a);
  });

  it("keeps points inside the county's extent, near their village, and only for exact/approximate places", () => {
    const { places, villages } = syntheticGuide({ count: 3000, seed: 3, realVillages: REAL });
    const bySlug = new Map(villages.map((v) => [v.slug, v]));
    for (const p of places) {
      if (p.precision === "village" || p.precision === "township") {
        expect(p.lat).toBeNull();
        continue;
      }
      expect(p.lng).toBeGreaterThanOrEqual(CILI_EXTENT.west);
      expect(p.lng).toBeLessThanOrEqual(CILI_EXTENT.east);
      expect(p.lat).toBeGreaterThanOrEqual(CILI_EXTENT.south);
      expect(p.lat).toBeLessThanOrEqual(CILI_EXTENT.north);
      const v = bySlug.get(p.villageSlug);
      // a 600 m normal spread: nothing beyond ~8 sigma (≈0.05°)
      expect(Math.abs((p.lat ?? 0) - (v?.lat ?? 0))).toBeLessThan(0.05);
    }
    const lodgings = places.filter((p) => p.kind === "lodging").length;
    expect(lodgings / places.length).toBeGreaterThan(0.6);
    expect(new Set(places.map((p) => p.kind))).toEqual(new Set(PLACE_KINDS));
  });

  it("gives names in Chinese, pinyin with tone marks and English", () => {
    const { places } = syntheticGuide({ count: 200, seed: 4, realVillages: REAL });
    const lodging = places.find((p) => p.kind === "lodging");
    expect(lodging?.nameZh).toMatch(/^\p{Script=Han}+(民宿|客栈|农家乐)$/u);
    expect(lodging?.pinyin).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
    expect(lodging?.nameEn).toMatch(/^[A-Z][a-z]+ Family (Homestay|Inn|Farmstay), [A-Z][a-z]+$/);
  });

  it("refuses a count that is not a whole number ≥ 1", () => {
    expect(() => syntheticGuide({ count: 0, seed: 1, realVillages: REAL })).toThrow(/count/);
    expect(() => syntheticGuide({ count: 1.5, seed: 1, realVillages: REAL })).toThrow(/count/);
  });
});
