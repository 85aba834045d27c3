import { describe, expect, it } from "vitest";
import { GLASS_BRIDGE, LANDSCAPE } from "@/lib/test-support/sample-places";
import { absoluteUrl, localizedUrls, pageMetadata, placeMetadata } from "./place-metadata";

const SITE = "https://guide.example.cn";

describe("absoluteUrl and localizedUrls", () => {
  it("joins the site URL and a path with exactly one slash", () => {
    expect(absoluteUrl("https://guide.example.cn/", "/red")).toBe("https://guide.example.cn/red");
    expect(absoluteUrl("https://guide.example.cn", "red")).toBe("https://guide.example.cn/red");
    expect(absoluteUrl("http://localhost:3000", "/")).toBe("http://localhost:3000/");
  });

  it("gives the Chinese (unprefixed) and English (/en) URL of a page", () => {
    expect(localizedUrls(SITE, "/")).toEqual({ "zh-CN": "https://guide.example.cn/", en: "https://guide.example.cn/en" });
    expect(localizedUrls(SITE, "/red")).toEqual({ "zh-CN": "https://guide.example.cn/red", en: "https://guide.example.cn/en/red" });
  });
});

describe("placeMetadata", () => {
  it("builds title, description, Open Graph and hreflang alternates in Chinese", () => {
    expect(placeMetadata(GLASS_BRIDGE, { lang: "zh", siteUrl: SITE })).toEqual({
      title: "张家界大峡谷玻璃桥（云天渡）",
      description: "430米长的玻璃桥，2016年开放",
      openGraph: {
        title: "张家界大峡谷玻璃桥（云天渡）",
        description: "430米长的玻璃桥，2016年开放",
        type: "website",
        locale: "zh_CN",
        alternateLocale: ["en_US"],
        url: "https://guide.example.cn/places/zhangjiajie-grand-canyon-glass-bridge",
      },
      alternates: {
        canonical: "https://guide.example.cn/places/zhangjiajie-grand-canyon-glass-bridge",
        languages: {
          "zh-CN": "https://guide.example.cn/places/zhangjiajie-grand-canyon-glass-bridge",
          en: "https://guide.example.cn/en/places/zhangjiajie-grand-canyon-glass-bridge",
        },
      },
    });
  });

  it("in English: English texts, en_US, the /en URL as canonical", () => {
    expect(placeMetadata(GLASS_BRIDGE, { lang: "en", siteUrl: SITE })).toEqual({
      title: "Zhangjiajie Grand Canyon Glass Bridge (Yuntiandu)",
      description: "430 m glass bridge, opened in 2016",
      openGraph: {
        title: "Zhangjiajie Grand Canyon Glass Bridge (Yuntiandu)",
        description: "430 m glass bridge, opened in 2016",
        type: "website",
        locale: "en_US",
        alternateLocale: ["zh_CN"],
        url: "https://guide.example.cn/en/places/zhangjiajie-grand-canyon-glass-bridge",
      },
      alternates: {
        canonical: "https://guide.example.cn/en/places/zhangjiajie-grand-canyon-glass-bridge",
        languages: {
          "zh-CN": "https://guide.example.cn/places/zhangjiajie-grand-canyon-glass-bridge",
          en: "https://guide.example.cn/en/places/zhangjiajie-grand-canyon-glass-bridge",
        },
      },
    });
  });

  it("falls back to the Chinese summary when there is no English one", () => {
    const m = placeMetadata(LANDSCAPE, { lang: "en", siteUrl: SITE });
    expect([m.title, m.description]).toEqual(["Zhumugang Red-Culture Landscape", "2022年规划的“五个一”之一"]);
  });
});

describe("pageMetadata", () => {
  it("works for any page path, e.g. the red view", () => {
    expect(
      pageMetadata({ lang: "en", siteUrl: "http://localhost:3000/", path: "/red", title: "Red", description: "Red view" }),
    ).toEqual({
      title: "Red",
      description: "Red view",
      openGraph: {
        title: "Red",
        description: "Red view",
        type: "website",
        locale: "en_US",
        alternateLocale: ["zh_CN"],
        url: "http://localhost:3000/en/red",
      },
      alternates: {
        canonical: "http://localhost:3000/en/red",
        languages: { "zh-CN": "http://localhost:3000/red", en: "http://localhost:3000/en/red" },
      },
    });
  });
});
