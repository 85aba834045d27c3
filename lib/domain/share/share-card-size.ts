// The size of the Open Graph cards: 1200 × 630, the size the large link previews draw without
// cropping (1.91 : 1).
export const SHARE_CARD = { width: 1200, height: 630 } as const;

/** Ems of text that fit on one line of the card's content at `fontSize` px. */
export function cardLineEm(fontSize: number): number {
  // 28 px band, 72 px padding on both sides
  return (SHARE_CARD.width - 28 - 2 * 72) / fontSize;
}
