import type { Metadata } from "next";
import { staffPlaceMessages } from "@/lib/domain/messages-staff-places";
import type { PlaceValues } from "@/lib/domain/staff/place-form";
import { pageLang } from "@/lib/server/page-lang";
import { getBasemaps } from "@/lib/server/config";
import { staffPageActor, staffPath } from "@/lib/server/auth/staff-page";
import { getEditOptions } from "@/lib/server/staff/places";
import { StaffHeader } from "@/components/staff/staff-header";
import { PlaceEditForm } from "@/components/staff/place-edit-form";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: staffPlaceMessages(await pageLang(params)).newTitle };
}

/** A new place starts with no known spot (township precision) and an unknown status. */
const BLANK: PlaceValues = {
  nameZh: "",
  nameEn: null,
  pinyin: "",
  kind: "lodging",
  red: false,
  village: null,
  status: "unknown",
  statusYear: null,
  statusNoteZh: null,
  statusNoteEn: null,
  summaryZh: "",
  summaryEn: null,
  descriptionZh: "",
  descriptionEn: null,
  openingHours: null,
  visitMinutes: null,
  visitMinutesEstimated: true,
  visitWindow: "any",
  studyNoteZh: null,
  studyNoteEn: null,
  lat: null,
  lng: null,
  precision: "township",
  radiusM: 5000,
  locationNoteZh: "",
  locationNoteEn: null,
  locationSource: null,
  statusSource: null,
  citations: "[]",
};

/** /staff/places/new: create a place (a homestay gets its register number when created). */
export default async function NewPlacePage({ params }: Props) {
  const lang = await pageLang(params);
  const actor = await staffPageActor(lang, staffPath(lang, "/places/new"));
  const options = await getEditOptions();
  const t = staffPlaceMessages(lang);
  return (
    <>
      <StaffHeader lang={lang} actor={actor} />
      <main className="staff-main">
        <h1>{t.newTitle}</h1>
        <PlaceEditForm
          lang={lang}
          slug={null}
          version={0}
          values={BLANK}
          options={options}
          basemaps={getBasemaps()}
          actorName={actor.name}
          correction={null}
          editPathBase={staffPath(lang, "/places/")}
        />
      </main>
    </>
  );
}
