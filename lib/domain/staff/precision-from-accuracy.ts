import type { LocationPrecision } from "../place-kinds";

// "I am here": the device reports its position with an accuracy (metres, the radius of 68 %
// confidence per the Geolocation API). The rule that turns it into the guide's precision:
//   - accuracy ≤ 50 m  -> "exact", radius = the accuracy rounded up to a whole metre (at least 1);
//   - accuracy > 50 m  -> "approximate", radius = the accuracy rounded up to the next 10 m;
//   - accuracy > 2 km, zero, negative or not a number -> refused: such a fix cannot place a
//     point (a phone without GPS falls back to cell towers) and staff are told to try outdoors.
// 50 m is the guide's own bound for "exact" (lib/domain/place-kinds.ts: "within ~50 m").

export const EXACT_MAX_ACCURACY_M = 50;
export const USABLE_MAX_ACCURACY_M = 2000;

export type AccuracyResult = { ok: true; precision: LocationPrecision; radiusM: number } | { ok: false; code: "too_inaccurate" | "invalid" };

export function precisionFromAccuracy(accuracyM: number): AccuracyResult {
  if (!Number.isFinite(accuracyM) || accuracyM <= 0) return { ok: false, code: "invalid" };
  if (accuracyM > USABLE_MAX_ACCURACY_M) return { ok: false, code: "too_inaccurate" };
  if (accuracyM <= EXACT_MAX_ACCURACY_M) return { ok: true, precision: "exact", radiusM: Math.max(1, Math.ceil(accuracyM)) };
  return { ok: true, precision: "approximate", radiusM: Math.ceil(accuracyM / 10) * 10 };
}
