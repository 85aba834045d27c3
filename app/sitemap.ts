import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/domain/sitemap-entries";
import { getSiteUrl } from "@/lib/server/config";
import { getPlaces } from "@/lib/server/places";

// /sitemap.xml: home, /red and every place page, in Chinese and English with hreflang alternates.
// Built per request, so places added in the database and SITE_URL set at start-up are included.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const places = await getPlaces();
  return sitemapEntries(
    getSiteUrl(),
    places.map((p) => p.slug),
  );
}
