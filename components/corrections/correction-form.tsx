"use client";
import { useEffect, useRef, useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import { correctionMessages } from "@/lib/domain/messages-corrections";
import {
  CORRECTION_KINDS,
  CORRECTION_MESSAGE_MAX,
  correctionProblems,
  parseCoordinate,
  type CorrectionField,
  type CorrectionKind,
  type CorrectionPoint,
} from "@/lib/domain/corrections/correction-input";
import { formatCoordinate } from "@/lib/domain/browse/format-coordinate";
import { useMapPick } from "../map-pick";
import { EMPTY_POINT, PointFields, type PointDraft } from "./point-fields";
import styles from "./correction-form.module.css";

// The form behind "Suggest a correction" (loaded on demand by suggest-correction.tsx). Checked
// with the API's own rules before sending; the API's answer (per field, rate limit) is shown in
// the form's language. Escape closes the form only, not the panel.

type Sending = { state: "idle" } | { state: "sending" } | { state: "sent" } | { state: "failed"; message: string };

export default function CorrectionForm({ id, lang, slug, name, onClose }: { id: string; lang: Lang; slug: string; name: string; onClose: () => void }) {
  const t = correctionMessages(lang);
  const [kind, setKind] = useState<CorrectionKind | null>(null);
  const [message, setMessage] = useState("");
  const [draft, setDraft] = useState<PointDraft>(EMPTY_POINT);
  const [errors, setErrors] = useState<Partial<Record<CorrectionField, string>>>({});
  const [sending, setSending] = useState<Sending>({ state: "idle" });
  /** The next click on the main map sets the point ("Pick the point on the map"). */
  const [picking, setPicking] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const thanksRef = useRef<HTMLParagraphElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (sending.state === "sent") thanksRef.current?.focus();
  }, [sending.state]);

  const pickLat = parseCoordinate(draft.lat);
  const pickLng = parseCoordinate(draft.lng);
  const onMap = kind === "location" && sending.state !== "sent";
  // While "wrong location" is chosen, the main map shows the point and can pick it.
  const canPick = useMapPick(
    onMap
      ? {
          point: pickLat !== null && pickLng !== null && Math.abs(pickLat) <= 90 && Math.abs(pickLng) <= 180 ? { lat: pickLat, lng: pickLng } : null,
          picking,
          hint: t.pickHint,
          markerLabel: t.pickMarker,
          onPick: ({ lat, lng }) => {
            // A point chosen on the map has no device accuracy, like a typed one.
            setDraft({ lat: formatCoordinate(lat), lng: formatCoordinate(lng), accuracyM: null, fromMap: true });
            setErrors((e) => ({ ...e, point: undefined }));
            setPicking(false);
          },
          onCancel: () => setPicking(false),
        }
      : null,
  );

  /** The point to send, or "invalid" when a typed coordinate is not a number. */
  function point(): CorrectionPoint | null | "invalid" {
    if (kind !== "location" || (draft.lat.trim() === "" && draft.lng.trim() === "")) return null;
    const lat = parseCoordinate(draft.lat);
    const lng = parseCoordinate(draft.lng);
    if (lat === null || lng === null) return "invalid";
    return { lat, lng, accuracyM: draft.accuracyM };
  }

  function focusFirstError(found: Partial<Record<CorrectionField, string>>) {
    const first = (["kind", "point", "message"] as const).find((f) => found[f]);
    const target = first === "kind" ? `${id}-kind-location` : first === "point" ? `${id}-lat` : `${id}-message`;
    if (first) formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(target)}`)?.focus();
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const p = point();
    const found: Partial<Record<CorrectionField, string>> = {};
    if (!kind) found.kind = t.problems.kind_missing;
    else if (p === "invalid") found.point = t.problems.point_invalid;
    if (kind && p !== "invalid") {
      for (const [field, code] of Object.entries(correctionProblems({ kind, message: message.trim(), point: p }))) {
        found[field as CorrectionField] = t.problems[code];
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !kind || p === "invalid") {
      focusFirstError(found);
      return;
    }
    setSending({ state: "sending" });
    try {
      const res = await fetch("/api/corrections", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ place: slug, kind, message: message.trim(), point: p, lang }),
      });
      if (res.status === 201) {
        setSending({ state: "sent" });
        return;
      }
      const body = (await res.json().catch(() => null)) as { error?: { message?: string; fields?: Partial<Record<CorrectionField, string>> } } | null;
      if (res.status === 429) {
        const seconds = Number(res.headers.get("retry-after") ?? "3600");
        setSending({ state: "failed", message: t.rateLimited(Math.max(1, Math.ceil((Number.isFinite(seconds) ? seconds : 3600) / 60))) });
      } else if (res.status === 400 && body?.error?.fields) {
        setErrors(body.error.fields);
        setSending({ state: "failed", message: t.fixFields });
        focusFirstError(body.error.fields);
      } else {
        setSending({ state: "failed", message: res.status === 404 ? t.placeGone : t.sendFailed });
      }
    } catch {
      setSending({ state: "failed", message: t.sendFailed });
    }
  }

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== "Escape") return;
    e.stopPropagation(); // the panel closes on Escape; here only the form does (or only the picking)
    if (picking) setPicking(false);
    else onClose();
  };

  const heading = (
    <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
      {t.formHeading(name)}
    </h3>
  );

  if (sending.state === "sent") {
    return (
      <div id={id} className={styles.form} onKeyDown={onKeyDown}>
        {heading}
        <p ref={thanksRef} tabIndex={-1} role="status" className={styles.thanks}>
          {t.thanks}
        </p>
        <div className="panel-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setKind(null);
              setMessage("");
              setDraft(EMPTY_POINT);
              setSending({ state: "idle" });
              requestAnimationFrame(() => headingRef.current?.focus());
            }}
          >
            {t.another}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t.close}
          </button>
        </div>
      </div>
    );
  }

  const messageRequired = kind !== null && kind !== "location";
  const describe = (...ids: (string | false)[]) => ids.filter(Boolean).join(" ") || undefined;
  return (
    <form id={id} ref={formRef} className={styles.form} aria-labelledby={`${id}-heading`} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      {heading}
      <p className="muted">{t.formIntro}</p>
      <fieldset aria-describedby={errors.kind ? `${id}-kind-error` : undefined}>
        <legend>{t.kindLegend}</legend>
        {CORRECTION_KINDS.map((k) => (
          <label key={k} className={styles.choice}>
            <input
              type="radio"
              id={`${id}-kind-${k}`}
              name={`${id}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setPicking(false);
                setErrors({});
              }}
            />{" "}
            {t.kinds[k]}
          </label>
        ))}
        {errors.kind ? <FieldError id={`${id}-kind-error`} text={errors.kind} /> : null}
      </fieldset>
      {kind === "location" ? (
        <PointFields
          id={id}
          lang={lang}
          draft={draft}
          error={errors.point}
          picking={canPick ? picking : null}
          onPickingChange={setPicking}
          onChange={(next) => {
            setDraft(next);
            if (next.accuracyM !== null) setErrors((e) => ({ ...e, point: undefined }));
          }}
        />
      ) : null}
      <label htmlFor={`${id}-message`}>{t.message}</label>
      <textarea
        id={`${id}-message`}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        maxLength={CORRECTION_MESSAGE_MAX}
        rows={4}
        required={messageRequired}
        aria-invalid={errors.message ? true : undefined}
        aria-describedby={describe(`${id}-message-hint`, errors.message ? `${id}-message-error` : false)}
      />
      <p id={`${id}-message-hint`} className={styles.hint}>
        {messageRequired ? t.messageHintRequired : t.messageHintOptional} {t.charsLeft(CORRECTION_MESSAGE_MAX - message.length)}
      </p>
      {errors.message ? <FieldError id={`${id}-message-error`} text={errors.message} /> : null}
      {sending.state === "failed" ? (
        <p role="alert" className="warning">
          {sending.message}
        </p>
      ) : null}
      <div className="panel-actions">
        <button type="submit" className="button button--primary" disabled={sending.state === "sending"}>
          {sending.state === "sending" ? t.sending : t.send}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

function FieldError({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className={styles.error}>
      {text}
    </p>
  );
}
