"use client";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { Circle, MapContainer, Marker, ScaleControl, TileLayer, useMap } from "react-leaflet";
import type { Marker as LeafletMarker } from "leaflet";
import { markerIcon } from "./marker-icon";
import { boundsOf, toLatLng } from "./latlng";
import type { MapPlace, GuideMapProps } from "./guide-map";

// Where places are drawn. Only components/map/ imports Leaflet.
export default function LeafletMap({ places, selectedSlug, onSelect, tiles, labels }: GuideMapProps) {
  const [tilesFailed, setTilesFailed] = useState(false);
  const selected = places.find((p) => p.slug === selectedSlug) ?? null;
  const initialBounds = boundsOf(places.map((p) => p.display));
  return (
    <>
      <MapContainer
        className="map-canvas"
        bounds={initialBounds ?? undefined}
        boundsOptions={{ padding: [40, 40] }}
        center={initialBounds ? undefined : [29.428889, 110.651389]}
        zoom={initialBounds ? undefined : 12}
        minZoom={8}
        maxZoom={tiles.maxZoom}
        scrollWheelZoom
      >
        <TileLayer
          url={tiles.url}
          attribution={tiles.attribution}
          maxZoom={tiles.maxZoom}
          eventHandlers={{ tileerror: () => setTilesFailed(true), tileload: () => setTilesFailed(false) }}
        />
        <ScaleControl imperial={false} />
        {places.map((p) => (
          <PlaceMarker key={p.slug} place={p} selected={p.slug === selectedSlug} onSelect={onSelect} />
        ))}
        {selected && selected.precisionRadiusM > 0 ? (
          <Circle
            center={toLatLng(selected.stored)}
            radius={selected.precisionRadiusM}
            pathOptions={{ color: "#7a1f1f", weight: 1, dashArray: "4 6", fillOpacity: 0.06 }}
            interactive={false}
          />
        ) : null}
        <FlyToSelected place={selected} />
      </MapContainer>
      {tilesFailed ? (
        <p className="map-note" role="status">
          {labels.tilesUnavailable}
        </p>
      ) : null}
    </>
  );
}

function PlaceMarker({ place, selected, onSelect }: { place: MapPlace; selected: boolean; onSelect: (slug: string) => void }) {
  const ref = useRef<LeafletMarker | null>(null);
  useEffect(() => {
    const el = ref.current?.getElement();
    if (!el) return;
    el.classList.toggle("is-selected", selected);
    el.setAttribute("aria-label", place.label);
    el.setAttribute("aria-pressed", selected ? "true" : "false");
    el.dataset.slug = place.slug;
  }, [selected, place.label, place.slug]);
  return (
    <Marker
      ref={ref}
      position={toLatLng(place.display)}
      icon={markerIcon(place.kind, place.precision)}
      title={place.label}
      alt={place.label}
      keyboard
      riseOnHover
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={{ click: () => onSelect(place.slug) }}
    />
  );
}

function FlyToSelected({ place }: { place: MapPlace | null }) {
  const map = useMap();
  useEffect(() => {
    if (!place) return;
    const target = toLatLng(place.display);
    if (!map.getBounds().pad(-0.1).contains(target)) map.panTo(target, { animate: true });
  }, [map, place]);
  return null;
}
