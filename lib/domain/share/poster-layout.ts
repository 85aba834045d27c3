// The plan poster's geometry (app/[lang]/plan/poster/route.tsx draws it with these numbers): a PNG
// 1080 px wide, the width phones save and WeChat shows without scaling, as tall as its stops need.
// Top to bottom: the heading block, then per day a heading and one row per stop, then the note
// that times are estimates, then the QR code back to the plan with its caption.

export const POSTER_WIDTH = 1080;

export const POSTER_METRICS = {
  padding: 72,
  /** Site name, plan title, date line. */
  header: 260,
  dayHeading: 76,
  stopRow: 108,
  dayGap: 24,
  note: 56,
  /** The QR code (QR_SIZE) and its caption beside it. */
  footer: 340,
  qrSize: 280,
  /** The stop number's disc, left of the name. */
  disc: 64,
  discGap: 28,
  nameSize: 40,
  timeSize: 32,
} as const;

/** The poster's height for a plan whose days hold these numbers of stops. */
export function posterHeight(stopsPerDay: readonly number[]): number {
  const m = POSTER_METRICS;
  const days = stopsPerDay.reduce((sum, stops) => sum + m.dayHeading + stops * m.stopRow + m.dayGap, 0);
  return m.padding * 2 + m.header + days + m.note + m.footer;
}

/** How many ems of a stop's name fit on its row (right of the number's disc). */
export function posterNameEm(): number {
  const m = POSTER_METRICS;
  return (POSTER_WIDTH - 2 * m.padding - m.disc - m.discGap) / m.nameSize;
}
