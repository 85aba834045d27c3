// Civil time in the township: China Standard Time, UTC+8, no daylight saving. Everything here is
// plain arithmetic on minutes and civil dates, so results never depend on the machine's time zone.

/** Offset of China Standard Time from UTC, in minutes. */
export const CHINA_UTC_OFFSET_MINUTES = 8 * 60;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a real calendar date written YYYY-MM-DD (years 1000–9999). */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  const check = new Date(Date.UTC(y, mo - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d;
}

/** "HH:MM" (00:00–23:59) → minutes after midnight, or null when malformed. */
export function parseClock(value: string): number | null {
  const m = CLOCK_RE.exec(value);
  return m === null ? null : Number(m[1]) * 60 + Number(m[2]);
}

/** Minutes after midnight → "HH:MM"; values of a day or more wrap (25:30 → "01:30"). */
export function formatClock(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(dateISO: string, days: number): string {
  const m = DATE_RE.exec(dateISO);
  if (m === null) throw new RangeError(`not a YYYY-MM-DD date: ${dateISO}`);
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return t.toISOString().slice(0, 10);
}

/** Epoch milliseconds of a local (UTC+8) date plus minutes after its midnight (may exceed 1440). */
export function localToEpochMs(dateISO: string, minutes: number): number {
  const m = DATE_RE.exec(dateISO);
  if (m === null) throw new RangeError(`not a YYYY-MM-DD date: ${dateISO}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + (minutes - CHINA_UTC_OFFSET_MINUTES) * 60_000;
}

/** "2026-06-21T01:00:00Z" for a local (UTC+8) date and minutes after its midnight. */
export function localToUtcIso(dateISO: string, minutes: number): string {
  return new Date(localToEpochMs(dateISO, minutes)).toISOString().replace(".000Z", "Z");
}

/** Minutes after local (UTC+8) midnight of `dateISO` for an instant. */
export function epochMsToLocalMinutes(dateISO: string, epochMs: number): number {
  return (epochMs - localToEpochMs(dateISO, 0)) / 60_000;
}
