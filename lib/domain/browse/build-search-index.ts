// Precomputes the normalized haystacks of every place once, so each keystroke only compares strings.
// Kept apart from searchPlaces so client code can search a prebuilt (serialized) index without
// loading pinyin-pro's dictionary.
import { normalizeSearchText } from "./normalize-search-text";
import { pinyinSyllables } from "./pinyin-syllables";
import type { BrowsePlace, SearchIndex, SearchName } from "./types";

function compact(text: string | null): string {
  return text === null ? "" : normalizeSearchText(text).replace(/ /g, "");
}

/**
 * Builds the index in the order of `places` (that order breaks ties between equally good matches).
 * Per place: names = Chinese name (with pinyin syllables from pinyin-pro), English name and the
 * given pinyin; village names likewise; texts = summaries and descriptions in both languages.
 */
export function buildSearchIndex(places: readonly BrowsePlace[]): SearchIndex {
  const syllableCache = new Map<string, readonly string[]>();
  const chineseName = (text: string | null): SearchName | null => {
    const normalized = compact(text);
    if (text === null || normalized === "") return null;
    let syllables = syllableCache.get(text);
    if (syllables === undefined) {
      syllables = pinyinSyllables(text);
      syllableCache.set(text, syllables);
    }
    return { text: normalized, syllables };
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
      texts: [place.summaryZh, place.summaryEn, place.descriptionZh, place.descriptionEn]
        .map(compact)
        .filter((text) => text !== ""),
    })),
  };
}
