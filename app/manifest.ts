import type { MetadataRoute } from "next";
import { pageMessages } from "@/lib/domain/messages-page";

// /manifest.webmanifest: the guide installs as an app (Chinese name; the English pages are under
// /en). Icons are PNGs rendered from app/icon.svg by scripts/render-icons.ts, committed.
export default function manifest(): MetadataRoute.Manifest {
  const t = pageMessages("zh");
  return {
    id: "/",
    name: t.siteTitle,
    short_name: t.siteShort,
    description: t.siteDescription,
    lang: "zh-CN",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: "#7a1f1f",
    background_color: "#ffffff",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
