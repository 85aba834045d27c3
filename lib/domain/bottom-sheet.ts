// The phone's bottom sheet (the list, the plan and a place's panel below the map): three states,
// and how a drag or a key moves between them. Heights are fractions of the viewport's height,
// the same as the CSS's (app/globals.css, `.guide[data-sheet]` on phones):
// in peek the map keeps 72 % of the screen less the header, in half 50 % less the header (43 %
// on a 740 px phone, 41 % on a 568 px one), and in full a 48 px strip of map stays above the sheet.

export const SHEET_STATES = ["peek", "half", "full"] as const;
export type SheetState = (typeof SHEET_STATES)[number];

export const SHEET_PEEK = 0.28;
export const SHEET_HALF = 0.5;
/** In full the sheet stops this many px below the header: the map stays in sight, never 0 px tall. */
export const SHEET_FULL_GAP = 48;

/** The sheet's height in each state, in px, for a viewport and header height in px. */
export function sheetHeights(viewport: number, header: number): Record<SheetState, number> {
  return { peek: Math.round(viewport * SHEET_PEEK), half: Math.round(viewport * SHEET_HALF), full: Math.max(0, viewport - header - SHEET_FULL_GAP) };
}

/**
 * The state after a key or a tap on the handle: "cycle" (Enter, Space, a tap) goes
 * peek → half → full → peek; "up" and "down" (the arrow keys) move one state and stop at the ends.
 */
export function nextSheetState(state: SheetState, action: "cycle" | "up" | "down"): SheetState {
  const i = SHEET_STATES.indexOf(state);
  const last = SHEET_STATES.length - 1;
  const to = action === "cycle" ? (i + 1) % SHEET_STATES.length : action === "up" ? Math.min(last, i + 1) : Math.max(0, i - 1);
  return SHEET_STATES[to] ?? state;
}

/** The state a drag that left the sheet `height` px tall settles in: the nearest (the larger on a tie). */
export function snapSheet(height: number, heights: Readonly<Record<SheetState, number>>): SheetState {
  let best: SheetState = "peek";
  for (const state of SHEET_STATES) {
    if (Math.abs(heights[state] - height) <= Math.abs(heights[best] - height)) best = state;
  }
  return best;
}

/** A dragged height kept between the peek and full heights. */
export function clampSheet(height: number, heights: Readonly<Record<SheetState, number>>): number {
  return Math.min(heights.full, Math.max(heights.peek, height));
}
