import "server-only";
import { encodeCompactPlaces } from "@/lib/domain/browse/compact-places";
import { pinyinSyllables } from "@/lib/domain/browse/pinyin-syllables";
import { searchSyllables } from "@/lib/domain/browse/search-syllables";
import { toBrowsePlace } from "@/lib/domain/browse/to-browse-place";
import type { SearchSyllables } from "@/lib/domain/browse/types";
import { toPlaceSummary } from "@/lib/domain/place";
import { CACHE_TAGS, cachedRead } from "./cache-tags";
import { forEachPlacesChunk, getPlacesChunk } from "./places";
import { getVillages } from "./villages";

// What the map pages send of the places (lib/domain/browse/compact-places.ts): every summary as one
// compact string against the village list, with the pinyin of the names. Encoded once per data
// version and chunk of places (cached with the places and villages it comes from; chunks keep each
// cache entry under Next's 2 MB), not per request.

export type CompactPlaces = { text: string; villageSyllables: SearchSyllables; /** how many places `text` holds */ count: number };

const loadCompactChunk = cachedRead("compact-places-chunk", [CACHE_TAGS.places, CACHE_TAGS.villages], async (index: string): Promise<string> => {
  const [places, villages] = await Promise.all([getPlacesChunk(index), getVillages()]);
  return encodeCompactPlaces(places.map(toPlaceSummary), villages, searchSyllables(places.map(toBrowsePlace)));
});

const loadVillageSyllables = cachedRead("village-syllables", [CACHE_TAGS.villages], async (): Promise<SearchSyllables> => {
  const syllables: Record<string, readonly string[]> = {};
  for (const v of await getVillages()) syllables[v.nameZh] = pinyinSyllables(v.nameZh);
  return syllables;
});

export async function getCompactPlaces(): Promise<CompactPlaces> {
  const [chunks, villageSyllables] = await Promise.all([forEachPlacesChunk(loadCompactChunk), loadVillageSyllables()]);
  const nonEmpty = chunks.filter((c) => c !== "");
  const count = nonEmpty.reduce((n, chunk) => n + 1 + countLineBreaks(chunk), 0);
  return { text: nonEmpty.join("\n"), villageSyllables, count };
}

/** Line breaks in a compact string (a place per line; breaks inside values are escaped). */
function countLineBreaks(text: string): number {
  let n = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) n += 1;
  return n;
}
