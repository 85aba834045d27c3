// The pinyin of every Chinese name a search can match (place and village names), derived once on
// the server with pinyin-pro; buildSearchIndex takes it, so the browser needs no dictionary.
import { pinyinSyllables } from "./pinyin-syllables";
import type { BrowsePlace, SearchSyllables } from "./types";

/** Syllables of each distinct Chinese place and village name, keyed by the name as written. */
export function searchSyllables(places: readonly BrowsePlace[]): SearchSyllables {
  const syllables: Record<string, readonly string[]> = {};
  for (const place of places) {
    for (const name of [place.nameZh, place.villageNameZh]) {
      if (name !== null && name.trim() !== "" && !Object.hasOwn(syllables, name)) syllables[name] = pinyinSyllables(name);
    }
  }
  return syllables;
}
