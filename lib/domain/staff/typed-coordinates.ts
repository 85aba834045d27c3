import gcoord from "gcoord";
import type { LngLat } from "../geo";

// Coordinates typed or pasted by staff. Amap and Tencent show GCJ-02 ("Mars") coordinates, which
// sit a few hundred metres off WGS-84 in China; the guide stores WGS-84 only, so GCJ-02 input is
// converted here (gcoord), at the edge, before it reaches the form's values.

export const DATUMS = ["wgs84", "gcj02"] as const;
export type Datum = (typeof DATUMS)[number];

/** 6 decimals ≈ 0.1 m: more would be false precision. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A typed point in the given datum, as WGS-84 (rounded to 6 decimals). */
export function toWgs84(point: LngLat, datum: Datum): LngLat {
  if (datum === "wgs84") return { lng: roundCoordinate(point.lng), lat: roundCoordinate(point.lat) };
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return { lng: roundCoordinate(lng), lat: roundCoordinate(lat) };
}

/** Parses "29.39, 110.69" style text (lat first, as Amap and Tencent show it); null when it is not two numbers. */
export function parseLatLngText(text: string): LngLat | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[,，\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!m) return null;
  return { lat: Number(m[1]), lng: Number(m[2]) };
}
