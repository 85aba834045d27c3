import type { Metadata } from "next";
import PlacePage, { generateMetadata as placeMetadata } from "../../../places/[slug]/page";
import { generateImageMetadata } from "../../../places/[slug]/opengraph-image";
import { isLang, localePath } from "@/lib/domain/i18n";
import { stampPageRender } from "@/lib/server/cache-tags";

// A place page as most visitors open it, with no query: served from Next's page cache like the
// cached home page (see ../../page.tsx for how a request gets here and how edits expire it). Its
// metadata and its body each stamp the page before they read (stampPageRender); the earlier counts.
export const dynamic = "force-static";
export const revalidate = 600;

type Props = { params: Promise<{ lang: string; slug: string }> };

/** The place page's metadata, with its Open Graph card at the public route's address (../../../places/[slug]/opengraph-image.tsx). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await stampPageRender();
  const base = await placeMetadata({ params, searchParams: Promise.resolve({}) });
  const { lang, slug } = await params;
  if (!base.openGraph || !isLang(lang)) return base;
  const images = (await generateImageMetadata({ params })).map((image) => ({
    url: localePath(lang, `/places/${slug}/opengraph-image/${image.id}`),
    width: image.size.width,
    height: image.size.height,
    alt: image.alt,
    type: image.contentType,
  }));
  return { ...base, openGraph: { ...base.openGraph, images }, twitter: { ...base.twitter, card: "summary_large_image", images } };
}

export default async function CachedPlacePage({ params }: Props) {
  await stampPageRender();
  return PlacePage({ params, searchParams: Promise.resolve({}) });
}
