import { describe, expect, it } from "vitest";
import { GLASS_BRIDGE, LANDSCAPE, RESIDENCE } from "@/lib/test-support/sample-places";
import { placesToFeatureCollection, placeToFeature, toPlaceSummary } from "./place";
import { parsePlaceFeature } from "./parse-place-feature";

describe("toPlaceSummary", () => {
  it("keeps what markers, the list, search and the planner need, and nothing of the detail", () => {
    expect(toPlaceSummary(LANDSCAPE)).toEqual({
      slug: "zhumugang-red-culture-landscape",
      kind: "red",
      red: true,
      nameZh: "株木岗村红色文化景观",
      nameEn: "Zhumugang Red-Culture Landscape",
      pinyin: "Zhūmùgǎng Cūn Hóngsè Wénhuà Jǐngguān",
      village: { slug: "zhumugang", nameZh: "株木岗村", nameEn: "Zhumugang Village", pinyin: "Zhūmùgǎng Cūn" },
      status: "planned",
      statusYear: 2022,
      summaryZh: "2022年规划的“五个一”之一",
      summaryEn: null,
      visitMinutes: 60,
      visitMinutesEstimated: true,
      visitWindow: "any",
      openingHours: null,
      location: { point: null, precision: "village", radiusM: 3000 },
    });
  });

  it("gives null for a place with no village, and sends none of the detail once serialised", () => {
    const summary = toPlaceSummary(GLASS_BRIDGE);
    expect(summary.village).toBeNull();
    const sent = JSON.stringify(summary);
    // the detail texts of the glass bridge (description, location note) are not in what is sent
    for (const detail of ["张家界大峡谷景区的玻璃桥。", "估计位置。", "descriptionZh", "sources", "statusNoteZh", "studyNoteZh"]) {
      expect(sent).not.toContain(detail);
    }
  });
});

describe("placesToFeatureCollection", () => {
  it("is an RFC 7946 collection of summaries: id = slug, [lng, lat], flat summary properties", () => {
    const collection = placesToFeatureCollection([RESIDENCE, GLASS_BRIDGE]);
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features[1]).toEqual({
      type: "Feature",
      id: "zhangjiajie-grand-canyon-glass-bridge",
      geometry: { type: "Point", coordinates: [110.6962, 29.3982] },
      properties: {
        slug: "zhangjiajie-grand-canyon-glass-bridge",
        kind: "scenic",
        red: false,
        nameZh: "张家界大峡谷玻璃桥（云天渡）",
        nameEn: "Zhangjiajie Grand Canyon Glass Bridge (Yuntiandu)",
        pinyin: "Zhāngjiājiè Dàxiágǔ Bōli Qiáo (Yúntiāndù)",
        village: null,
        status: "open",
        statusYear: 2016,
        summaryZh: "430米长的玻璃桥，2016年开放",
        summaryEn: "430 m glass bridge, opened in 2016",
        visitMinutes: 60,
        visitMinutesEstimated: true,
        visitWindow: "any",
        openingHours: null,
        precision: "approximate",
        precisionRadiusM: 1000,
        url: "/places/zhangjiajie-grand-canyon-glass-bridge",
      },
    });
  });
});

describe("unlocated places in GeoJSON", () => {
  it("gives a place without a known spot \"geometry\": null (RFC 7946 §3.2), never a made-up Point", () => {
    const [residence, bridge] = placesToFeatureCollection([RESIDENCE, GLASS_BRIDGE]).features;
    expect(residence?.geometry).toBeNull();
    expect(residence?.properties.precision).toBe("village");
    expect(bridge?.geometry).toEqual({ type: "Point", coordinates: [110.6962, 29.3982] });
    expect(JSON.stringify(placeToFeature(RESIDENCE))).toContain('"geometry":null');
  });
});

describe("parsePlaceFeature", () => {
  it("reads the single Feature back into the same Place (through JSON, as the browser gets it)", () => {
    for (const place of [RESIDENCE, LANDSCAPE, GLASS_BRIDGE]) {
      expect(parsePlaceFeature(JSON.parse(JSON.stringify(placeToFeature(place))))).toEqual(place);
    }
  });

  it("keeps a source's publisherPageUnknown mark; a body cached before the mark existed reads as unmarked", () => {
    const copy = { key: "maika88-yuan-renyuan", title: "袁任远、袁意奋父子长征", publisher: null, url: null, publisherPageUnknown: true, published: null, confidence: "medium" as const, note: null };
    const linked = { ...copy, key: "hxw-2022-article", title: "慈利县", url: "https://www.hxw.gov.cn/x.html", publisherPageUnknown: false };
    const place = { ...RESIDENCE, sources: [copy, linked] };
    const feature = JSON.parse(JSON.stringify(placeToFeature(place)));
    expect(parsePlaceFeature(feature)?.sources).toEqual([copy, linked]);
    const old = { ...feature, properties: { ...feature.properties, sources: [{ ...feature.properties.sources[1], publisherPageUnknown: undefined }] } };
    expect(parsePlaceFeature(JSON.parse(JSON.stringify(old)))?.sources).toEqual([linked]);
    const wrong = { ...feature, properties: { ...feature.properties, sources: [{ ...feature.properties.sources[0], publisherPageUnknown: "yes" }] } };
    expect(parsePlaceFeature(wrong)).toBeNull();
  });

  it("refuses what is not a full place Feature: a summary, an error body, garbage", () => {
    expect(parsePlaceFeature(JSON.parse(JSON.stringify(placesToFeatureCollection([RESIDENCE]).features[0])))).toBeNull();
    expect(parsePlaceFeature({ error: { status: 404, code: "place_not_found", message: "No place" } })).toBeNull();
    const feature = JSON.parse(JSON.stringify(placeToFeature(RESIDENCE)));
    expect(parsePlaceFeature({ ...feature, properties: { ...feature.properties, kind: "castle" } })).toBeNull();
    expect(parsePlaceFeature(null)).toBeNull();
    // a Point needs its two coordinates; only null means "no known spot"
    expect(parsePlaceFeature({ ...feature, geometry: { type: "Point", coordinates: [110.65] } })).toBeNull();
    expect(parsePlaceFeature({ ...feature, geometry: undefined })).toBeNull();
  });
});
