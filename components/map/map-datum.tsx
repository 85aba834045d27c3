"use client";
import { createContext, useContext } from "react";
import type { LatLngTuple } from "leaflet";
import type { LngLat } from "@/lib/domain/geo";
import type { MapDatum } from "@/lib/domain/map/basemap";
import { toLatLng } from "./latlng";

// The one place where a map's drawing meets the basemap's datum. Everything a map draws (markers,
// lines, circles, the pick point, "you are here") goes through `toMap`; everything a visitor picks
// on a map (a click, a dragged marker, the centre after a pan) comes back through `fromMap`. Over
// WGS-84 tiles both are the identity; over GCJ-02 tiles (Amap) they shift by gcoord, so the data,
// the URL and the forms stay WGS-84. The shifting code (datum-shift.ts) is passed in: the guide's
// map loads it only with such a basemap (load-datum-shift.ts).

/** lib/domain/map/datum-shift.ts, as a module. */
export type DatumShiftCode = typeof import("@/lib/domain/map/datum-shift");

export type MapProjection = {
  datum: MapDatum;
  /** A stored WGS-84 point → where Leaflet draws it on the current basemap. */
  toMap: (point: LngLat) => LatLngTuple;
  /** The same, as { lng, lat } (for bounds). */
  shift: (point: LngLat) => LngLat;
  /** A position on the current basemap (Leaflet's { lat, lng }) → its WGS-84 point. */
  fromMap: (at: { lat: number; lng: number }) => LngLat;
};

const WGS84: MapProjection = {
  datum: "wgs84",
  toMap: (point) => toLatLng(point),
  shift: (point) => point,
  fromMap: ({ lat, lng }) => ({ lng, lat }),
};

const MapDatumContext = createContext<MapProjection>(WGS84);

/** Gives the components inside a map the projection of its basemap (make it with mapProjection, memoised). */
export function MapDatumProvider({ projection, children }: { projection: MapProjection; children: React.ReactNode }) {
  return <MapDatumContext.Provider value={projection}>{children}</MapDatumContext.Provider>;
}

/**
 * The projection of a basemap in `datum` (components inside a map use useMapProjection). A datum
 * other than WGS-84 needs the shifting code: a map is drawn over such a basemap only once it has come.
 */
export function mapProjection(datum: MapDatum, code: DatumShiftCode | null): MapProjection {
  if (datum === "wgs84") return WGS84;
  if (!code) throw new Error(`drawing over ${datum} tiles needs the datum-shift code`);
  const { toMapDatum, fromMapDatum } = code;
  return {
    datum,
    toMap: (point) => toLatLng(toMapDatum(point, datum)),
    shift: (point) => toMapDatum(point, datum),
    fromMap: ({ lat, lng }) => fromMapDatum({ lng, lat }, datum),
  };
}

/** The projection of the basemap the surrounding map shows. */
export function useMapProjection(): MapProjection {
  return useContext(MapDatumContext);
}
