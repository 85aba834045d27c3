"use client";
import L from "leaflet";
import { MapContainer, Marker, TileLayer } from "react-leaflet";
import type { ReferenceMapProps } from "./lazy-map";

// A plain round marker drawn by CSS (no image to fetch), as the guide's markers are.
const icon = L.divIcon({ className: "", html: '<span style="display:block;width:24px;height:24px;border-radius:50%;background:#b22222"></span>', iconSize: [24, 24] });

export default function ReferenceMap({ places, tileUrl }: ReferenceMapProps) {
  const bounds = L.latLngBounds(places.map((p) => L.latLng(p.lat, p.lng))).pad(0.1);
  return (
    <div role="region" aria-label="地图">
      <MapContainer bounds={bounds} style={{ height: "60vh" }}>
        <TileLayer url={tileUrl} maxZoom={18} />
        {places.map((p) => (
          <Marker key={p.slug} position={[p.lat, p.lng]} icon={icon} title={p.name} alt={p.name} />
        ))}
      </MapContainer>
    </div>
  );
}
