// Precomputes the normalized haystacks of every place once, so each keystroke only compares strings.
// Kept apart from searchPlaces and from pinyin-pro: the browser builds the index from the places'
// summaries and the syllables the server derived (searchSyllables), so it never loads pinyin-pro's
// dictionary, and the page does not send the same names twice.
import { KIND_INFO } from "../place-kinds";
import { normalizeSearchText } from "./normalize-search-text";
import type { BrowsePlace, SearchIndex, SearchName, SearchSyllables } from "./types";

function compactText(text: string): string {
  return normalizeSearchText(text).replace(/ /g, "");
}

/**
 * Builds the index in the order of `places` (that order breaks ties between equally good matches).
 * Per place: names = Chinese name (with its pinyin syllables from `syllables`), English name and
 * the given pinyin; village names likewise; texts = the summaries and the kind's label in both
 * languages, plus "红色旅游 / Red tourism" for every red-tourism place, so "红色" or "red" finds the
 * red sites whatever their kind.
 */
export function buildSearchIndex(places: readonly BrowsePlace[], syllables: SearchSyllables): SearchIndex {
  // Village names and kind labels repeat on every place of a village or kind: each distinct text is
  // normalized once (with 10,000 places, about half the work).
  const seen = new Map<string, string>();
  const compact = (text: string | null): string => {
    if (text === null) return "";
    let normalized = seen.get(text);
    if (normalized === undefined) {
      normalized = compactText(text);
      seen.set(text, normalized);
    }
    return normalized;
  };
  const chineseName = (text: string | null): SearchName | null => {
    const normalized = compact(text);
    if (text === null || normalized === "") return null;
    const known = Object.hasOwn(syllables, text) ? syllables[text] : undefined;
    return known === undefined ? { text: normalized } : { text: normalized, syllables: known };
  };
  const plainName = (text: string | null): SearchName | null => {
    const normalized = compact(text);
    return normalized === "" ? null : { text: normalized };
  };
  const present = <T>(value: T | null): value is T => value !== null;

  return {
    entries: places.map((place) => ({
      slug: place.slug,
      names: [chineseName(place.nameZh), plainName(place.nameEn), plainName(place.pinyin)].filter(present),
      villageNames: [
        chineseName(place.villageNameZh),
        plainName(place.villageNameEn),
        plainName(place.villagePinyin),
      ].filter(present),
      texts: [
        place.summaryZh,
        place.summaryEn,
        KIND_INFO[place.kind].zh,
        KIND_INFO[place.kind].en,
        ...(place.red ? [KIND_INFO.red.zh, KIND_INFO.red.en] : []),
      ]
        .map(compact)
        .filter((text) => text !== ""),
    })),
  };
}
