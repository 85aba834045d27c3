"use client";
import { useEffect } from "react";
import { TileLayer, useMap } from "react-leaflet";
import type { Basemap } from "@/lib/domain/map/basemap";

/**
 * The active basemap's tile layers (none for "none": markers on a plain background). A new basemap
 * replaces the layers (keyed by its id) and sets the map's highest zoom to its own.
 */
export function BasemapLayers({ basemap, retina, onTilesFailed }: { basemap: Basemap; retina: boolean; onTilesFailed?: (failed: boolean) => void }) {
  const map = useMap();
  useEffect(() => {
    map.setMaxZoom(basemap.maxZoom);
    if (map.getZoom() > basemap.maxZoom) map.setZoom(basemap.maxZoom);
    if (basemap.layers.length === 0) onTilesFailed?.(false);
  }, [map, basemap, onTilesFailed]);
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
          eventHandlers={onTilesFailed ? { tileerror: () => onTilesFailed(true), tileload: () => onTilesFailed(false) } : undefined}
        />
      ))}
    </>
  );
}
