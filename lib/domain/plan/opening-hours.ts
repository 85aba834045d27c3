// Opening hours as the guide records them when known: one daily window "HH:MM-HH:MM" (local time).

export interface OpeningWindow {
  /** Minutes after midnight. */
  readonly open: number;
  /** Minutes after midnight; ≤ open means the window runs past midnight. 24:00 is 1440. */
  readonly close: number;
}

const WINDOW_RE = /^\s*(\d{1,2}):([0-5]\d)\s*[-–~～]\s*(\d{1,2}):([0-5]\d)\s*$/;

/** Parse "08:00-17:30" (also with – or ~); null for anything else (treated as unknown hours). */
export function parseOpeningHours(text: string): OpeningWindow | null {
  const m = WINDOW_RE.exec(text);
  if (m === null) return null;
  const open = Number(m[1]) * 60 + Number(m[2]);
  const close = Number(m[3]) * 60 + Number(m[4]);
  if (open >= 1440 || close > 1440) return null;
  return { open, close };
}

/** Is a local time (minutes after midnight, any day) inside the window? */
export function isWithinOpeningHours(window: OpeningWindow, minutes: number): boolean {
  const t = ((minutes % 1440) + 1440) % 1440;
  if (window.close > window.open) return t >= window.open && t < window.close;
  return t >= window.open || t < window.close;
}
