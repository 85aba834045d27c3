import type { Metadata } from "next";
import { localized } from "@/lib/domain/i18n";
import { pageLang } from "@/lib/server/page-lang";
import { staffPageActor, staffPath } from "@/lib/server/auth/staff-page";
import { getVillagePlaques } from "@/lib/server/staff/homestays";
import { qrDataUrl } from "@/lib/server/plan-qr";
import { homestayMessages } from "@/lib/domain/messages-homestay";
import { SLUG_PATTERN } from "@/lib/domain/slug";
import { HomestayPlaque, PlaqueDocument } from "@/components/staff/homestay-plaque";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string; village: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: homestayMessages(await pageLang(params)).printVillage };
}

// All plaques of a village in one printable document ("on one sheet"): one A5 page per plaque,
// printed in one go. Staff only.
export default async function VillagePlaquesPage({ params }: Props) {
  const lang = await pageLang(params);
  const { village: villageSlug } = await params;
  const safeSlug = SLUG_PATTERN.test(villageSlug) ? villageSlug : "";
  await staffPageActor(lang, staffPath(lang, `/homestays/village/${safeSlug}/plaques`));
  const t = homestayMessages(lang);
  const back = staffPath(lang, "/homestays");
  const sheet = await getVillagePlaques(villageSlug);
  if (!sheet) {
    return (
      <PlaqueDocument lang={lang} backHref={back} title={t.printVillage}>
        <p role="alert">{t.noVillage}</p>
      </PlaqueDocument>
    );
  }
  const villageName = localized(lang, sheet.village.nameZh, sheet.village.nameEn).text;
  const plaques = await Promise.all(sheet.plaques.map(async (p) => ({ ...p, qr: await qrDataUrl(p.url) })));
  return (
    <PlaqueDocument
      lang={lang}
      backHref={back}
      title={t.villageSheetTitle(villageName)}
      note={plaques.length > 0 ? t.villageSheetCount(plaques.length) : undefined}
    >
      {plaques.length > 0 ? plaques.map((p) => <HomestayPlaque key={p.number} plaque={p} />) : <p role="status">{t.villageSheetEmpty}</p>}
    </PlaqueDocument>
  );
}
