import { describe, expect, it } from "vitest";
import { GLASS_BRIDGE, LANDSCAPE, RESIDENCE, SAMPLE_PLACES, VILLAGE_LUOTAN } from "@/lib/test-support/sample-places";
import type { Place } from "./place";
import { placeJsonLd, serializeJsonLd } from "./place-json-ld";
import { LOCATION_PRECISIONS, PLACE_KINDS, type LocationPrecision } from "./place-kinds";

const SITE = "https://guide.example.cn";

describe("placeJsonLd", () => {
  it("a red site with a placeholder location: TouristAttraction with its village, and no geo", () => {
    const url = `${SITE}/places/yuan-renyuan-former-residence`;
    expect(placeJsonLd(RESIDENCE, { url, lang: "zh" })).toEqual({
      "@context": "https://schema.org",
      "@type": "TouristAttraction",
      "@id": `${url}#place`,
      url,
      name: "袁任远故居",
      alternateName: ["Former Residence of Yuan Renyuan", "Yuán Rènyuǎn Gùjū"],
      description: "革命家袁任远（1898–1986）在株木岗村的故居",
      address: {
        "@type": "PostalAddress",
        addressCountry: "CN",
        addressRegion: "湖南省",
        addressLocality: "慈利县",
        streetAddress: "三官寺土家族乡株木岗村",
      },
    });
  });

  it("the same place in English", () => {
    const url = `${SITE}/en/places/yuan-renyuan-former-residence`;
    expect(placeJsonLd(RESIDENCE, { url, lang: "en" })).toEqual({
      "@context": "https://schema.org",
      "@type": "TouristAttraction",
      "@id": `${url}#place`,
      url,
      name: "Former Residence of Yuan Renyuan",
      alternateName: ["袁任远故居", "Yuán Rènyuǎn Gùjū"],
      description: "Home of the revolutionary Yuan Renyuan (1898–1986) in Zhumugang Village",
      address: {
        "@type": "PostalAddress",
        addressCountry: "CN",
        addressRegion: "Hunan",
        addressLocality: "Cili County",
        streetAddress: "Zhumugang Village, Sanguansi Tujia Ethnic Township",
      },
    });
  });

  it("an approximate location gets GeoCoordinates; no village means the township as address", () => {
    const url = `${SITE}/places/zhangjiajie-grand-canyon-glass-bridge`;
    expect(placeJsonLd(GLASS_BRIDGE, { url, lang: "zh" })).toEqual({
      "@context": "https://schema.org",
      "@type": "TouristAttraction",
      "@id": `${url}#place`,
      url,
      name: "张家界大峡谷玻璃桥（云天渡）",
      alternateName: ["Zhangjiajie Grand Canyon Glass Bridge (Yuntiandu)", "Zhāngjiājiè Dàxiágǔ Bōli Qiáo (Yúntiāndù)"],
      description: "430米长的玻璃桥，2016年开放",
      address: {
        "@type": "PostalAddress",
        addressCountry: "CN",
        addressRegion: "湖南省",
        addressLocality: "慈利县",
        streetAddress: "三官寺土家族乡",
      },
      geo: { "@type": "GeoCoordinates", latitude: 29.3982, longitude: 110.6962 },
    });
  });

  it("exact locations get geo, village-level ones do not", () => {
    const at = (precision: "exact" | "village") => ({ ...GLASS_BRIDGE, location: { ...GLASS_BRIDGE.location, precision } });
    expect(placeJsonLd(at("exact"), { url: SITE, lang: "zh" }).geo).toEqual({
      "@type": "GeoCoordinates",
      latitude: 29.3982,
      longitude: 110.6962,
    });
    expect("geo" in placeJsonLd(at("village"), { url: SITE, lang: "zh" })).toBe(false);
  });

  it("falls back to Chinese in English when a text is missing, without repeating the name", () => {
    const noEnglish = { ...LANDSCAPE, nameEn: null };
    const ld = placeJsonLd(noEnglish, { url: SITE, lang: "en" });
    expect([ld.name, ld.alternateName, ld.description]).toEqual([
      "株木岗村红色文化景观",
      ["Zhūmùgǎng Cūn Hóngsè Wénhuà Jǐngguān"],
      "2022年规划的“五个一”之一",
    ]);
    expect(placeJsonLd(noEnglish, { url: SITE, lang: "zh" }).alternateName).toEqual(["Zhūmùgǎng Cūn Hóngsè Wénhuà Jǐngguān"]);
  });

  // What a search engine reads, written from schema.org's vocabulary, not from the code's table:
  // `address` and `geo` are properties of schema:Place, so every @type must be Place or one of its
  // subtypes; TouristAttraction ("a tourist attraction", a Place) is what visitors come to see,
  // LodgingBusiness (LocalBusiness → Place) is where they sleep, and a plain Place is somewhere
  // that is neither (a village, an office).
  const PLACE_AND_SUBTYPES = new Set(["Place", "TouristAttraction", "LodgingBusiness", "LocalBusiness", "AdministrativeArea", "Landform"]);
  const typeOf = (place: Place) => placeJsonLd(place, { url: SITE, lang: "zh" })["@type"];

  it("types each sample place as schema.org describes it", () => {
    expect(Object.fromEntries(SAMPLE_PLACES.map((place) => [place.slug, typeOf(place)]))).toEqual({
      "village-zhumugang": "Place",
      "yuan-renyuan-former-residence": "TouristAttraction",
      "village-luotan": "Place",
      "jiuge-shangui": "TouristAttraction",
      "zhangjiajie-grand-canyon-glass-bridge": "TouristAttraction",
      "village-sanguansi": "Place",
      "village-miaoling": "Place",
      "township-government": "Place",
    });
    // A red-culture landscape (a planned project) is still something visitors come to see.
    expect(typeOf(LANDSCAPE)).toBe("TouristAttraction");
    expect(typeOf({ ...VILLAGE_LUOTAN, slug: "guesthouse", kind: "lodging" })).toBe("LodgingBusiness");
  });

  it("every kind gets a schema.org Place type, so address and geo are valid on it", () => {
    for (const kind of PLACE_KINDS) {
      expect(PLACE_AND_SUBTYPES.has(typeOf({ ...GLASS_BRIDGE, kind }))).toBe(true);
    }
  });

  it("gives geo only where the point is the place itself (exact or approximate), never for a placeholder", () => {
    const geoAt = (precision: LocationPrecision) =>
      placeJsonLd({ ...GLASS_BRIDGE, location: { ...GLASS_BRIDGE.location, precision } }, { url: SITE, lang: "en" }).geo;
    const spot = { "@type": "GeoCoordinates", latitude: 29.3982, longitude: 110.6962 };
    expect(LOCATION_PRECISIONS.map((precision) => [precision, geoAt(precision)])).toEqual([
      ["exact", spot],
      ["approximate", spot],
      ["village", undefined],
      ["township", undefined],
    ]);
  });

  it("gives no geo when no spot is known, whatever the precision says", () => {
    const ld = placeJsonLd({ ...GLASS_BRIDGE, location: { ...GLASS_BRIDGE.location, point: null } }, { url: SITE, lang: "en" });
    expect("geo" in ld).toBe(false);
    expect(JSON.stringify(ld)).not.toContain("latitude");
  });
});

describe("serializeJsonLd", () => {
  it("escapes <, > and & so a value cannot close the script element", () => {
    const json = serializeJsonLd({ name: "</script><script>alert(1)</script>", note: "A & B <!--" });
    expect(json).toBe(
      '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e","note":"A \\u0026 B \\u003c!--"}',
    );
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>", note: "A & B <!--" });
  });

  it("escapes the line and paragraph separators and keeps other text as is", () => {
    expect(serializeJsonLd({ t: "a\u2028b\u2029c 袁任远" })).toBe('{"t":"a\\u2028b\\u2029c 袁任远"}');
  });
});
