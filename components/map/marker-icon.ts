import L from "leaflet";
import { KIND_INFO, type LocationPrecision, type PlaceKind } from "@/lib/domain/place-kinds";

// A marker's look tells its kind twice: a glyph (村/景/演/…) and a colour; a dashed ring says the
// location is an estimate. Built once per kind × precision and reused.
const cache = new Map<string, L.DivIcon>();

/** Width and height of a marker, its whole tap target (CSS px). */
export const MARKER_SIZE_PX = 32;

export function markerIcon(kind: PlaceKind, precision: LocationPrecision): L.DivIcon {
  const key = `${kind}:${precision}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const info = KIND_INFO[kind];
  const estimated = precision !== "exact";
  const icon = L.divIcon({
    className: `place-marker marker-${kind}${estimated ? " is-estimated" : ""}`,
    html: `<span class="place-marker__glyph" style="background:${info.color}" aria-hidden="true">${info.glyph}</span>`,
    iconSize: [MARKER_SIZE_PX, MARKER_SIZE_PX],
    iconAnchor: [MARKER_SIZE_PX / 2, MARKER_SIZE_PX / 2],
  });
  cache.set(key, icon);
  return icon;
}
