import "server-only";
import { encodeCompactPlaces } from "@/lib/domain/browse/compact-places";
import type { SearchSyllables } from "@/lib/domain/browse/types";
import { CACHE_TAGS, cachedRead } from "./cache-tags";
import { getPlaceSummaries } from "./places";
import { getSearchSyllables } from "./search-index";
import { getVillages } from "./villages";

// What the map pages send of the places (lib/domain/browse/compact-places.ts): every summary as one
// compact string against the village list, with the pinyin of the names; encoded once per data
// version (cached with the places and villages it comes from), not per request.

export type CompactPlaces = { text: string; villageSyllables: SearchSyllables };

export const getCompactPlaces = cachedRead(
  "compact-places",
  [CACHE_TAGS.places, CACHE_TAGS.villages],
  async (): Promise<CompactPlaces> => {
    const [places, villages, syllables] = await Promise.all([getPlaceSummaries(), getVillages(), getSearchSyllables()]);
    const villageSyllables: Record<string, readonly string[]> = {};
    for (const v of villages) {
      const known = Object.hasOwn(syllables, v.nameZh) ? syllables[v.nameZh] : undefined;
      if (known !== undefined) villageSyllables[v.nameZh] = known;
    }
    return { text: encodeCompactPlaces(places, villages, syllables), villageSyllables };
  },
);
