import type { Place } from "../place";
import type { BrowsePlace } from "./types";

/** The browsing view of a Place (what search, filters and nearest places need). */
export function toBrowsePlace(place: Place): BrowsePlace {
  return {
    slug: place.slug,
    kind: place.kind,
    red: place.red,
    nameZh: place.nameZh,
    ...(place.nameEn ? { nameEn: place.nameEn } : {}),
    pinyin: place.pinyin,
    villageSlug: place.village?.slug ?? null,
    ...(place.village
      ? { villageNameZh: place.village.nameZh, villageNameEn: place.village.nameEn, villagePinyin: place.village.pinyin }
      : {}),
    status: place.status,
    summaryZh: place.summaryZh,
    ...(place.summaryEn ? { summaryEn: place.summaryEn } : {}),
    descriptionZh: place.descriptionZh,
    ...(place.descriptionEn ? { descriptionEn: place.descriptionEn } : {}),
    lng: place.location.lng,
    lat: place.location.lat,
  };
}
