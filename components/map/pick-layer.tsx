"use client";
import { useEffect, useMemo } from "react";
import L from "leaflet";
import { Marker, useMap, useMapEvents } from "react-leaflet";
import type { MapPick } from "./guide-map";
import { useMapProjection } from "./map-datum";

// The main map's side of "Pick the point on the map" (components/map-pick.tsx): while picking, the
// cursor is a crosshair, markers let clicks through, the next click sets the point and Escape
// cancels; the point itself is a draggable marker so it can be adjusted. The typed coordinates in
// the form are the keyboard alternative.

const pickIcon = L.divIcon({
  className: "pick-pin",
  html: '<span class="pick-pin__dot" aria-hidden="true"></span>',
  iconSize: [28, 28],
  iconAnchor: [14, 14],
});

export function PickLayer({ pick }: { pick: MapPick | null }) {
  const map = useMap();
  const { toMap, fromMap } = useMapProjection();
  const picking = pick?.picking ?? false;
  const onCancel = pick?.onCancel;

  useMapEvents({
    click: (e) => {
      // the form keeps WGS-84, whatever datum the basemap is drawn in
      if (pick?.picking) pick.onPick(fromMap(e.latlng));
    },
  });

  useEffect(() => {
    const container = map.getContainer();
    container.classList.toggle("is-picking", picking);
    if (!picking || !onCancel) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onCancel();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      container.classList.remove("is-picking");
      document.removeEventListener("keydown", onKey);
    };
  }, [map, picking, onCancel]);

  const onPick = pick?.onPick;
  const handlers = useMemo(
    () => ({
      dragend: (e: L.LeafletEvent) => {
        onPick?.(fromMap((e.target as L.Marker).getLatLng()));
      },
    }),
    [onPick, fromMap],
  );

  if (!pick?.point) return null;
  return (
    <Marker
      position={toMap(pick.point)}
      icon={pickIcon}
      draggable
      autoPan
      keyboard={false}
      title={pick.markerLabel}
      alt={pick.markerLabel}
      zIndexOffset={2000}
      eventHandlers={handlers}
    />
  );
}
