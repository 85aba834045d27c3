// Text cut to a width for the share images (satori draws no ellipsis of its own across lines). The
// width is an estimate in ems, counted per character: CJK ideographs, kana, hangul and full-width
// forms are 1 em (a CJK font draws them square); everything else is counted as 0.6 em, a little
// wider than the Latin letters of Noto Sans (about 0.55 em on average), so the estimate errs long
// and a cut line never overflows.

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;
const ELLIPSIS = "…";
/** The ellipsis is drawn at 1 em in a CJK font. */
const ELLIPSIS_EM = 1;

/** Estimated width of one character, in ems. */
export function charEm(char: string): number {
  return WIDE.test(char) ? 1 : 0.6;
}

/** Estimated width of a text, in ems. */
export function textEm(text: string): number {
  let sum = 0;
  for (const char of text) sum += charEm(char);
  return sum;
}

/**
 * `text` when it fits in `maxEm`, else its longest start that fits with "…" after it. Cuts between
 * code points, never inside a surrogate pair; blanks before the ellipsis are dropped.
 */
export function fitText(text: string, maxEm: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (textEm(flat) <= maxEm) return flat;
  const room = maxEm - ELLIPSIS_EM;
  let used = 0;
  let out = "";
  for (const char of flat) {
    const w = charEm(char);
    if (used + w > room) break;
    used += w;
    out += char;
  }
  return out.trimEnd() + ELLIPSIS;
}
