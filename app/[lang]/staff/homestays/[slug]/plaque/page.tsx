import type { Metadata } from "next";
import { pageLang } from "@/lib/server/page-lang";
import { staffPageActor, staffPath } from "@/lib/server/auth/staff-page";
import { getPlaque } from "@/lib/server/staff/homestays";
import { qrDataUrl } from "@/lib/server/plan-qr";
import { homestayMessages } from "@/lib/domain/messages-homestay";
import { SLUG_PATTERN } from "@/lib/domain/slug";
import { HomestayPlaque, PlaqueDocument } from "@/components/staff/homestay-plaque";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: homestayMessages(await pageLang(params)).plaque };
}

// One homestay's plaque, A5, one page (components/staff/plaque.module.css). Staff only: the page
// redirects to sign-in, and getPlaque checks the session itself.
export default async function PlaquePage({ params }: Props) {
  const lang = await pageLang(params);
  const { slug } = await params;
  const safeSlug = SLUG_PATTERN.test(slug) ? slug : "";
  await staffPageActor(lang, staffPath(lang, `/homestays/${safeSlug}/plaque`));
  const t = homestayMessages(lang);
  const back = staffPath(lang, "/homestays");
  const plaque = await getPlaque(slug);
  if (!plaque) {
    return (
      <PlaqueDocument lang={lang} backHref={back} title={t.plaque}>
        <p role="alert">{t.noPlaque}</p>
      </PlaqueDocument>
    );
  }
  return (
    <PlaqueDocument lang={lang} backHref={back} title={t.plaqueTitle(plaque.number)}>
      <HomestayPlaque plaque={{ ...plaque, qr: await qrDataUrl(plaque.url) }} />
    </PlaqueDocument>
  );
}
