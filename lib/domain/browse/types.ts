// Shared types of the browsing domain (search, nearest places, navigation links, map view state).
// All coordinates are WGS-84; a position is written GeoJSON-style as [lng, lat].
import type { PlaceKind, PlaceStatus } from "../place-kinds";

/** WGS-84 position in GeoJSON order. */
export type LngLat = readonly [lng: number, lat: number];

/** A place as the browsing UI sees it: names, village, status, texts and its WGS-84 point. */
export type BrowsePlace = {
  slug: string;
  kind: PlaceKind;
  red: boolean;
  nameZh: string;
  nameEn?: string;
  /** Hanyu Pinyin with tone marks, words separated by spaces, e.g. "Yuán Rènyuǎn Gùjū". */
  pinyin: string;
  villageSlug: string | null;
  villageNameZh?: string;
  villageNameEn?: string;
  villagePinyin?: string;
  status: PlaceStatus;
  summaryZh: string;
  summaryEn?: string;
  descriptionZh: string;
  descriptionEn?: string;
  lng: number;
  lat: number;
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
  /** Compact normalized summaries and descriptions (both languages). */
  texts: readonly string[];
};

/** Precomputed search haystacks, in the order of the places given. Plain data (JSON-serializable). */
export type SearchIndex = { entries: readonly SearchEntry[] };
