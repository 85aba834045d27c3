"use client";
import { useEffect, useId, useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import type { Basemap, BasemapId } from "@/lib/domain/map/basemap";
import { mapMessages } from "@/lib/domain/messages-map";

const BASEMAP_STORAGE_KEY = "sanguansi-guide:basemap";

/**
 * The basemap a visitor chose: the first configured one until they pick another, remembered in
 * this browser (read after hydration, so the first render matches the server's).
 */
export function useBasemapChoice(basemaps: readonly Basemap[]): [Basemap, (id: BasemapId) => void] {
  const [id, setId] = useState<BasemapId | null>(null);
  useEffect(() => {
    try {
      const stored = window.localStorage.getItem(BASEMAP_STORAGE_KEY);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only in the browser: read after hydration
      if (stored && basemaps.some((b) => b.id === stored)) setId(stored as BasemapId);
    } catch {
      // storage disabled: the first basemap stays
    }
  }, [basemaps]);
  const active = basemaps.find((b) => b.id === id) ?? basemaps[0];
  if (!active) throw new Error("No basemap configured (MAP_PROVIDERS)");
  const choose = (next: BasemapId) => {
    setId(next);
    try {
      window.localStorage.setItem(BASEMAP_STORAGE_KEY, next);
    } catch {
      // storage disabled: the choice lasts for this page
    }
  };
  return [active, choose];
}

/**
 * The layer switcher over the map: one radio button per configured basemap (shown only when there
 * is more than one), in the page's language. Arrow keys move between them, as in any radio group.
 */
export function BasemapSwitch({ lang, basemaps, active, onChoose }: { lang: Lang; basemaps: readonly Basemap[]; active: Basemap; onChoose: (id: BasemapId) => void }) {
  const t = mapMessages(lang);
  const name = useId();
  if (basemaps.length < 2) return null;
  return (
    <fieldset className="basemap-switch">
      <legend>{t.basemapLegend}</legend>
      {basemaps.map((b) => (
        <label key={b.id}>
          <input type="radio" name={name} value={b.id} checked={b.id === active.id} onChange={() => onChoose(b.id)} /> {t.basemapNames[b.id]}
        </label>
      ))}
      {active.datum === "gcj02" ? <p className="basemap-switch__note">{t.basemapShifted}</p> : null}
    </fieldset>
  );
}
