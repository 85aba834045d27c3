import { localized, type Lang } from "@/lib/domain/i18n";
import { KIND_INFO } from "@/lib/domain/place-kinds";
import type { Place } from "@/lib/domain/place";

/** The name a person sees (and a screen reader hears) for a place, in the current language. */
function placeName(lang: Lang, place: Pick<Place, "nameZh" | "nameEn">) {
  return localized(lang, place.nameZh, place.nameEn);
}

export function markerLabel(lang: Lang, place: Pick<Place, "nameZh" | "nameEn" | "kind">): string {
  const kind = KIND_INFO[place.kind][lang];
  return lang === "en" ? `${placeName(lang, place).text} (${kind})` : `${place.nameZh}（${kind}）`;
}
