"use client";
import { useEffect, useRef, useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import { correctionMessages } from "@/lib/domain/messages-corrections";
import {
  CORRECTION_ACCURACY_MAX_M,
  CORRECTION_KINDS,
  CORRECTION_MESSAGE_MAX,
  correctionProblems,
  parseCoordinate,
  type CorrectionField,
  type CorrectionKind,
  type CorrectionPoint,
} from "@/lib/domain/corrections/correction-input";
import { formatCoordinate } from "@/lib/domain/browse/format-coordinate";
import styles from "./correction-form.module.css";

// The form behind "Suggest a correction" (loaded on demand by suggest-correction.tsx). Checked
// with the API's own rules before sending; the API's answer (per field, rate limit) is shown in
// the form's language. Escape closes the form only, not the panel.

type Sending = { state: "idle" } | { state: "sending" } | { state: "sent" } | { state: "failed"; message: string };
type Geo =
  | { state: "idle" }
  | { state: "locating" }
  | { state: "denied" }
  | { state: "coarse"; accuracyM: number }
  | { state: "located"; accuracyM: number };

export default function CorrectionForm({ id, lang, slug, name, onClose }: { id: string; lang: Lang; slug: string; name: string; onClose: () => void }) {
  const t = correctionMessages(lang);
  const [kind, setKind] = useState<CorrectionKind | null>(null);
  const [message, setMessage] = useState("");
  const [latText, setLatText] = useState("");
  const [lngText, setLngText] = useState("");
  const [geo, setGeo] = useState<Geo>({ state: "idle" });
  const [errors, setErrors] = useState<Partial<Record<CorrectionField, string>>>({});
  const [sending, setSending] = useState<Sending>({ state: "idle" });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const thanksRef = useRef<HTMLParagraphElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (sending.state === "sent") thanksRef.current?.focus();
  }, [sending.state]);

  function locate() {
    if (!("geolocation" in navigator)) {
      setGeo({ state: "denied" });
      return;
    }
    setGeo({ state: "locating" });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const accuracyM = Math.round(pos.coords.accuracy);
        if (!(accuracyM <= CORRECTION_ACCURACY_MAX_M)) {
          setGeo({ state: "coarse", accuracyM });
          return;
        }
        setLatText(formatCoordinate(pos.coords.latitude));
        setLngText(formatCoordinate(pos.coords.longitude));
        setGeo({ state: "located", accuracyM });
        setErrors((e) => ({ ...e, point: undefined }));
      },
      () => setGeo({ state: "denied" }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 30_000 },
    );
  }

  function geoText(): string {
    switch (geo.state) {
      case "locating":
        return t.locating;
      case "denied":
        return t.locationDenied;
      case "coarse":
        return t.locationCoarse(geo.accuracyM);
      case "located":
        return t.locatedAt(latText, lngText, geo.accuracyM);
      default:
        return "";
    }
  }

  function typed(setter: (v: string) => void) {
    return (e: React.ChangeEvent<HTMLInputElement>) => {
      setter(e.target.value);
      if (geo.state === "located") setGeo({ state: "idle" }); // a typed point has no device accuracy
    };
  }

  /** The point to send, or "invalid" when a typed coordinate is not a number. */
  function point(): CorrectionPoint | null | "invalid" {
    if (kind !== "location" || (latText.trim() === "" && lngText.trim() === "")) return null;
    const lat = parseCoordinate(latText);
    const lng = parseCoordinate(lngText);
    if (lat === null || lng === null) return "invalid";
    return { lat, lng, accuracyM: geo.state === "located" ? geo.accuracyM : null };
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
    e.stopPropagation(); // the panel closes on Escape; here only the form does
    onClose();
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
              setLatText("");
              setLngText("");
              setGeo({ state: "idle" });
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
                setErrors({});
              }}
            />{" "}
            {t.kinds[k]}
          </label>
        ))}
        {errors.kind ? <FieldError id={`${id}-kind-error`} text={errors.kind} /> : null}
      </fieldset>
      {kind === "location" ? (
        <fieldset aria-describedby={describe(errors.point ? `${id}-point-error` : false, `${id}-geo`)}>
          <legend>{t.whereLegend}</legend>
          <button type="button" className="button" onClick={locate} disabled={geo.state === "locating"}>
            {t.iAmHere}
          </button>
          <p id={`${id}-geo`} role="status" className={styles.hint}>
            {geoText()}
          </p>
          <p className={styles.hint}>{t.orType}</p>
          <div className={styles.pair}>
            <label>
              {t.latitude}
              <input
                id={`${id}-lat`}
                inputMode="decimal"
                autoComplete="off"
                maxLength={20}
                value={latText}
                onChange={typed(setLatText)}
                aria-invalid={errors.point ? true : undefined}
                aria-describedby={errors.point ? `${id}-point-error` : undefined}
              />
            </label>
            <label>
              {t.longitude}
              <input
                id={`${id}-lng`}
                inputMode="decimal"
                autoComplete="off"
                maxLength={20}
                value={lngText}
                onChange={typed(setLngText)}
                aria-invalid={errors.point ? true : undefined}
                aria-describedby={errors.point ? `${id}-point-error` : undefined}
              />
            </label>
          </div>
          {errors.point ? <FieldError id={`${id}-point-error`} text={errors.point} /> : null}
        </fieldset>
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
