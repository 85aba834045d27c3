import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { htmlLang, isLang } from "@/lib/domain/i18n";
import { pageMessages } from "@/lib/domain/messages-page";
import { OfflineSupport } from "@/components/offline/offline-support";
import { getBasemaps, getSiteUrl } from "@/lib/server/config";
import { basemapTemplates } from "@/lib/domain/map/basemap";
import "../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  const t = pageMessages(isLang(lang) ? lang : "zh");
  // metadataBase: the address Next puts before generated metadata images (opengraph-image.tsx), from
  // SITE_URL, never from the request's Host.
  return { metadataBase: new URL(getSiteUrl()), title: { default: t.siteTitle, template: `%s · ${t.siteShort}` }, description: t.siteDescription };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#7a1f1f" };

export default async function RootLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return (
    <html lang={htmlLang(lang)}>
      <body>
        {children}
        <OfflineSupport lang={lang} tileTemplates={basemapTemplates(getBasemaps())} />
      </body>
    </html>
  );
}
