"use client";
import { useEffect } from "react";
import { TileLayer, useMap } from "react-leaflet";
import type { Basemap } from "@/lib/domain/map/basemap";

/**
 * The active basemap's tile layers (none for "none": markers on a plain background). A new basemap
 * replaces the layers (keyed by its id) and sets the map's highest zoom to its own. `onTilesShown`
 * is called once the tiles of the view have come (or failed), at once with no layer, and when the
 * visitor starts moving the map (the map's preview, map-preview.tsx, is drawn for its first view).
 */
export function BasemapLayers({
  basemap,
  retina,
  onTilesFailed,
  onTilesShown,
}: {
  basemap: Basemap;
  retina: boolean;
  onTilesFailed?: (failed: boolean) => void;
  onTilesShown?: () => void;
}) {
  const map = useMap();
  useEffect(() => {
    map.setMaxZoom(basemap.maxZoom);
    if (map.getZoom() > basemap.maxZoom) map.setZoom(basemap.maxZoom);
    if (basemap.layers.length === 0) {
      onTilesFailed?.(false);
      onTilesShown?.();
    }
  }, [map, basemap, onTilesFailed, onTilesShown]);
  useEffect(() => {
    if (!onTilesShown) return;
    map.on("dragstart zoomstart", onTilesShown);
    return () => void map.off("dragstart zoomstart", onTilesShown);
  }, [map, onTilesShown]);
  const events = {
    ...(onTilesFailed ? { tileerror: () => onTilesFailed(true), tileload: () => onTilesFailed(false) } : {}),
    ...(onTilesShown ? { load: onTilesShown } : {}),
  };
  return (
    <>
      {basemap.layers.map((layer, i) => (
        <TileLayer
          key={`${basemap.id}-${i}`}
          url={layer.url}
          subdomains={layer.subdomains ?? "abc"}
          attribution={i === 0 ? basemap.attribution : undefined}
          maxZoom={basemap.maxZoom}
          detectRetina={retina}
          className={`basemap-${basemap.id}`}
          eventHandlers={events}
        />
      ))}
    </>
  );
}
