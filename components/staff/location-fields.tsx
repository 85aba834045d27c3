"use client";
import dynamic from "next/dynamic";
import { useCallback, useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import type { LngLat } from "@/lib/domain/geo";
import { staffPlaceMessages } from "@/lib/domain/messages-staff-places";
import { LOCATION_PRECISIONS, PRECISION_INFO } from "@/lib/domain/place-kinds";
import type { FormState } from "@/lib/domain/staff/form-state";
import type { PlaceFormField } from "@/lib/domain/staff/place-form";
import { precisionFromAccuracy } from "@/lib/domain/staff/precision-from-accuracy";
import { DATUMS, parseLatLngText, roundCoordinate, toWgs84, type Datum } from "@/lib/domain/staff/typed-coordinates";
import type { Basemap } from "@/lib/domain/map/basemap";
import { describedBy, Field } from "./field";

const LocationPickerMap = dynamic(() => import("@/components/map/location-picker-map"), { ssr: false });

type Props = {
  lang: Lang;
  state: FormState;
  errors: Record<string, string>;
  basemaps: readonly Basemap[];
  setMany: (patch: Partial<FormState>) => void;
  /** "I am here" succeeded: the form suggests an on-site survey as the source. */
  onSurveyed: () => void;
};

/** Where the place is: map (click or drag), typed WGS-84 / GCJ-02 coordinates, or "I am here". */
export function LocationFields({ lang, state, errors, basemaps, setMany, onSurveyed }: Props) {
  const t = staffPlaceMessages(lang);
  const [typed, setTyped] = useState("");
  const [datum, setDatum] = useState<Datum>("wgs84");
  const [note, setNote] = useState<{ text: string; alert: boolean } | null>(null);
  const lat = Number.parseFloat(String(state.lat));
  const lng = Number.parseFloat(String(state.lng));
  const point: LngLat | null = Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null;

  const setPoint = useCallback(
    (p: LngLat) => setMany({ lat: String(roundCoordinate(p.lat)), lng: String(roundCoordinate(p.lng)) }),
    [setMany],
  );

  const applyTyped = () => {
    const parsed = parseLatLngText(typed);
    if (!parsed) return setNote({ text: t.typedInvalid, alert: true });
    setPoint(toWgs84(parsed, datum));
    setNote(null);
  };

  const locate = () => {
    if (!("geolocation" in navigator)) return setNote({ text: t.geoUnsupported, alert: true });
    setNote({ text: t.locating, alert: false });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const accuracy = Math.round(pos.coords.accuracy);
        const rule = precisionFromAccuracy(pos.coords.accuracy);
        if (!rule.ok) return setNote({ text: t.geoTooInaccurate(accuracy), alert: true });
        setMany({
          lat: String(roundCoordinate(pos.coords.latitude)),
          lng: String(roundCoordinate(pos.coords.longitude)),
          precision: rule.precision,
          radiusM: String(rule.radiusM),
        });
        setNote({ text: t.accuracy(accuracy), alert: false });
        onSurveyed();
      },
      (err) => setNote({ text: err.code === err.PERMISSION_DENIED ? t.geoDenied : t.geoUnavailable, alert: true }),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  };

  const input = (field: PlaceFormField, inputMode?: "decimal" | "numeric") => {
    const id = `f-${field}`;
    return (
      <Field id={id} label={t.fields[field]} error={errors[field]}>
        <input id={id} type="text" inputMode={inputMode} value={String(state[field])} onChange={(e) => setMany({ [field]: e.target.value })} {...describedBy(id, errors[field])} />
      </Field>
    );
  };

  return (
    <fieldset className="staff-picker">
      <legend>{t.sectionLocation}</legend>
      <p className="staff-field__hint">{t.mapHelp}</p>
      <LocationPickerMap lang={lang} point={point} radiusM={Number(state.radiusM) || 0} basemaps={basemaps} markerLabel={t.sectionLocation} onPick={setPoint} />
      <div className="staff-picker__row">
        <button type="button" onClick={locate}>
          {t.iAmHere}
        </button>
        <button type="button" onClick={() => setMany({ lat: "", lng: "" })}>
          {t.clearPoint}
        </button>
      </div>
      {note ? <p role={note.alert ? "alert" : "status"}>{note.text}</p> : <p role="status" />}
      <div className="staff-picker__row">
        <Field id="typed-coordinates" label={`${t.fields.lat}, ${t.fields.lng}`}>
          <input id="typed-coordinates" type="text" value={typed} placeholder="29.3987, 110.6982" onChange={(e) => setTyped(e.target.value)} />
        </Field>
        <Field id="typed-datum" label={t.datum}>
          <select id="typed-datum" value={datum} onChange={(e) => setDatum(e.target.value as Datum)}>
            {DATUMS.map((d) => (
              <option key={d} value={d}>
                {t.datums[d]}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" onClick={applyTyped}>
          {t.applyTyped}
        </button>
      </div>
      <div className="staff-picker__row">
        {input("lat", "decimal")}
        {input("lng", "decimal")}
      </div>
      <Field id="f-precision" label={t.fields.precision} error={errors.precision}>
        <select id="f-precision" value={String(state.precision)} onChange={(e) => setMany({ precision: e.target.value })} {...describedBy("f-precision", errors.precision)}>
          {LOCATION_PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {PRECISION_INFO[p][lang]}
            </option>
          ))}
        </select>
      </Field>
      {input("radiusM", "numeric")}
      <Field id="f-locationNoteZh" label={t.fields.locationNoteZh} error={errors.locationNoteZh}>
        <textarea id="f-locationNoteZh" rows={3} value={String(state.locationNoteZh)} onChange={(e) => setMany({ locationNoteZh: e.target.value })} {...describedBy("f-locationNoteZh", errors.locationNoteZh)} />
      </Field>
      <Field id="f-locationNoteEn" label={t.fields.locationNoteEn} error={errors.locationNoteEn}>
        <textarea id="f-locationNoteEn" rows={3} value={String(state.locationNoteEn)} onChange={(e) => setMany({ locationNoteEn: e.target.value })} {...describedBy("f-locationNoteEn", errors.locationNoteEn)} />
      </Field>
    </fieldset>
  );
}
