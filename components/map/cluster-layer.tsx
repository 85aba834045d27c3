"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { Marker, useMap, useMapEvents } from "react-leaflet";
import L, { type LeafletKeyboardEvent, type Marker as LeafletMarker } from "leaflet";
import { placeClusters, type ClusterItem, type ViewBox } from "@/lib/domain/cluster-places";
import { toLatLng } from "./latlng";
import type { MapPlace } from "./guide-map";

// The map's markers when many places are shown (CLUSTER_FROM, lib/domain/cluster-places.ts): the
// places in view, gathered into numbered clusters where their markers would crowd. A cluster is a
// button (Tab, Enter or Space, click) that zooms in until it splits. Only what is in view (plus a
// margin) is drawn, recomputed after each pan or zoom. Every place also stays reachable through
// the list beside the map.

/** The view's box widened by half a screen on each side, so a short pan shows markers at once. */
function viewBox(map: L.Map): ViewBox & { zoom: number } {
  const b = map.getBounds().pad(0.5);
  return { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth(), zoom: map.getZoom() };
}

const iconCache = new Map<string, L.DivIcon>();
function clusterIcon(count: number): L.DivIcon {
  const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 52;
  const key = `${size}:${count}`;
  const hit = iconCache.get(key);
  if (hit) return hit;
  const icon = L.divIcon({
    className: "cluster-marker",
    html: `<span class="cluster-marker__count" aria-hidden="true">${count}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
  if (iconCache.size > 2000) iconCache.clear();
  iconCache.set(key, icon);
  return icon;
}

export function ClusterLayer({
  places,
  selectedSlug,
  clusterLabel,
  renderPlace,
}: {
  places: MapPlace[];
  selectedSlug: string | null;
  clusterLabel: (count: number) => string;
  renderPlace: (place: MapPlace) => React.ReactNode;
}) {
  const map = useMap();
  const [view, setView] = useState(() => viewBox(map));
  useMapEvents({ moveend: () => setView(viewBox(map)) });
  const index = useMemo(() => placeClusters(places.map((p) => ({ slug: p.slug, lng: p.stored.lng, lat: p.stored.lat }))), [places]);
  const bySlug = useMemo(() => new Map(places.map((p) => [p.slug, p])), [places]);
  const items = useMemo(() => index.at(view, view.zoom), [index, view]);
  const selected = selectedSlug ? bySlug.get(selectedSlug) : undefined;
  const selectedDrawn = items.some((i) => i.type === "place" && i.slug === selectedSlug);
  return (
    <>
      {items.map((item) =>
        item.type === "place" ? (
          <PlaceItem key={item.slug} place={bySlug.get(item.slug)} renderPlace={renderPlace} />
        ) : (
          <ClusterMarker key={`c${item.id}`} item={item} label={clusterLabel(item.count)} onOpen={() => map.setView([item.lat, item.lng], item.expansionZoom, { animate: false })} />
        ),
      )}
      {/* The selected place keeps its marker even when its cluster gathers it. */}
      {selected && !selectedDrawn ? renderPlace(selected) : null}
    </>
  );
}

function PlaceItem({ place, renderPlace }: { place: MapPlace | undefined; renderPlace: (place: MapPlace) => React.ReactNode }) {
  return place ? renderPlace(place) : null;
}

function ClusterMarker({ item, label, onOpen }: { item: Extract<ClusterItem, { type: "cluster" }>; label: string; onOpen: () => void }) {
  const ref = useRef<LeafletMarker | null>(null);
  useEffect(() => {
    const el = ref.current?.getElement();
    if (!el) return;
    el.setAttribute("aria-label", label);
    el.dataset.cluster = String(item.count);
  }, [label, item.count]);
  return (
    <Marker
      ref={ref}
      position={toLatLng({ lng: item.lng, lat: item.lat })}
      icon={clusterIcon(item.count)}
      title={label}
      alt={label}
      keyboard
      eventHandlers={{
        click: onOpen,
        keydown: (e: LeafletKeyboardEvent) => {
          const key = e.originalEvent.key;
          if (key !== "Enter" && key !== " ") return;
          e.originalEvent.preventDefault();
          onOpen();
        },
      }}
    />
  );
}
