"use client";
import dynamic from "next/dynamic";

export type ReferencePlace = { slug: string; name: string; lat: number; lng: number };
export type ReferenceMapProps = { places: ReferencePlace[]; tileUrl: string };

// Leaflet needs `window`: the map loads in the browser only, as the guide's does.
const ReferenceMap = dynamic(() => import("./reference-map"), { ssr: false, loading: () => <div style={{ height: "60vh" }} /> });

export function LazyMap(props: ReferenceMapProps) {
  return <ReferenceMap {...props} />;
}
