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
  /** Lower = better-known location; drawn in the centre when places share a spot. */
  rank: number;
};

export type TileSettings = { url: string; attribution: string; maxZoom: number };

/** A map view: centre (WGS-84) and zoom. */
export type MapView = { lat: number; lng: number; z: number };

export type GuideMapProps = {
  places: MapPlace[];
  selectedSlug: string | null;
  onSelect: (slug: string) => void;
  tiles: TileSettings;
  labels: { loading: string; tilesUnavailable: string };
  /** Where the map opens; null = fit all places. */
  initialView: MapView | null;
  /** Changes when the filters change: the map then fits the places shown. */
  fitKey: string;
  /** Set (with a new key) to move the map, e.g. after back/forward. */
  viewTarget: (MapView & { key: number }) | null;
  /** Called after the user pans or zooms. */
  onViewChange: (view: MapView) => void;
  /** The visitor's plan: drawn as numbered stops joined by a line from the start. */
  planPath: PlanPath;
  planLabel: string;
};

type PlanPath = {
  origin: readonly [number, number];
  returnToStart: boolean;
  stops: { slug: string; stored: readonly [number, number]; rank: number }[];
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
