"use client";
import { useEffect } from "react";
import { useMap } from "react-leaflet";

// Leaflet measures its container only when the window resizes; on a phone the map also changes
// size when the bottom sheet moves. This tells Leaflet whenever its container's size changes.
export function SizeTracker() {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize({ debounceMoveend: true }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
