// The timeline as the red view shows it: each entry in the page's language with its sources
// resolved (title, link, confidence) and its places resolved to names and localized paths.
import { localePath, localized, type Lang, type Localized } from "../i18n";
import type { PlaceSourceRef } from "../place";
import type { SourceConfidence } from "../place-kinds";
import type { TimelineEntry } from "./timeline-schema";

export type TimelineSource = Omit<PlaceSourceRef, "note">;

export type TimelinePlaceLink = { slug: string; name: Localized; href: string };

export type TimelineItem = {
  id: string;
  date: string | null;
  dateLabel: string;
  text: string;
  sources: TimelineSource[];
  sourceNote: string | null;
  places: TimelinePlaceLink[];
};

type SourceInput = {
  key: string;
  title: string;
  publisher?: string | null | undefined;
  /** null or absent for a print publication with no known web page */
  url?: string | null | undefined;
  /** true: seen only in a republished copy (no url) */
  publisherPageUnknown?: boolean | undefined;
  published?: string | null | undefined;
  confidence: SourceConfidence;
};
type PlaceInput = { slug: string; nameZh: string; nameEn: string | null };

/**
 * Entries sorted by sortKey, localized. A source or place the caller does not know (the database
 * lost a place since the file was reviewed) is left out rather than shown as a broken link.
 */
export function resolveTimeline(
  entries: readonly TimelineEntry[],
  sources: readonly SourceInput[],
  places: readonly PlaceInput[],
  lang: Lang,
): TimelineItem[] {
  const sourceByKey = new Map(sources.map((s) => [s.key, s]));
  const placeBySlug = new Map(places.map((p) => [p.slug, p]));
  return [...entries]
    .sort((a, b) => a.sortKey - b.sortKey)
    .map((e) => ({
      id: e.id,
      date: e.date ?? null,
      dateLabel: lang === "en" ? e.dateLabelEn : e.dateLabelZh,
      text: lang === "en" ? e.textEn : e.textZh,
      sources: e.sources.flatMap((key) => {
        const s = sourceByKey.get(key);
        if (!s) return [];
        return [
          {
            key: s.key,
            title: s.title,
            publisher: s.publisher ?? null,
            url: s.url ?? null,
            publisherPageUnknown: s.publisherPageUnknown ?? false,
            published: s.published ?? null,
            confidence: s.confidence,
          },
        ];
      }),
      sourceNote: (lang === "en" ? e.sourceNoteEn : e.sourceNoteZh) ?? null,
      places: (e.places ?? []).flatMap((slug) => {
        const p = placeBySlug.get(slug);
        if (!p) return [];
        return [{ slug, name: localized(lang, p.nameZh, p.nameEn), href: localePath(lang, `/places/${slug}`) }];
      }),
    }));
}
