"use client";
import dynamic from "next/dynamic";
import type { LocationPrecision, PlaceKind } from "@/lib/domain/place-kinds";

export type MapPlace = {
  slug: string;
  kind: PlaceKind;
  precision: LocationPrecision;
  precisionRadiusM: number;
  /** Accessible name of the marker, e.g. "袁任远故居（红色旅游）". */
  label: string;
  /** Stored WGS-84 position [lng, lat]. */
  stored: readonly [number, number];
  /** Where the marker is drawn (differs from stored only for places sharing one spot). */
  display: readonly [number, number];
};

export type TileSettings = { url: string; attribution: string; maxZoom: number };

export type GuideMapProps = {
  places: MapPlace[];
  selectedSlug: string | null;
  onSelect: (slug: string) => void;
  tiles: TileSettings;
  labels: { loading: string; tilesUnavailable: string };
};

// Leaflet needs `window`: load it only in the browser. The list beside the map is the
// server-rendered alternative, so nothing is lost while (or if) the map loads.
const LeafletMap = dynamic(() => import("./leaflet-map"), {
  ssr: false,
  loading: () => <div className="map-canvas map-loading">…</div>,
});

export function GuideMap(props: GuideMapProps) {
  return <LeafletMap {...props} />;
}
