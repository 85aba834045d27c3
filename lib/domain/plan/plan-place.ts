// The shapes the visit planner works on. Coordinates are WGS-84 LngLat (lib/domain/geo.ts); a
// missing fact is null, as in Place (lib/domain/place.ts).
import type { LngLat } from "../geo";
import type { VisitWindow } from "../place-kinds";

/**
 * A place the visitor may add to a plan (a projection of the guide's place record). `point` is its
 * known spot (own, or its village's: lib/domain/known-spot.ts), null when no spot is known: such a
 * stop is visited in the plan but gets no travel time to or from it (no invented distance).
 */
export interface PlanPlace {
  readonly slug: string;
  readonly point: LngLat | null;
  readonly nameZh: string;
  readonly nameEn: string | null;
  readonly kind: string;
  /** Suggested length of a visit, in minutes; null = unknown (the planner's default applies). */
  readonly visitMinutes: number | null;
  /** "HH:MM-HH:MM" (local time, UTC+8) when known; anything else is treated as unknown. */
  readonly openingHours: string | null;
  /** true when visitMinutes is the guide's own estimate (shown as such); absent = not known to be. */
  readonly visitMinutesEstimated?: boolean;
  /** When the place can be visited (a constraint: see visit-window.ts); absent = "any". */
  readonly visitWindow?: VisitWindow;
}

/** The point a day starts from (and returns to): the township seat, a place or a dropped pin. */
export interface PlanOrigin extends LngLat {
  readonly nameZh: string;
  readonly nameEn: string | null;
}

/** "石门 (Stone Gate)" when an English name is known, else the Chinese name alone. */
export function displayName(p: { readonly nameZh: string; readonly nameEn: string | null }): string {
  return p.nameEn !== null && p.nameEn !== "" ? `${p.nameZh} (${p.nameEn})` : p.nameZh;
}
