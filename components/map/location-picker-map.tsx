"use client";
import "leaflet/dist/leaflet.css";
import { useEffect, useMemo } from "react";
import L from "leaflet";
import { Circle, MapContainer, Marker, useMap, useMapEvents } from "react-leaflet";
import type { LngLat } from "@/lib/domain/geo";
import type { Lang } from "@/lib/domain/i18n";
import type { Basemap } from "@/lib/domain/map/basemap";
import * as datumShift from "@/lib/domain/map/datum-shift";
import { TOWNSHIP_SEAT } from "@/lib/domain/township-seat";
import { BasemapLayers } from "./basemap-layers";
import { BasemapSwitch } from "./basemap-switch";
import { useBasemapChoice } from "./use-basemap-choice";
import { MapDatumProvider, mapProjection, useMapProjection } from "./map-datum";

// The staff location picker's map: click the map or drag the marker to set the point. Loaded with
// next/dynamic (ssr: false) by location-picker.tsx. The typed coordinates next to it are the
// keyboard alternative. Whatever the basemap's datum, the point it reports is WGS-84 (map-datum.tsx).

export type LocationPickerMapProps = {
  lang: Lang;
  point: LngLat | null;
  radiusM: number;
  basemaps: readonly Basemap[];
  markerLabel: string;
  onPick: (point: LngLat) => void;
};

const pinIcon = L.divIcon({
  className: "staff-pin",
  html: '<span class="staff-pin__dot" aria-hidden="true"></span>',
  iconSize: [24, 24],
  iconAnchor: [12, 12],
});

function ClickToPick({ onPick }: { onPick: (point: LngLat) => void }) {
  const { fromMap } = useMapProjection();
  useMapEvents({ click: (e) => onPick(fromMap(e.latlng)) });
  return null;
}

/** Follows the point when it is set from outside the map (typed, "I am here"). */
function FollowPoint({ point }: { point: LngLat | null }) {
  const map = useMap();
  const { toMap } = useMapProjection();
  useEffect(() => {
    if (point && !map.getBounds().contains(toMap(point))) map.panTo(toMap(point));
  }, [map, point, toMap]);
  return null;
}

function PickedPoint({ point, radiusM, markerLabel, onPick }: { point: LngLat; radiusM: number; markerLabel: string; onPick: (point: LngLat) => void }) {
  const { toMap, fromMap } = useMapProjection();
  const handlers = useMemo(
    () => ({
      dragend: (e: L.LeafletEvent) => onPick(fromMap((e.target as L.Marker).getLatLng())),
    }),
    [onPick, fromMap],
  );
  return (
    <>
      <Marker position={toMap(point)} icon={pinIcon} draggable title={markerLabel} alt={markerLabel} eventHandlers={handlers} />
      {radiusM > 0 ? <Circle center={toMap(point)} radius={radiusM} pathOptions={{ weight: 1, dashArray: "4 4" }} /> : null}
    </>
  );
}

export default function LocationPickerMap({ lang, point, radiusM, basemaps, markerLabel, onPick }: LocationPickerMapProps) {
  const [basemap, chooseBasemap] = useBasemapChoice(basemaps);
  const start = point ?? TOWNSHIP_SEAT;
  // staff pages are not the first view: the shifting code comes with the picker
  const projection = useMemo(() => mapProjection(basemap.datum, datumShift), [basemap.datum]);
  return (
    <div className="staff-picker__frame">
      <MapDatumProvider projection={projection}>
        <MapContainer className="staff-picker__map" center={projection.toMap(start)} zoom={point ? 15 : 12} maxZoom={basemap.maxZoom} scrollWheelZoom={false}>
          <BasemapLayers basemap={basemap} retina={false} />
          <ClickToPick onPick={onPick} />
          <FollowPoint point={point} />
          {point ? <PickedPoint point={point} radiusM={radiusM} markerLabel={markerLabel} onPick={onPick} /> : null}
        </MapContainer>
      </MapDatumProvider>
      <BasemapSwitch lang={lang} basemaps={basemaps} active={basemap} onChoose={chooseBasemap} />
    </div>
  );
}
