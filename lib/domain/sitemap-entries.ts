// The pages listed in sitemap.xml: home, the red view and every place page, each in Chinese
// (no prefix) with its English twin (/en/...) and both as hreflang alternates.
import { localizedUrls } from "./place-metadata";

export type SitemapEntry = {
  url: string;
  changeFrequency: "weekly" | "monthly";
  priority: number;
  alternates: { languages: { "zh-CN": string; en: string } };
};

/** Unprefixed paths of the guide's pages, in sitemap order. */
export function sitemapPaths(placeSlugs: readonly string[]): string[] {
  return ["/", "/red", ...placeSlugs.map((slug) => `/places/${slug}`)];
}

export function sitemapEntries(siteUrl: string, placeSlugs: readonly string[]): SitemapEntry[] {
  return sitemapPaths(placeSlugs).flatMap((path) => {
    const languages = localizedUrls(siteUrl, path);
    const changeFrequency = path.startsWith("/places/") ? "monthly" : "weekly";
    const priority = path === "/" ? 1 : path === "/red" ? 0.8 : 0.6;
    return [languages["zh-CN"], languages.en].map((url) => ({ url, changeFrequency, priority, alternates: { languages } }));
  });
}
