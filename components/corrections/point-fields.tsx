"use client";
import { useEffect, useRef, useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import { correctionMessages } from "@/lib/domain/messages-corrections";
import { CORRECTION_ACCURACY_MAX_M } from "@/lib/domain/corrections/correction-input";
import { formatCoordinate } from "@/lib/domain/browse/format-coordinate";
import styles from "./correction-form.module.css";

// The right location of a place, for a "wrong location" correction: "I am here" (the device's
// position and its reported accuracy), a point picked on the main map (useMapPick in the form), or
// latitude and longitude typed by hand (no accuracy for either).

/** What the fields hold: the coordinates as typed or found, the device's accuracy (null if typed or picked), and whether the map set them. */
export type PointDraft = { lat: string; lng: string; accuracyM: number | null; fromMap: boolean };
export const EMPTY_POINT: PointDraft = { lat: "", lng: "", accuracyM: null, fromMap: false };

type Geo = { state: "idle" } | { state: "locating" } | { state: "denied" } | { state: "coarse"; accuracyM: number };

export function PointFields({
  id,
  lang,
  draft,
  error,
  picking,
  onPickingChange,
  onChange,
}: {
  id: string;
  lang: Lang;
  draft: PointDraft;
  error: string | undefined;
  /** Whether the next click on the map sets the point; null: no map to pick on. */
  picking: boolean | null;
  onPickingChange: (picking: boolean) => void;
  onChange: (draft: PointDraft) => void;
}) {
  const t = correctionMessages(lang);
  const [geo, setGeo] = useState<Geo>({ state: "idle" });
  const errorId = `${id}-point-error`;
  const pickRef = useRef<HTMLButtonElement>(null);
  const wasPicking = useRef(false);
  // Picking ends (a click on the map, Escape): focus comes back to the button.
  useEffect(() => {
    if (!picking && wasPicking.current) pickRef.current?.focus();
    wasPicking.current = picking === true;
  }, [picking]);

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
        onChange({ lat: formatCoordinate(pos.coords.latitude), lng: formatCoordinate(pos.coords.longitude), accuracyM, fromMap: false });
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
          : picking
            ? t.pickHint
            : draft.accuracyM !== null
              ? t.locatedAt(draft.lat, draft.lng, draft.accuracyM)
              : draft.fromMap
                ? t.pickedAt(draft.lat, draft.lng)
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
        onChange={(e) => onChange({ ...draft, [field]: e.target.value, accuracyM: null, fromMap: false })}
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
      {picking !== null ? (
        <button
          ref={pickRef}
          type="button"
          className="button"
          onClick={(e) => {
            // Safari does not focus a clicked button; the panel keeps the focused element in view while picking.
            e.currentTarget.focus();
            onPickingChange(!picking);
          }}
        >
          {picking ? t.pickCancel : t.pickOnMap}
        </button>
      ) : null}
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
