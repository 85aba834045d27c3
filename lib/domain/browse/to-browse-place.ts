import type { PlaceSummary } from "../place";
import type { BrowsePlace } from "./types";

/** The browsing view of a Place (what search, filters and nearest places need). */
export function toBrowsePlace(place: PlaceSummary): BrowsePlace {
  return {
    slug: place.slug,
    kind: place.kind,
    red: place.red,
    nameZh: place.nameZh,
    nameEn: place.nameEn,
    pinyin: place.pinyin,
    villageSlug: place.village?.slug ?? null,
    villageNameZh: place.village?.nameZh ?? null,
    villageNameEn: place.village?.nameEn ?? null,
    villagePinyin: place.village?.pinyin ?? null,
    status: place.status,
    summaryZh: place.summaryZh,
    summaryEn: place.summaryEn,
  };
}
