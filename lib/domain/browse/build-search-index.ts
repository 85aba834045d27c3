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
/**
 * What an index built a part at a time (components/search-code.ts) keeps between its parts: one list of
 * names per village and of labels per kind, shared by its places (with 10,000 places in 250
 * villages, a good part of the work and of the memory). A place's own texts are normalized as they
 * come: looking each up in a map of those already done cost more than normalizing it again.
 */
export type SearchIndexMemo = {
  villageNames: Map<string, readonly SearchName[]>;
  labels: Map<string, readonly string[]>;
};

export const searchIndexMemo = (): SearchIndexMemo => ({ villageNames: new Map(), labels: new Map() });

export function buildSearchIndex(places: readonly BrowsePlace[], syllables: SearchSyllables, memo: SearchIndexMemo = searchIndexMemo()): SearchIndex {
  const compact = (text: string | null): string => (text === null ? "" : compactText(text));
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
  const villageNames = (place: BrowsePlace): readonly SearchName[] => {
    // a village's names come with each of its places: keyed by the village (or the names, without one)
    const key = place.villageSlug ?? `\u0000${place.villageNameZh ?? ""}\u0000${place.villageNameEn ?? ""}\u0000${place.villagePinyin ?? ""}`;
    let names = memo.villageNames.get(key);
    if (names === undefined) {
      names = [chineseName(place.villageNameZh), plainName(place.villageNameEn), plainName(place.villagePinyin)].filter(present);
      memo.villageNames.set(key, names);
    }
    return names;
  };
  const labels = (place: BrowsePlace): readonly string[] => {
    const key = `${place.kind}${place.red ? "+red" : ""}`;
    let texts = memo.labels.get(key);
    if (texts === undefined) {
      const info = KIND_INFO[place.kind];
      texts = [info.zh, info.en, ...(place.red ? [KIND_INFO.red.zh, KIND_INFO.red.en] : [])].map(compact).filter((text) => text !== "");
      memo.labels.set(key, texts);
    }
    return texts;
  };

  return {
    entries: places.map((place) => ({
      slug: place.slug,
      names: [chineseName(place.nameZh), plainName(place.nameEn), plainName(place.pinyin)].filter(present),
      villageNames: villageNames(place),
      texts: [...[place.summaryZh, place.summaryEn].map(compact).filter((text) => text !== ""), ...labels(place)],
    })),
  };
}
