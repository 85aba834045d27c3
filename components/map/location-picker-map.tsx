"use client";
import "leaflet/dist/leaflet.css";
import { useEffect, useMemo } from "react";
import L from "leaflet";
import { Circle, MapContainer, Marker, TileLayer, useMap, useMapEvents } from "react-leaflet";
import type { LngLat } from "@/lib/domain/geo";
import { TOWNSHIP_SEAT } from "@/lib/domain/township-seat";
import { toLatLng } from "./latlng";
import type { TileSettings } from "./guide-map";

// The staff location picker's map: click the map or drag the marker to set the point. Loaded with
// next/dynamic (ssr: false) by location-picker.tsx. The typed coordinates next to it are the
// keyboard alternative.

export type LocationPickerMapProps = {
  point: LngLat | null;
  radiusM: number;
  tiles: TileSettings;
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
  useMapEvents({ click: (e) => onPick({ lng: e.latlng.lng, lat: e.latlng.lat }) });
  return null;
}

/** Follows the point when it is set from outside the map (typed, "I am here"). */
function FollowPoint({ point }: { point: LngLat | null }) {
  const map = useMap();
  useEffect(() => {
    if (point && !map.getBounds().contains(toLatLng(point))) map.panTo(toLatLng(point));
  }, [map, point]);
  return null;
}

export default function LocationPickerMap({ point, radiusM, tiles, markerLabel, onPick }: LocationPickerMapProps) {
  const start = point ?? TOWNSHIP_SEAT;
  const handlers = useMemo(
    () => ({
      dragend: (e: L.LeafletEvent) => {
        const at = (e.target as L.Marker).getLatLng();
        onPick({ lng: at.lng, lat: at.lat });
      },
    }),
    [onPick],
  );
  return (
    <MapContainer className="staff-picker__map" center={toLatLng(start)} zoom={point ? 15 : 12} maxZoom={tiles.maxZoom} scrollWheelZoom={false}>
      <TileLayer url={tiles.url} attribution={tiles.attribution} maxZoom={tiles.maxZoom} />
      <ClickToPick onPick={onPick} />
      <FollowPoint point={point} />
      {point ? (
        <>
          <Marker position={toLatLng(point)} icon={pinIcon} draggable title={markerLabel} alt={markerLabel} eventHandlers={handlers} />
          {radiusM > 0 ? <Circle center={toLatLng(point)} radius={radiusM} pathOptions={{ weight: 1, dashArray: "4 4" }} /> : null}
        </>
      ) : null}
    </MapContainer>
  );
}
