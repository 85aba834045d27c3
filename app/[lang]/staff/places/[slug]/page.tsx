import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { localePath } from "@/lib/domain/i18n";
import { staffPlaceMessages } from "@/lib/domain/messages-staff-places";
import { pageLang } from "@/lib/server/page-lang";
import { getBasemaps } from "@/lib/server/config";
import { staffPageActor, staffPath } from "@/lib/server/auth/staff-page";
import { getEditOptions, getPlaceForEdit } from "@/lib/server/staff/places";
import { StaffHeader } from "@/components/staff/staff-header";
import { PlaceEditForm } from "@/components/staff/place-edit-form";
import { ArchiveButton } from "@/components/staff/archive-button";

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: staffPlaceMessages(await pageLang(params)).editTitle(slug) };
}

/** /staff/places/[slug]: the edit form (prefilled from ?correction=<id> when a correction is accepted). */
export default async function EditPlacePage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const { slug } = await params;
  const { correction } = await searchParams;
  const here = staffPath(lang, `/places/${encodeURIComponent(slug)}`);
  const actor = await staffPageActor(lang, typeof correction === "string" ? `${here}?correction=${encodeURIComponent(correction)}` : here);
  const place = await getPlaceForEdit(slug, typeof correction === "string" ? correction : undefined);
  if (!place) notFound();
  const options = await getEditOptions();
  const t = staffPlaceMessages(lang);
  const name = lang === "en" && place.values.nameEn ? place.values.nameEn : place.values.nameZh;
  return (
    <>
      <StaffHeader lang={lang} actor={actor} />
      <main className="staff-main">
        <h1>{t.editTitle(name)}</h1>
        <nav className="staff-links">
          <a href={staffPath(lang, `/places/${place.slug}/history`)}>{t.history}</a>
          {place.archived ? null : <a href={localePath(lang, `/places/${place.slug}`)}>{t.viewPublic}</a>}
        </nav>
        {place.archived ? <p role="note">{t.archivedNote}</p> : null}
        {place.homestayNumber ? <p>{t.homestayNumberIssued(place.homestayNumber)}</p> : null}
        <PlaceEditForm
          key={place.version}
          lang={lang}
          slug={place.slug}
          version={place.version}
          values={place.values}
          options={options}
          basemaps={getBasemaps()}
          actorName={actor.name}
          correction={place.correction}
          citations={place.citations}
          editPathBase={staffPath(lang, "/places/")}
        />
        <ArchiveButton lang={lang} slug={place.slug} version={place.version} archived={place.archived} />
      </main>
    </>
  );
}
