"use client";
import { useId, useRef, useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import type { Basemap, BasemapId } from "@/lib/domain/map/basemap";
import { mapMessages } from "@/lib/domain/messages-map";

/**
 * The layer switcher over the map (shown only when more than one basemap is configured): a small
 * button that opens one radio button per basemap, in the page's language. Arrow keys move between
 * the radio buttons as in any radio group; Escape closes the list and focus returns to the button.
 */
export function BasemapSwitch({ lang, basemaps, active, onChoose }: { lang: Lang; basemaps: readonly Basemap[]; active: Basemap; onChoose: (id: BasemapId) => void }) {
  const t = mapMessages(lang);
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (basemaps.length < 2) return null;
  return (
    <div
      className="basemap-switch"
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !open) return;
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button ref={button} type="button" aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen(!open)}>
        {t.basemapLegend}
      </button>
      <fieldset id={`${id}-list`} hidden={!open}>
        <legend className="visually-hidden">{t.basemapLegend}</legend>
        {basemaps.map((b) => (
          <label key={b.id}>
            <input type="radio" name={id} value={b.id} checked={b.id === active.id} onChange={() => onChoose(b.id)} /> {t.basemapNames[b.id]}
          </label>
        ))}
        {active.datum === "gcj02" ? <p className="basemap-switch__note">{t.basemapShifted}</p> : null}
      </fieldset>
    </div>
  );
}
