"use client";
import { useEffect, useRef } from "react";
import L from "leaflet";
import { Circle, Marker, useMap } from "react-leaflet";
import type { Lang } from "@/lib/domain/i18n";
import { mapMessages } from "@/lib/domain/messages-map";
import type { HereMark } from "./guide-map";
import { useMapProjection } from "./map-datum";

const hereIcon = L.divIcon({
  className: "here-pin",
  html: '<span class="here-pin__dot" aria-hidden="true"></span>',
  iconSize: [24, 24],
  iconAnchor: [12, 12],
});

/**
 * "You are here" ("Near me"): a marker with the fix's accuracy circle, drawn through the basemap's
 * datum like every other point. The map pans to it once when it appears or moves.
 */
export function HereLayer({ lang, here }: { lang: Lang; here: HereMark }) {
  const t = mapMessages(lang);
  const label = t.hereMarker(here.accuracyM);
  const map = useMap();
  const { toMap } = useMapProjection();
  const ref = useRef<L.Marker | null>(null);
  const at = toMap(here.point);
  const [lat, lng] = at;
  useEffect(() => {
    ref.current?.getElement()?.setAttribute("aria-label", label);
  }, [label]);
  useEffect(() => {
    if (!map.getBounds().contains([lat, lng])) map.panTo([lat, lng], { animate: false });
  }, [map, lat, lng]);
  return (
    <>
      {here.accuracyM > 0 ? (
        <Circle center={at} radius={here.accuracyM} pathOptions={{ color: "#1a73e8", weight: 1, fillOpacity: 0.12 }} interactive={false} className="here-accuracy" />
      ) : null}
      <Marker ref={ref} position={at} icon={hereIcon} title={label} alt={label} keyboard={false} interactive={false} zIndexOffset={1500} />
    </>
  );
}
