import L from "leaflet";
import { MARKER_SIZE_PX } from "@/lib/domain/map/first-view";
import { KIND_INFO, type LocationPrecision, type PlaceKind } from "@/lib/domain/place-kinds";

// A marker's look tells its kind twice: a glyph (村/景/演/…) and a colour; a dashed ring says the
// location is an estimate. Built once per kind × precision and reused.
const cache = new Map<string, L.DivIcon>();


export function markerIcon(kind: PlaceKind, precision: LocationPrecision, villageLevel: boolean): L.DivIcon {
  const key = `${kind}:${precision}:${villageLevel}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const info = KIND_INFO[kind];
  const estimated = precision !== "exact";
  const icon = L.divIcon({
    className: `place-marker marker-${kind}${estimated ? " is-estimated" : ""}${villageLevel ? " is-village-level" : ""}`,
    // A village-level place (drawn at its village's point) carries a small 村 badge.
    html: `<span class="place-marker__glyph" style="background:${info.color}" aria-hidden="true">${info.glyph}</span>${villageLevel ? '<span class="place-marker__badge" aria-hidden="true">村</span>' : ""}`,
    iconSize: [MARKER_SIZE_PX, MARKER_SIZE_PX],
    iconAnchor: [MARKER_SIZE_PX / 2, MARKER_SIZE_PX / 2],
  });
  cache.set(key, icon);
  return icon;
}

/**
 * What a place's marker says to assistive technology and to the page: its accessible name, whether
 * it is the selected place (a toggle button's pressed state, and the selected look), and its slug.
 */
export function markPlaceElement(el: HTMLElement, place: { slug: string; label: string }, selected: boolean): void {
  el.classList.toggle("is-selected", selected);
  el.setAttribute("aria-label", place.label);
  el.setAttribute("aria-pressed", selected ? "true" : "false");
  el.dataset.slug = place.slug;
}

/**
 * The "位置待定 N" marker: a pill with a question mark and its text, dashed and grey so it does not
 * read as a place. `text` comes from the messages (digits and fixed words), never from the data.
 */
export function unlocatedIcon(text: string): L.DivIcon {
  const key = `unlocated:${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const safe = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const icon = L.divIcon({
    className: "unlocated-marker",
    html: `<span class="unlocated-marker__pill" aria-hidden="true"><span class="unlocated-marker__q">?</span>${safe}</span>`,
    iconSize: undefined,
    iconAnchor: [0, 14],
  });
  cache.set(key, icon);
  return icon;
}
