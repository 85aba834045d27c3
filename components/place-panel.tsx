"use client";
import { useEffect, useRef } from "react";
import { localized, type Lang } from "@/lib/domain/i18n";
import { KIND_INFO, PRECISION_INFO, STATUS_INFO } from "@/lib/domain/place-kinds";
import { VisitWindowText } from "./visit-window-text";
import type { Place, PlaceSummary } from "@/lib/domain/place";
import type { KnownSpot } from "@/lib/domain/known-spot";
import { messages } from "@/lib/domain/messages";
import { placeMessages } from "@/lib/domain/messages-place";
import { Untranslated } from "./untranslated";
import { SourceCitation } from "./source-citation";
import { RetryAlert } from "./retry-alert";
import { SuggestCorrection } from "./corrections/suggest-correction";
import type { PlaceDetail } from "./use-place-detail";

// The detail panel of one place. Focus moves to its heading when it opens; Escape closes it. What the
// summary holds (names, kind, village, status, hours, location precision) shows at once; the full
// detail (description, notes, sources) comes with the place page or is fetched when the panel opens.
export function PlacePanel({
  lang,
  place,
  spot,
  detail,
  onRetry,
  onClose,
  children,
}: {
  lang: Lang;
  place: PlaceSummary;
  /** Where it is drawn (known-spot.ts); null: no known spot. */
  spot: KnownSpot | null;
  detail: PlaceDetail;
  onRetry: () => void;
  onClose: () => void;
  children?: React.ReactNode;
}) {
  const t = messages(lang);
  const tp = placeMessages(lang);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [place.slug]);

  const name = localized(lang, place.nameZh, place.nameEn);
  const full = detail.status === "ready" ? detail.place : null;
  const statusNote = full?.statusNoteZh ? localized(lang, full.statusNoteZh, full.statusNoteEn) : null;
  const radiusKm = (place.location.radiusM / 1000).toLocaleString(lang === "en" ? "en" : "zh-CN", { maximumFractionDigits: 1 });

  return (
    <aside
      className="place-panel"
      aria-labelledby="place-panel-heading"
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <div className="place-panel__top">
        <button type="button" className="button-close" onClick={onClose} aria-label={t.closePanel}>
          ×
        </button>
      </div>
      <h2 id="place-panel-heading" ref={headingRef} tabIndex={-1}>
        {name.text}
        {name.untranslated ? <Untranslated lang={lang} /> : null}
      </h2>
      <p className="place-panel__names">
        <span lang="zh-CN">{place.nameZh}</span> · <span lang="zh-Latn-pinyin">{place.pinyin}</span>
        {place.nameEn && lang === "zh" ? (
          <>
            {" "}
            · <span lang="en">{place.nameEn}</span>
          </>
        ) : null}
      </p>
      <dl className="facts">
        <dt>{t.kind}</dt>
        <dd>
          <span className={`kind-badge kind-${place.kind}`} aria-hidden="true">
            {KIND_INFO[place.kind].glyph}
          </span>{" "}
          {KIND_INFO[place.kind][lang]}
        </dd>
        <dt>{t.village}</dt>
        <dd>{place.village ? localized(lang, place.village.nameZh, place.village.nameEn).text : tp.villageUnknown}</dd>
        <dt>{t.status}</dt>
        <dd>
          {STATUS_INFO[place.status][lang]}
          {place.statusYear ? tp.statusAsOf(place.statusYear) : ""}
          {statusNote ? <span className="facts__note">{statusNote.text}</span> : null}
        </dd>
        <dt>{tp.openingHours}</dt>
        <dd>{place.openingHours ?? <span className="unknown">{tp.unknownFact}</span>}</dd>
        <dt>{tp.visitWindow}</dt>
        <dd>
          <VisitWindowText lang={lang} window={place.visitWindow} />
        </dd>
        {full?.homestayNumber ? (
          <>
            <dt>{tp.homestayNumber}</dt>
            <dd className="homestay-number">{full.homestayNumber}</dd>
          </>
        ) : null}
        {place.visitMinutes ? (
          <>
            <dt>{tp.visitDuration}</dt>
            <dd>{tp.visitLength(place.visitMinutes, place.visitMinutesEstimated)}</dd>
          </>
        ) : null}
      </dl>
      {children}
      <h3>{tp.description}</h3>
      {full ? (
        <Description lang={lang} place={full} />
      ) : detail.status === "error" ? (
        <RetryAlert message={tp.detailFailed} retryLabel={t.retry} onRetry={onRetry} />
      ) : (
        <p className="muted" role="status">
          {tp.detailLoading}
        </p>
      )}
      <h3>{t.location}</h3>
      <p className={`precision precision-${place.location.precision}`}>
        <strong>{PRECISION_INFO[place.location.precision][lang]}</strong>
        {spot !== null && place.location.precision !== "exact" ? ` · ${tp.withinRadius(radiusKm)}` : ""}
      </p>
      {spot === null ? (
        <p className="warning" data-spot="unknown">
          {tp.spotUnknown}
        </p>
      ) : spot.basis === "village" && place.village ? (
        <p className="warning" data-spot="village">
          {tp.spotVillage(localized(lang, place.village.nameZh, place.village.nameEn).text)}
        </p>
      ) : null}
      {full ? <LocationNote lang={lang} place={full} /> : null}
      {spot !== null ? (
        <p className="muted">
          {tp.coordinates}: {spot.point.lat.toFixed(4)}, {spot.point.lng.toFixed(4)}
          {place.location.precision !== "exact" ? ` (${PRECISION_INFO[place.location.precision][lang]})` : ""}
        </p>
      ) : (
        // The place for the visitors' correction form ("报告问题 / Suggest a correction", issue 9):
        // a place without a known spot invites one here.
        <p className="correction-invite" data-correction-slot>
          {tp.spotInvite}
        </p>
      )}
      {full ? (
        <>
          <h3>{tp.sources}</h3>
          <ol className="sources">
            {full.sources.map((s) => (
              <li key={s.key}>
                <SourceCitation lang={lang} source={s} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <SuggestCorrection key={place.slug} lang={lang} slug={place.slug} name={name.text} />
    </aside>
  );
}

function Description({ lang, place }: { lang: Lang; place: Place }) {
  const t = placeMessages(lang);
  const description = localized(lang, place.descriptionZh, place.descriptionEn);
  const study = place.studyNoteZh ? localized(lang, place.studyNoteZh, place.studyNoteEn) : null;
  return (
    <>
      <p className="place-panel__description">
        {description.text}
        {description.untranslated ? <Untranslated lang={lang} /> : null}
      </p>
      {study ? (
        <>
          <h3>{t.studyNote}</h3>
          <p>{study.text}</p>
        </>
      ) : null}
    </>
  );
}

function LocationNote({ lang, place }: { lang: Lang; place: Place }) {
  const note = localized(lang, place.location.noteZh, place.location.noteEn);
  return (
    <p>
      {note.text}
      {note.untranslated ? <Untranslated lang={lang} /> : null}
    </p>
  );
}
