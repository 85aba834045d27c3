import { describe, expect, it } from "vitest";
import { sitemapEntries, sitemapPaths } from "./sitemap-entries";

describe("sitemapEntries", () => {
  it("lists home, /red and each place, in order", () => {
    expect(sitemapPaths(["jiuge-shangui", "yuan-renyuan-former-residence"])).toEqual([
      "/",
      "/red",
      "/places/jiuge-shangui",
      "/places/yuan-renyuan-former-residence",
    ]);
  });

  it("gives each page in Chinese and English, both with the same hreflang alternates", () => {
    const home = { "zh-CN": "https://g.example/", en: "https://g.example/en" };
    const red = { "zh-CN": "https://g.example/red", en: "https://g.example/en/red" };
    const place = { "zh-CN": "https://g.example/places/jiuge-shangui", en: "https://g.example/en/places/jiuge-shangui" };
    expect(sitemapEntries("https://g.example/", ["jiuge-shangui"])).toEqual([
      { url: "https://g.example/", changeFrequency: "weekly", priority: 1, alternates: { languages: home } },
      { url: "https://g.example/en", changeFrequency: "weekly", priority: 1, alternates: { languages: home } },
      { url: "https://g.example/red", changeFrequency: "weekly", priority: 0.8, alternates: { languages: red } },
      { url: "https://g.example/en/red", changeFrequency: "weekly", priority: 0.8, alternates: { languages: red } },
      { url: "https://g.example/places/jiuge-shangui", changeFrequency: "monthly", priority: 0.6, alternates: { languages: place } },
      { url: "https://g.example/en/places/jiuge-shangui", changeFrequency: "monthly", priority: 0.6, alternates: { languages: place } },
    ]);
  });
});
