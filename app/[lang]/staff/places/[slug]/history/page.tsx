import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { staffPlaceMessages } from "@/lib/domain/messages-staff-places";
import { pageLang } from "@/lib/server/page-lang";
import { staffPageActor, staffPath } from "@/lib/server/auth/staff-page";
import { getPlaceHistory } from "@/lib/server/staff/places";
import { StaffHeader } from "@/components/staff/staff-header";
import { RevisionList } from "@/components/staff/revision-list";

type Props = { params: Promise<{ lang: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: staffPlaceMessages(await pageLang(params)).historyTitle(slug) };
}

/** /staff/places/[slug]/history: every revision, with a Restore button per revision. */
export default async function PlaceHistoryPage({ params }: Props) {
  const lang = await pageLang(params);
  const { slug } = await params;
  const actor = await staffPageActor(lang, staffPath(lang, `/places/${encodeURIComponent(slug)}/history`));
  const history = await getPlaceHistory(slug);
  if (!history) notFound();
  const t = staffPlaceMessages(lang);
  const name = lang === "en" && history.nameEn ? history.nameEn : history.nameZh;
  return (
    <>
      <StaffHeader lang={lang} actor={actor} />
      <main className="staff-main">
        <h1>{t.historyTitle(name)}</h1>
        <p>
          <a href={staffPath(lang, `/places/${history.slug}`)}>{t.editTitle(name)}</a>
        </p>
        {history.archived ? <p role="note">{t.archivedNote}</p> : null}
        <p className="staff-field__hint">{t.restoreHelp}</p>
        <RevisionList lang={lang} slug={history.slug} version={history.version} revisions={history.revisions} />
      </main>
    </>
  );
}
