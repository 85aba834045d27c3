"use client";
import "./staff-places.css";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { Lang } from "@/lib/domain/i18n";
import { staffPlaceMessages } from "@/lib/domain/messages-staff-places";
import { reapply, stateNeedsSource, toFormState, type FormState } from "@/lib/domain/staff/form-state";
import type { PlaceFormField, PlaceValues } from "@/lib/domain/staff/place-form";
import type { CitedSource, Conflict, CorrectionForEdit, EditOptions } from "@/lib/domain/staff/place-edit-dto";
import type { Basemap } from "@/lib/domain/map/basemap";
import { CitationFields } from "./citation-fields";
import { ConflictView } from "./conflict-view";
import { LocationFields } from "./location-fields";
import { PlaceFields } from "./place-fields";
import { emptySource, SourceFields, sourcePayload, type SourceState } from "./source-fields";
import { describedBy, Field } from "./field";

export type PlaceEditFormProps = {
  lang: Lang;
  /** null: a new place (POST /api/staff/places); else the place being edited (PUT). */
  slug: string | null;
  version: number;
  values: PlaceValues;
  options: EditOptions;
  basemaps: readonly Basemap[];
  actorName: string;
  correction: CorrectionForEdit | null;
  /** The sources the place cites (each can be removed); none for a new place. */
  citations?: CitedSource[];
  /** Where to go after a place is created: its edit page (the slug is appended). */
  editPathBase: string;
};

type ErrorBody = { error?: { status?: number; message?: string; fields?: Record<string, string> }; conflict?: Conflict };
type Status = { text: string; alert: boolean } | null;

/** The place edit form: posts JSON; a stale save (409) shows both versions and keeps mine. */
export function PlaceEditForm(props: PlaceEditFormProps) {
  const { lang, slug, options, basemaps, actorName, correction, editPathBase } = props;
  const t = staffPlaceMessages(lang);
  const today = new Date().toISOString().slice(0, 10);
  const [base, setBase] = useState(() => ({ version: props.version, state: toFormState(props.values) }));
  const [state, setState] = useState<FormState>(() => {
    const start = toFormState(props.values);
    // A visitor's suggested point is prefilled (it still needs a source and a save).
    if (correction && correction.lat !== null && correction.lng !== null) {
      return { ...start, lat: String(correction.lat), lng: String(correction.lng) };
    }
    return start;
  });
  const [newSlug, setNewSlug] = useState("");
  const [source, setSource] = useState<SourceState>(() => emptySource(today));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const [pinyinNote, setPinyinNote] = useState<string | null>(null);
  const [cited, setCited] = useState<CitedSource[]>(() => props.citations ?? []);
  const [removing, setRemoving] = useState<string[]>([]);

  const router = useRouter();
  const set = (field: PlaceFormField, value: string | boolean) => setState((s) => ({ ...s, [field]: value }));
  const setMany = (patch: Partial<FormState>) => setState((s) => ({ ...s, ...patch }) as FormState);
  const onSurveyed = () => setSource((s) => (s.type === "none" ? { ...s, type: "survey" } : s));

  const suggestPinyin = async () => {
    setPinyinNote(null);
    const res = await fetch("/api/staff/pinyin", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ nameZh: state.nameZh }) });
    const body = (await res.json().catch(() => null)) as { pinyin?: string } | null;
    if (res.ok && body?.pinyin) set("pinyin", body.pinyin);
    else setPinyinNote(t.pinyinFailed);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setStatus({ text: t.saving, alert: false });
    const payload = {
      lang,
      values: state,
      source: sourcePayload(source),
      ...(slug === null
        ? { slug: newSlug.trim() }
        : { baseVersion: base.version, correctionId: correction?.status === "open" ? correction.id : undefined, removeSources: removing }),
    };
    try {
      const res = await fetch(slug === null ? "/api/staff/places" : `/api/staff/places/${slug}`, {
        method: slug === null ? "POST" : "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payload),
      });
      const body = (await res.json().catch(() => ({}))) as ErrorBody & { version?: number; slug?: string; homestayNumber?: string | null };
      if (res.ok && slug === null && body.slug) {
        router.push(`${editPathBase}${body.slug}`);
        return;
      }
      if (res.ok) {
        setErrors({});
        setConflict(null);
        const version = body.version ?? base.version;
        setStatus({ text: version === base.version ? t.noChanges : t.saved(version), alert: false });
        setBase({ version, state });
        setSource(emptySource(today));
        setCited((list) => list.filter((c) => !removing.includes(c.key)));
        setRemoving([]);
      } else if (res.status === 409 && body.conflict) {
        setConflict(body.conflict);
        setStatus(null);
      } else {
        setErrors(body.error?.fields ?? {});
        setStatus({ text: body.error?.fields ? t.errorsBelow : (body.error?.message ?? t.serverError), alert: true });
      }
    } catch {
      setStatus({ text: t.serverError, alert: true });
    } finally {
      setBusy(false);
    }
  };

  const onReapply = () => {
    if (!conflict) return;
    const theirs = toFormState(conflict.current.values);
    setState(reapply(base.state, state, theirs));
    setBase({ version: conflict.current.version, state: theirs });
    setConflict(null);
  };

  return (
    <form className="staff-form" onSubmit={submit} noValidate>
      {correction ? (
        <section className="staff-correction" aria-label={t.correctionBanner(correction.id)}>
          <p>{t.correctionBanner(correction.id)}</p>
          <p>
            {t.correctionMessage}: <q>{correction.message}</q>
          </p>
          {correction.lat !== null ? <p>{t.correctionPoint}</p> : null}
        </section>
      ) : null}
      {conflict ? <ConflictView lang={lang} conflict={conflict} theirs={toFormState(conflict.current.values)} mine={state} onReapply={onReapply} /> : null}
      {slug === null ? (
        <Field id="f-slug" label={t.fields.slug} error={errors.slug} hint={t.slugHelp}>
          <input id="f-slug" type="text" value={newSlug} onChange={(e) => setNewSlug(e.target.value)} {...describedBy("f-slug", errors.slug)} />
        </Field>
      ) : null}
      <PlaceFields lang={lang} state={state} errors={errors} options={options} set={set} onSuggestPinyin={suggestPinyin} pinyinNote={pinyinNote} />
      <LocationFields lang={lang} state={state} errors={errors} basemaps={basemaps} setMany={setMany} onSurveyed={onSurveyed} />
      <SourceFields
        lang={lang}
        source={source}
        setSource={setSource}
        required={slug === null ? state.lat !== "" || state.status !== "unknown" : stateNeedsSource(base.state, state)}
        errors={errors}
        options={options}
        actorName={actorName}
      />
      {slug === null ? null : <CitationFields lang={lang} citations={cited} removing={removing} setRemoving={setRemoving} error={errors.removeSources} />}
      <div className="staff-form__actions">
        <button type="submit" disabled={busy}>
          {slug === null ? t.create : t.save}
        </button>
        {status ? <p role={status.alert ? "alert" : "status"}>{status.text}</p> : <p role="status" />}
      </div>
    </form>
  );
}
