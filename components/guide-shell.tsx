"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { localePath, type Lang } from "@/lib/domain/i18n";
import type { Place } from "@/lib/domain/place";
import { messages } from "@/lib/domain/messages";
import { spreadColocated } from "@/lib/domain/spread-colocated";
import { LOCATION_PRECISIONS } from "@/lib/domain/place-kinds";
import { GuideMap, type MapPlace, type TileSettings } from "./map/guide-map";
import { PlaceList } from "./place-list";
import { PlacePanel } from "./place-panel";
import { Legend } from "./legend";
import { markerLabel } from "./place-label";

const PLACE_PATH = /^(?:\/en)?\/places\/([^/]+)\/?$/;

function slugFromLocation(): string | null {
  const m = PLACE_PATH.exec(window.location.pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

// The interactive guide: map, list and detail panel, with the selected place kept in the URL
// (/places/[slug]) so every view can be shared, reloaded and navigated with back/forward.
export function GuideShell({
  lang,
  places,
  tiles,
  initialSlug,
}: {
  lang: Lang;
  places: Place[];
  tiles: TileSettings;
  initialSlug: string | null;
}) {
  const t = messages(lang);
  const [selectedSlug, setSelectedSlug] = useState<string | null>(initialSlug);
  const returnFocus = useRef<HTMLElement | null>(null);
  const selected = places.find((p) => p.slug === selectedSlug) ?? null;

  useEffect(() => {
    const onPop = () => setSelectedSlug(slugFromLocation());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const select = useCallback(
    (slug: string) => {
      if (document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;
      setSelectedSlug(slug);
      const href = localePath(lang, `/places/${slug}`) + window.location.search;
      if (window.location.pathname + window.location.search !== href) window.history.pushState(null, "", href);
    },
    [lang],
  );

  const close = useCallback(() => {
    setSelectedSlug(null);
    window.history.pushState(null, "", localePath(lang, "/") + window.location.search);
    const back = returnFocus.current;
    returnFocus.current = null;
    // Wait for the panel to unmount, then give focus back to the marker or list entry that opened it.
    requestAnimationFrame(() => {
      if (back && back.isConnected) back.focus();
      else document.getElementById("place-list-heading")?.focus();
    });
  }, [lang]);

  const mapPlaces: MapPlace[] = useMemo(() => {
    const display = spreadColocated(
      places.map((p) => ({
        slug: p.slug,
        lng: p.location.lng,
        lat: p.location.lat,
        rank: LOCATION_PRECISIONS.indexOf(p.location.precision) * 10 + (p.kind === "service" ? 0 : p.kind === "village" ? 1 : 2),
      })),
    );
    return places.map((p) => ({
      slug: p.slug,
      kind: p.kind,
      precision: p.location.precision,
      precisionRadiusM: p.location.radiusM,
      label: markerLabel(lang, p),
      stored: [p.location.lng, p.location.lat] as const,
      display: display.get(p.slug) ?? ([p.location.lng, p.location.lat] as const),
    }));
  }, [places, lang]);

  return (
    <div className={`guide${selected ? " has-panel" : ""}`}>
      <section className="guide__map" aria-label={t.mapLabel}>
        <GuideMap
          places={mapPlaces}
          selectedSlug={selectedSlug}
          onSelect={select}
          tiles={tiles}
          labels={{ loading: t.loading, tilesUnavailable: t.tilesUnavailable }}
        />
      </section>
      <div className="guide__side">
        {selected ? <PlacePanel lang={lang} place={selected} onClose={close} /> : null}
        <div className="guide__browse" hidden={selected !== null}>
          <Legend lang={lang} />
          <PlaceList lang={lang} places={places} selectedSlug={selectedSlug} onSelect={select} />
        </div>
      </div>
    </div>
  );
}
