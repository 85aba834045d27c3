import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/domain/place-metadata";
import { getSiteUrl } from "@/lib/server/config";

// /robots.txt: everything may be crawled except the JSON API; points to the sitemap.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: "/api/" },
    sitemap: absoluteUrl(getSiteUrl(), "/sitemap.xml"),
  };
}
