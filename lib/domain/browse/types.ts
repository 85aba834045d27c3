// Shared types of the browsing domain (search, nearest places, navigation links, map view state).
// Positions are not part of browsing: where a place can be drawn is lib/domain/known-spot.ts.
import type { PlaceKind, PlaceStatus } from "../place-kinds";

/** A place as the browsing UI sees it: names, village, status and summaries (no point: see known-spot.ts). */
export type BrowsePlace = {
  slug: string;
  kind: PlaceKind;
  red: boolean;
  nameZh: string;
  nameEn: string | null;
  /** Hanyu Pinyin with tone marks, words separated by spaces, e.g. "Yuán Rènyuǎn Gùjū". */
  pinyin: string;
  villageSlug: string | null;
  villageNameZh: string | null;
  villageNameEn: string | null;
  villagePinyin: string | null;
  status: PlaceStatus;
  summaryZh: string;
  summaryEn: string | null;
};

/**
 * One searchable name (a place name or a village name), normalized once when the index is built.
 * `text` is the compact form (see normalizeSearchText: NFKC, no tone marks, lower case, letters and
 * digits only). `syllables` (names written in Chinese only) is the pinyin of the name, one entry a
 * character, so queries can be full pinyin, initials or a mix ("zhumugang", "zmg", "zhumg").
 */
export type SearchName = { text: string; syllables?: readonly string[] };

export type SearchEntry = {
  slug: string;
  names: readonly SearchName[];
  villageNames: readonly SearchName[];
  /** Compact normalized summaries (both languages). Descriptions are not searched (README, Search). */
  texts: readonly string[];
};

/**
 * The pinyin syllables of the Chinese names (places' and villages'), keyed by the name as written:
 * the one part of the index that needs pinyin-pro's dictionary, so the server derives it and the
 * browser builds the rest of the index from the summaries it already has.
 */
export type SearchSyllables = Readonly<Record<string, readonly string[]>>;

/** Precomputed search haystacks, in the order of the places given. Plain data (JSON-serializable). */
export type SearchIndex = { entries: readonly SearchEntry[] };
