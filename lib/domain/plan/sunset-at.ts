// Sunset time in the township, from suncalc's solar position model (sun's upper limb at the
// horizon with standard refraction, h = −0.833°), expressed in China Standard Time (UTC+8).
import { getTimes } from "suncalc";
import type { LngLat } from "../geo";
import { TOWNSHIP_SEAT } from "../township-seat";
import { epochMsToLocalMinutes, localToEpochMs } from "./local-time";

/**
 * Sunset on a local date as minutes after local (UTC+8) midnight, rounded to the minute; null when
 * the sun does not set that day (polar day/night — not a case in Hunan).
 */
export function sunsetMinutes(dateISO: string, where: LngLat = TOWNSHIP_SEAT): number | null {
  // Local noon (12:00 UTC+8) picks the right solar day for suncalc.
  const noon = new Date(localToEpochMs(dateISO, 12 * 60));
  const sunset = getTimes(noon, where.lat, where.lng).sunset;
  const ms = sunset === null ? NaN : sunset.getTime();
  if (!Number.isFinite(ms)) return null;
  return Math.round(epochMsToLocalMinutes(dateISO, ms));
}
