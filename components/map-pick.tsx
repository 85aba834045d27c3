"use client";
import { createContext, useContext, useEffect, useRef } from "react";
import type { LngLat } from "@/lib/domain/geo";
import type { MapPick } from "./map/guide-map";

// How a form in the side panel borrows the main map to choose a point (the correction form's
// "Pick the point on the map"): GuideShell provides the setter and hands what is published to
// GuideMap. The form stays the one owner of its point; the map only shows it and reports clicks
// and drags back. Outside GuideShell there is no map, and useMapPick says so.

type Publish = (pick: MapPick | null) => void;

const MapPickContext = createContext<Publish | null>(null);

export const MapPickProvider = MapPickContext.Provider;

/** What a form asks of the map; null = nothing (the map shows no point and takes no picks). */
export type MapPickRequest = {
  point: LngLat | null;
  picking: boolean;
  hint: string;
  markerLabel: string;
  onPick: (point: LngLat) => void;
  onCancel: () => void;
};

/** Publishes the request to the main map while the caller is mounted. Returns whether there is a map to pick on. */
export function useMapPick(request: MapPickRequest | null): boolean {
  const publish = useContext(MapPickContext);
  const latest = useRef(request);
  useEffect(() => {
    latest.current = request;
  });
  const active = request !== null;
  const lat = request?.point?.lat;
  const lng = request?.point?.lng;
  const picking = request?.picking ?? false;
  const hint = request?.hint ?? "";
  const markerLabel = request?.markerLabel ?? "";
  useEffect(() => {
    if (!publish) return;
    publish(
      active
        ? {
            point: lat !== undefined && lng !== undefined ? { lat, lng } : null,
            picking,
            hint,
            markerLabel,
            onPick: (p) => latest.current?.onPick(p),
            onCancel: () => latest.current?.onCancel(),
          }
        : null,
    );
  }, [publish, active, lat, lng, picking, hint, markerLabel]);
  useEffect(() => (publish ? () => publish(null) : undefined), [publish]);
  return publish !== null;
}
