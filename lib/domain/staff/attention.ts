import { z } from "zod";

// What makes a place need staff attention, for the staff home's filters (/staff?needs=…). One
// definition, used by the server's list and its tests:
//
// - no-spot: no known spot. No point is stored (lat/lng null), or the point only stands for the
//   village or the township (precision "village" or "township"): nobody knows where the place is.
// - stale-status: the status is older than two years. No status year is recorded, or it is before
//   the current year minus two (in 2026: 2023 or earlier). The current year is the server's date.
// - unsourced: a fact without a source. Any of:
//     · the place cites no source at all;
//     · it claims a spot of its own (precision "exact" or "approximate", with a point) but no
//       location source is recorded for that point (Place.locationSourceId): the seed's
//       coordinates are the guide's own estimates, and a location set in the staff area names its
//       source, which takes the place off this list;
//     · every source it cites has low or very low confidence: nothing firm backs it.
// - corrections: visitors' corrections still open (Correction.status "open").
//
// Archived places are listed in the staff home but never counted as needing attention: visitors
// no longer see them.

export const ATTENTION_CODES = ["no-spot", "stale-status", "unsourced", "corrections"] as const;
export type AttentionCode = (typeof ATTENTION_CODES)[number];

/** The `needs` query parameter of /staff: one attention code, or nothing (all places). */
export const attentionFilterSchema = z.enum(ATTENTION_CODES);

/** How many years a status may be old before it needs checking again. */
export const STATUS_MAX_AGE_YEARS = 2;

const WEAK_CONFIDENCES: ReadonlySet<string> = new Set(["low", "very_low"]);

export type AttentionInput = {
  lat: number | null;
  lng: number | null;
  precision: string;
  statusYear: number | null;
  locationSourceId: number | null;
  /** confidence of every source the place cites ("high", "medium", "low", "very_low") */
  sourceConfidences: readonly string[];
  openCorrections: number;
  archived: boolean;
};

export function hasNoKnownSpot(p: Pick<AttentionInput, "lat" | "lng" | "precision">): boolean {
  return p.lat === null || p.lng === null || p.precision === "township" || p.precision === "village";
}

export function hasStaleStatus(p: Pick<AttentionInput, "statusYear">, currentYear: number): boolean {
  return p.statusYear === null || p.statusYear < currentYear - STATUS_MAX_AGE_YEARS;
}

export function hasUnsourcedFact(p: Pick<AttentionInput, "lat" | "lng" | "precision" | "locationSourceId" | "sourceConfidences">): boolean {
  if (p.sourceConfidences.length === 0) return true;
  const claimsOwnSpot = !hasNoKnownSpot(p) && (p.precision === "exact" || p.precision === "approximate");
  if (claimsOwnSpot && p.locationSourceId === null) return true;
  return p.sourceConfidences.every((c) => WEAK_CONFIDENCES.has(c));
}

/** The reasons a place needs attention, in ATTENTION_CODES order; none for an archived place. */
export function placeAttention(p: AttentionInput, currentYear: number): AttentionCode[] {
  if (p.archived) return [];
  const out: AttentionCode[] = [];
  if (hasNoKnownSpot(p)) out.push("no-spot");
  if (hasStaleStatus(p, currentYear)) out.push("stale-status");
  if (hasUnsourcedFact(p)) out.push("unsourced");
  if (p.openCorrections > 0) out.push("corrections");
  return out;
}

/** How many places need each kind of attention. */
export function attentionCounts(lists: readonly (readonly AttentionCode[])[]): Record<AttentionCode, number> {
  const counts = Object.fromEntries(ATTENTION_CODES.map((c) => [c, 0])) as Record<AttentionCode, number>;
  for (const codes of lists) for (const c of codes) counts[c] += 1;
  return counts;
}
