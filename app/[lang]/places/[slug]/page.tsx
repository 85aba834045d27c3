import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuidePage } from "@/components/guide-page";
import { SelectedPlaceWithPage } from "@/components/selected-place";
import { JsonLd } from "@/components/json-ld";
import { localePath } from "@/lib/domain/i18n";
import { placeJsonLd } from "@/lib/domain/place-json-ld";
import { absoluteUrl, placeMetadata } from "@/lib/domain/place-metadata";
import { getSiteUrl } from "@/lib/server/config";
import { getPlace } from "@/lib/server/places";
import { pageLang } from "@/lib/server/page-lang";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ lang: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lang = await pageLang(params);
  const place = await getPlace(slug);
  if (!place) return {};
  return placeMetadata(place, { lang, siteUrl: getSiteUrl() });
}

export default async function PlacePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const lang = await pageLang(params);
  const place = await getPlace(slug);
  if (!place) notFound();
  const url = absoluteUrl(getSiteUrl(), localePath(lang, `/places/${place.slug}`));
  return (
    <>
      <JsonLd data={placeJsonLd(place, { url, lang })} />
      {/* the panel's code comes with the page (the home page loads it when a place is opened) */}
      <SelectedPlaceWithPage />
      <GuidePage lang={lang} selected={place} searchParams={await searchParams} />
    </>
  );
}
