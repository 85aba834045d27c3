import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/domain/place-metadata";
import { getSiteUrl } from "@/lib/server/config";

// /robots.txt: everything may be crawled except the JSON API and the staff area; points to the sitemap.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/staff", "/en/staff"] },
    sitemap: absoluteUrl(getSiteUrl(), "/sitemap.xml"),
  };
}
