"use client";
import { createContext, useContext, useMemo } from "react";
import type { LatLngTuple } from "leaflet";
import type { LngLat } from "@/lib/domain/geo";
import type { MapDatum } from "@/lib/domain/map/basemap";
import { fromMapDatum, toMapDatum } from "@/lib/domain/map/datum-shift";
import { toLatLng } from "./latlng";

// The one place where a map's drawing meets the basemap's datum. Everything a map draws (markers,
// lines, circles, the pick point, "you are here") goes through `toMap`; everything a visitor picks
// on a map (a click, a dragged marker, the centre after a pan) comes back through `fromMap`. Over
// WGS-84 tiles both are the identity; over GCJ-02 tiles (Amap) they shift by gcoord, so the data,
// the URL and the forms stay WGS-84.

export type MapProjection = {
  datum: MapDatum;
  /** A stored WGS-84 point → where Leaflet draws it on the current basemap. */
  toMap: (point: LngLat) => LatLngTuple;
  /** The same, as { lng, lat } (for bounds). */
  shift: (point: LngLat) => LngLat;
  /** A position on the current basemap (Leaflet's { lat, lng }) → its WGS-84 point. */
  fromMap: (at: { lat: number; lng: number }) => LngLat;
};

const MapDatumContext = createContext<MapDatum>("wgs84");

export function MapDatumProvider({ datum, children }: { datum: MapDatum; children: React.ReactNode }) {
  return <MapDatumContext.Provider value={datum}>{children}</MapDatumContext.Provider>;
}

/** The projection of a basemap in `datum` (components inside a map use useMapProjection). */
export function mapProjection(datum: MapDatum): MapProjection {
  return {
    datum,
    toMap: (point) => toLatLng(toMapDatum(point, datum)),
    shift: (point) => toMapDatum(point, datum),
    fromMap: ({ lat, lng }) => fromMapDatum({ lng, lat }, datum),
  };
}

/** The projection of the basemap the surrounding map shows. */
export function useMapProjection(): MapProjection {
  const datum = useContext(MapDatumContext);
  return useMemo(() => mapProjection(datum), [datum]);
}
