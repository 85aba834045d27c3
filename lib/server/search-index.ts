import "server-only";
import { createHash } from "node:crypto";
import { buildSearchIndex } from "@/lib/domain/browse/build-search-index";
import { toBrowsePlace } from "@/lib/domain/browse/to-browse-place";
import type { SearchIndex } from "@/lib/domain/browse/types";
import type { Place } from "@/lib/domain/place";

// Building the index derives pinyin for every name (≈5 ms for the guide's places), so it is built
// once and rebuilt only when the places' searchable content changes (staff edits).
let cached: { key: string; index: SearchIndex } | null = null;

export function getSearchIndex(places: readonly Place[]): SearchIndex {
  const browse = places.map(toBrowsePlace);
  const key = createHash("sha1").update(JSON.stringify(browse)).digest("hex");
  if (cached?.key !== key) cached = { key, index: buildSearchIndex(browse) };
  return cached.index;
}
