import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { PlaceCard } from "@/components/share/place-card";
import { isLang, localized } from "@/lib/domain/i18n";
import { pageMessages } from "@/lib/domain/messages-page";
import { shareMessages } from "@/lib/domain/messages-share";
import { SHARE_CARD } from "@/lib/domain/share/share-card-size";
import { getSiteUrl } from "@/lib/server/config";
import { getPlace } from "@/lib/server/places";
import { shareFonts } from "@/lib/server/share-font";

// The Open Graph card of a place page (Next adds og:image to the page's metadata, absolute from the
// layout's metadataBase, which is SITE_URL).

export const dynamic = "force-dynamic";

type Params = { lang: string; slug: string };

export async function generateImageMetadata({ params }: { params: Params | Promise<Params> }) {
  const { lang: raw, slug } = await params;
  const lang = isLang(raw) ? raw : "zh";
  const place = await getPlace(slug);
  const name = place ? localized(lang, place.nameZh, place.nameEn).text : slug;
  return [{ id: "card", alt: shareMessages(lang).placeImageAlt(name), size: SHARE_CARD, contentType: "image/png" }];
}

export default async function PlaceImage({ params }: { params: Promise<Params> }) {
  const { lang, slug } = await params;
  if (!isLang(lang)) notFound();
  const place = await getPlace(slug);
  if (!place) notFound();
  return new ImageResponse(<PlaceCard lang={lang} place={place} footer={pageMessages(lang).siteShort} host={new URL(getSiteUrl()).host} />, {
    ...SHARE_CARD,
    fonts: await shareFonts(),
  });
}
