import type { LngLat } from "../geo";
import { UNLOCATED_MARKER_ANCHOR } from "../unlocated-places";

// What the map lays out on screen (display-positions.ts), for the map itself
// (components/map/leaflet-map.tsx) and its preview (lib/domain/map/map-preview.ts).

/** The display id of the "位置待定 N" marker in the spread (no place slug starts with "_"). */
export const UNLOCATED_ID = "_unlocated";
/** Ranked after every place, so the "位置待定" marker is fanned out beside the seat, never at its centre. */
export const UNLOCATED_RANK = Number.MAX_SAFE_INTEGER;

/** A marker to lay out: its id, stored point and rank (lower = better-known, kept in the centre). */
export type DisplayInput = { slug: string; stored: LngLat; rank: number };

/** A marker to lay out, and whether it is one the map fits and keeps a whole tap target (`target`). */
export type FanOutInput = DisplayInput & { target: boolean };

/**
 * The markers the map lays out: the places shown and the "位置待定" marker (targets), and the plan's
 * stops hidden by the filters, which take part in the fan-out (so the plan's line is complete) but
 * are not drawn as markers.
 */
export function fanOutInputs(places: readonly DisplayInput[], stops: readonly DisplayInput[], unlocated: boolean): FanOutInput[] {
  const shown = new Set(places.map((p) => p.slug));
  return [
    ...places.map((p) => ({ slug: p.slug, stored: p.stored, rank: p.rank, target: true })),
    ...stops.filter((s) => !shown.has(s.slug)).map((s) => ({ slug: s.slug, stored: s.stored, rank: s.rank, target: false })),
    ...(unlocated ? [{ slug: UNLOCATED_ID, stored: UNLOCATED_MARKER_ANCHOR, rank: UNLOCATED_RANK, target: true }] : []),
  ];
}
