import type { Metadata } from "next";
import { GuidePage } from "@/components/guide-page";
import { pageMessages } from "@/lib/domain/messages-page";
import { pageMetadata } from "@/lib/domain/place-metadata";
import { getSiteUrl } from "@/lib/server/config";
import { pageLang } from "@/lib/server/page-lang";

// Data is edited by township staff, so pages read the database on each request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const lang = await pageLang(params);
  const t = pageMessages(lang);
  return {
    ...pageMetadata({ lang, siteUrl: getSiteUrl(), path: "/", title: t.siteTitle, description: t.siteDescription }),
    title: { absolute: t.siteTitle },
  };
}

export default async function HomePage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  return <GuidePage lang={lang} selected={null} searchParams={await searchParams} />;
}
