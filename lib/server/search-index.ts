import "server-only";
import { searchSyllables } from "@/lib/domain/browse/search-syllables";
import { toBrowsePlace } from "@/lib/domain/browse/to-browse-place";
import type { SearchSyllables } from "@/lib/domain/browse/types";
import { CACHE_TAGS, cachedRead } from "./cache-tags";
import { getPlaces } from "./places";

// Deriving pinyin for every name takes ≈5 ms for the guide's places, so it is cached across
// requests with the places it comes from (Next's data cache, lib/server/cache-tags.ts) and derived
// again only after a write. The browser builds the rest of the search index itself
// (buildSearchIndex) from the summaries the page already sends.

/** Pinyin syllables of every place's and village's Chinese name. */
export const getSearchSyllables = cachedRead(
  "search-syllables",
  [CACHE_TAGS.places, CACHE_TAGS.villages],
  async (): Promise<SearchSyllables> => searchSyllables((await getPlaces()).map(toBrowsePlace)),
);
