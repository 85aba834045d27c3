"use client";
import type { Lang } from "@/lib/domain/i18n";
import { staffPlaceMessages } from "@/lib/domain/messages-staff-places";
import { SOURCE_CONFIDENCES } from "@/lib/domain/place-kinds";
import { placeMessages } from "@/lib/domain/messages-place";
import type { EditOptions } from "@/lib/domain/staff/place-edit-dto";
import { describedBy, Field } from "./field";

export type SourceState = {
  type: "none" | "existing" | "publication" | "survey";
  key: string;
  title: string;
  publisher: string;
  url: string;
  /** seen only in a republished copy: no URL is kept */
  publisherPageUnknown: boolean;
  published: string;
  confidence: string;
  surveyedOn: string;
};

export function emptySource(today: string): SourceState {
  return { type: "none", key: "", title: "", publisher: "", url: "", publisherPageUnknown: false, published: "", confidence: "medium", surveyedOn: today };
}

/** The source part of the request body (undefined when none is named). */
export function sourcePayload(s: SourceState): object | undefined {
  if (s.type === "existing") return { type: "existing", key: s.key };
  if (s.type === "publication") {
    const url = s.publisherPageUnknown ? "" : s.url;
    return { type: "publication", title: s.title, publisher: s.publisher, url, publisherPageUnknown: s.publisherPageUnknown, published: s.published, confidence: s.confidence };
  }
  if (s.type === "survey") return { type: "survey", surveyedOn: s.surveyedOn };
  return undefined;
}

type Props = {
  lang: Lang;
  source: SourceState;
  setSource: (s: SourceState) => void;
  required: boolean;
  errors: Record<string, string>;
  options: EditOptions;
  actorName: string;
};

/** Which source a change of location or status names: none, existing, a publication or a survey. */
export function SourceFields({ lang, source, setSource, required, errors, options, actorName }: Props) {
  const t = staffPlaceMessages(lang);
  const { confidenceLevels } = placeMessages(lang);
  const set = (patch: Partial<SourceState>) => setSource({ ...source, ...patch });
  const text = (field: "title" | "publisher" | "url" | "published", label: string, type = "text") => {
    const id = `source-${field}`;
    const error = errors[`source.${field}`];
    return (
      <Field id={id} label={label} error={error}>
        <input id={id} type={type} value={source[field]} onChange={(e) => set({ [field]: e.target.value })} {...describedBy(id, error)} />
      </Field>
    );
  };
  return (
    <fieldset>
      <legend>{t.sectionSource}</legend>
      {required ? <p className="staff-field__hint">{t.sourceRequired}</p> : null}
      {errors.source || errors["source.type"] ? <p role="alert" className="staff-field__error">{errors.source ?? errors["source.type"]}</p> : null}
      <div role="radiogroup" aria-label={t.sourceType}>
        {(["none", "existing", "publication", "survey"] as const).map((type) => (
          <div key={type} className="staff-check">
            <input id={`source-type-${type}`} type="radio" name="source-type" checked={source.type === type} onChange={() => set({ type })} />
            <label htmlFor={`source-type-${type}`}>{type === "none" ? t.sourceNone : t.sourceTypes[type]}</label>
          </div>
        ))}
      </div>
      {source.type === "existing" ? (
        <Field id="source-key" label={t.sourceKey} error={errors["source.key"]}>
          <select id="source-key" value={source.key} onChange={(e) => set({ key: e.target.value })} {...describedBy("source-key", errors["source.key"])}>
            <option value="" />
            {options.sources.map((s) => (
              <option key={s.key} value={s.key}>
                {s.publisherPageUnknown ? `${s.title} · ${t.publisherPageUnknown}` : s.title}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {source.type === "publication" ? (
        <>
          {text("title", t.sourceTitle)}
          {text("publisher", t.sourcePublisher)}
          <div className="staff-check">
            <input
              id="source-publisherPageUnknown"
              type="checkbox"
              checked={source.publisherPageUnknown}
              onChange={(e) => set({ publisherPageUnknown: e.target.checked })}
              aria-describedby="source-publisherPageUnknown-help"
            />
            <label htmlFor="source-publisherPageUnknown">{t.sourcePageUnknown}</label>
          </div>
          <p className="staff-field__hint" id="source-publisherPageUnknown-help">
            {t.sourcePageUnknownHelp}
          </p>
          {source.publisherPageUnknown ? null : text("url", t.sourceUrl, "url")}
          {source.publisherPageUnknown && errors["source.url"] ? (
            <p role="alert" className="staff-field__error">
              {errors["source.url"]}
            </p>
          ) : null}
          {text("published", t.sourcePublished, "date")}
          <Field id="source-confidence" label={t.sourceConfidence}>
            <select id="source-confidence" value={source.confidence} onChange={(e) => set({ confidence: e.target.value })}>
              {SOURCE_CONFIDENCES.map((c) => (
                <option key={c} value={c}>
                  {confidenceLevels[c]}
                </option>
              ))}
            </select>
          </Field>
        </>
      ) : null}
      {source.type === "survey" ? (
        <>
          <p>{t.surveyBy(actorName)}</p>
          <Field id="source-surveyedOn" label={t.surveyedOn} error={errors["source.surveyedOn"]}>
            <input id="source-surveyedOn" type="date" value={source.surveyedOn} onChange={(e) => set({ surveyedOn: e.target.value })} {...describedBy("source-surveyedOn", errors["source.surveyedOn"])} />
          </Field>
        </>
      ) : null}
    </fieldset>
  );
}
