// Page metadata (title, description, Open Graph, canonical and hreflang alternates) for the guide's
// pages, as plain objects that Next's `Metadata` accepts. URLs are absolute (built from the site
// URL), so they do not depend on a metadataBase being set.
import { localePath, localized, type Lang } from "./i18n";
import type { Place } from "./place";

export type PageMetadata = {
  title: string;
  description: string;
  openGraph: {
    title: string;
    description: string;
    type: "website";
    locale: "zh_CN" | "en_US";
    alternateLocale: ["zh_CN" | "en_US"];
    url: string;
  };
  alternates: {
    canonical: string;
    languages: { "zh-CN": string; en: string };
  };
};

/** The site URL (no trailing slash) joined with an absolute path. */
export function absoluteUrl(siteUrl: string, path: string): string {
  const base = siteUrl.replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The page at `path` (unprefixed, e.g. "/red") in both languages, absolute. */
export function localizedUrls(siteUrl: string, path: string): { "zh-CN": string; en: string } {
  return { "zh-CN": absoluteUrl(siteUrl, localePath("zh", path)), en: absoluteUrl(siteUrl, localePath("en", path)) };
}

export function pageMetadata(opts: { lang: Lang; siteUrl: string; path: string; title: string; description: string }): PageMetadata {
  const { lang, siteUrl, path, title, description } = opts;
  const languages = localizedUrls(siteUrl, path);
  const url = lang === "en" ? languages.en : languages["zh-CN"];
  return {
    title,
    description,
    openGraph: {
      title,
      description,
      type: "website",
      locale: lang === "en" ? "en_US" : "zh_CN",
      alternateLocale: [lang === "en" ? "zh_CN" : "en_US"],
      url,
    },
    alternates: { canonical: url, languages },
  };
}

type PlaceMetadataInput = Pick<Place, "slug" | "nameZh" | "nameEn" | "summaryZh" | "summaryEn">;

/** Metadata of /places/<slug> (or /en/places/<slug>): the place's name and summary. */
export function placeMetadata(place: PlaceMetadataInput, opts: { lang: Lang; siteUrl: string }): PageMetadata {
  return pageMetadata({
    lang: opts.lang,
    siteUrl: opts.siteUrl,
    path: `/places/${place.slug}`,
    title: localized(opts.lang, place.nameZh, place.nameEn).text,
    description: localized(opts.lang, place.summaryZh, place.summaryEn).text,
  });
}
