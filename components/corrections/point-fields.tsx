"use client";
import { useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import { correctionMessages } from "@/lib/domain/messages-corrections";
import { CORRECTION_ACCURACY_MAX_M } from "@/lib/domain/corrections/correction-input";
import { formatCoordinate } from "@/lib/domain/browse/format-coordinate";
import styles from "./correction-form.module.css";

// The right location of a place, for a "wrong location" correction: "I am here" (the device's
// position and its reported accuracy) or latitude and longitude typed by hand (no accuracy).

/** What the fields hold: the coordinates as typed or found, and the device's accuracy (null if typed). */
export type PointDraft = { lat: string; lng: string; accuracyM: number | null };
export const EMPTY_POINT: PointDraft = { lat: "", lng: "", accuracyM: null };

type Geo = { state: "idle" } | { state: "locating" } | { state: "denied" } | { state: "coarse"; accuracyM: number };

export function PointFields({
  id,
  lang,
  draft,
  error,
  onChange,
}: {
  id: string;
  lang: Lang;
  draft: PointDraft;
  error: string | undefined;
  onChange: (draft: PointDraft) => void;
}) {
  const t = correctionMessages(lang);
  const [geo, setGeo] = useState<Geo>({ state: "idle" });
  const errorId = `${id}-point-error`;

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
        setGeo({ state: "idle" });
        onChange({ lat: formatCoordinate(pos.coords.latitude), lng: formatCoordinate(pos.coords.longitude), accuracyM });
      },
      () => setGeo({ state: "denied" }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 30_000 },
    );
  }

  const status =
    geo.state === "locating"
      ? t.locating
      : geo.state === "denied"
        ? t.locationDenied
        : geo.state === "coarse"
          ? t.locationCoarse(geo.accuracyM)
          : draft.accuracyM !== null
            ? t.locatedAt(draft.lat, draft.lng, draft.accuracyM)
            : "";

  const input = (field: "lat" | "lng", label: string) => (
    <label>
      {label}
      <input
        id={`${id}-${field}`}
        inputMode="decimal"
        autoComplete="off"
        maxLength={20}
        value={draft[field]}
        // A typed point has no device accuracy.
        onChange={(e) => onChange({ ...draft, [field]: e.target.value, accuracyM: null })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
    </label>
  );

  return (
    <fieldset aria-describedby={[error ? errorId : "", `${id}-geo`].join(" ").trim()}>
      <legend>{t.whereLegend}</legend>
      <button type="button" className="button" onClick={locate} disabled={geo.state === "locating"}>
        {t.iAmHere}
      </button>
      <p id={`${id}-geo`} role="status" className={styles.hint}>
        {status}
      </p>
      <p className={styles.hint}>{t.orType}</p>
      <div className={styles.pair}>
        {input("lat", t.latitude)}
        {input("lng", t.longitude)}
      </div>
      {error ? (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
