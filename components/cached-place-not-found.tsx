"use client";
import { useParams } from "next/navigation";
import { isLang, localized } from "@/lib/domain/i18n";
import { PlaceNotFoundMessage } from "./place-not-found";

/** The cached place page's 404: the route's slug looked up among the archived places. */
export function CachedPlaceNotFound({ archived }: { archived: Record<string, { nameZh: string; nameEn: string | null }> }) {
  const params = useParams<{ lang: string; slug: string }>();
  const lang = isLang(params.lang) ? params.lang : "zh";
  const slug = decodeURIComponent(params.slug ?? "");
  const place = Object.hasOwn(archived, slug) ? archived[slug] : undefined;
  return <PlaceNotFoundMessage lang={lang} archivedName={place ? localized(lang, place.nameZh, place.nameEn).text : null} />;
}
