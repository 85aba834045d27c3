"use client";
import type { Lang } from "@/lib/domain/i18n";
import { staffPlaceMessages } from "@/lib/domain/messages-staff-places";
import { KIND_INFO, PLACE_KINDS, PLACE_STATUSES, STATUS_INFO } from "@/lib/domain/place-kinds";
import type { FormState } from "@/lib/domain/staff/form-state";
import type { PlaceFormField } from "@/lib/domain/staff/place-form";
import { VISIT_WINDOWS } from "@/lib/domain/staff/place-form";
import type { EditOptions } from "@/lib/domain/staff/place-edit-dto";
import { describedBy, Field } from "./field";

type Props = {
  lang: Lang;
  state: FormState;
  errors: Record<string, string>;
  options: EditOptions;
  set: (field: PlaceFormField, value: string | boolean) => void;
  onSuggestPinyin: () => void;
  pinyinNote: string | null;
};

const LONG: PlaceFormField[] = ["descriptionZh", "descriptionEn", "studyNoteZh", "studyNoteEn"];

/** The place's names, kind, status, texts and visiting fields (the location has its own part). */
export function PlaceFields({ lang, state, errors, options, set, onSuggestPinyin, pinyinNote }: Props) {
  const t = staffPlaceMessages(lang);
  const text = (field: PlaceFormField) => {
    const id = `f-${field}`;
    const common = {
      id,
      name: field,
      value: String(state[field]),
      onChange: (e: { target: { value: string } }) => set(field, e.target.value),
      ...describedBy(id, errors[field]),
    };
    return (
      <Field key={field} id={id} label={t.fields[field]} error={errors[field]}>
        {LONG.includes(field) ? <textarea rows={5} {...common} /> : <input type="text" {...common} />}
      </Field>
    );
  };
  const check = (field: "red" | "visitMinutesEstimated") => (
    <div className="staff-check">
      <input id={`f-${field}`} type="checkbox" checked={state[field] === true} onChange={(e) => set(field, e.target.checked)} />
      <label htmlFor={`f-${field}`}>{t.fields[field]}</label>
    </div>
  );
  const select = (field: PlaceFormField, choices: { value: string; label: string }[]) => {
    const id = `f-${field}`;
    return (
      <Field id={id} label={t.fields[field]} error={errors[field]}>
        <select id={id} value={String(state[field])} onChange={(e) => set(field, e.target.value)} {...describedBy(id, errors[field])}>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </Field>
    );
  };
  return (
    <>
      <fieldset>
        <legend>{t.sectionNames}</legend>
        {text("nameZh")}
        {text("nameEn")}
        {text("pinyin")}
        <button type="button" onClick={onSuggestPinyin}>
          {t.suggestPinyin}
        </button>
        {pinyinNote ? <p role="status">{pinyinNote}</p> : null}
        {select("kind", PLACE_KINDS.map((k) => ({ value: k, label: KIND_INFO[k][lang] })))}
        {check("red")}
        {select("village", [{ value: "", label: t.noVillage }, ...options.villages.map((v) => ({ value: v.slug, label: lang === "en" ? v.nameEn : v.nameZh }))])}
      </fieldset>
      <fieldset>
        <legend>{t.sectionStatus}</legend>
        {select("status", PLACE_STATUSES.map((s) => ({ value: s, label: STATUS_INFO[s][lang] })))}
        {text("statusYear")}
        {text("statusNoteZh")}
        {text("statusNoteEn")}
      </fieldset>
      <fieldset>
        <legend>{t.sectionText}</legend>
        {text("summaryZh")}
        {text("summaryEn")}
        {text("descriptionZh")}
        {text("descriptionEn")}
        {text("studyNoteZh")}
        {text("studyNoteEn")}
      </fieldset>
      <fieldset>
        <legend>{t.sectionVisit}</legend>
        {text("openingHours")}
        {text("visitMinutes")}
        {check("visitMinutesEstimated")}
        {select("visitWindow", VISIT_WINDOWS.map((w) => ({ value: w, label: t.visitWindows[w] })))}
      </fieldset>
    </>
  );
}
