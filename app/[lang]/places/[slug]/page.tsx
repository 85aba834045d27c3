import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuideShell } from "@/components/guide-shell";
import { SiteHeader } from "@/components/site-header";
import { localized } from "@/lib/domain/i18n";
import { getPlace, getPlaces } from "@/lib/server/places";
import { getTileConfig } from "@/lib/server/config";
import { pageLang } from "@/lib/server/page-lang";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lang = await pageLang(params);
  const place = await getPlace(slug);
  if (!place) return {};
  return {
    title: localized(lang, place.nameZh, place.nameEn).text,
    description: localized(lang, place.summaryZh, place.summaryEn).text,
  };
}

export default async function PlacePage({ params }: Props) {
  const { slug } = await params;
  const lang = await pageLang(params);
  const place = await getPlace(slug);
  if (!place) notFound();
  const places = await getPlaces();
  return (
    <>
      <SiteHeader lang={lang} path={`/places/${place.slug}`} />
      <main>
        <GuideShell lang={lang} places={places} tiles={getTileConfig()} initialSlug={place.slug} />
      </main>
    </>
  );
}
