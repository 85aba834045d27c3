// Text normalization shared by the search index and the query, so both sides compare equal forms.

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Pinyin's toned vowels and ü, upper and lower case, each with the letter normalizeSearchText leaves of it. */
const TONED = new Map<number, number>(
  (
    [
      ["āáǎàĀÁǍÀ", "a"],
      ["ēéěèĒÉĚÈ", "e"],
      ["īíǐìĪÍǏÌ", "i"],
      ["ōóǒòŌÓǑÒ", "o"],
      ["ūúǔùǖǘǚǜüŪÚǓÙǕǗǙǛÜ", "u"],
    ] as const
  ).flatMap(([vowels, letter]) => [...vowels].map((c): [number, number] => [c.charCodeAt(0), letter.charCodeAt(0)])),
);

/** The toned vowels, lower case (fastPath lower-cases first), and what the fast path keeps. */
const TONED_CHAR = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/g;
const NOT_FAST_LETTER_OR_DIGIT = /[^a-z0-9\u4e00-\u9fff]+/g;

/** CJK and full-width punctuation that NFKC folds to punctuation or a space (a separator, as ASCII punctuation is). */
function isWideSeparator(code: number): boolean {
  return (
    code === 0x00b7 ||
    (code >= 0x3000 && code <= 0x3004) ||
    (code >= 0x3008 && code <= 0x3011) ||
    (code >= 0x3014 && code <= 0x301f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff5e)
  );
}

/**
 * normalizeSearchText in one pass over the characters, for text written only in printable ASCII,
 * CJK Unified Ideographs (U+4E00–U+9FFF), pinyin's toned vowels and the separators above: what
 * every name and summary of the guide is written in. It gives exactly what the general path gives
 * (normalize-search-text.test.ts compares them on every character it takes) at a fraction of the
 * cost: building the search index of 10,000 places normalizes tens of thousands of texts. Null for
 * every other character: the general path then does it.
 */
export function fastPath(text: string): string | null {
  // One scan, allocating nothing: is every character one this path takes, and what must change?
  let upper = false;
  let toned = false;
  let separator = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x4e00 && code <= 0x9fff)) continue;
    if (code >= 0x41 && code <= 0x5a) upper = true;
    else if (TONED.has(code)) toned = true;
    else if ((code >= 0x20 && code <= 0x7e) || isWideSeparator(code)) separator = true;
    else return null;
  }
  let out = upper || toned ? text.toLowerCase() : text;
  if (toned) out = out.replace(TONED_CHAR, (c) => String.fromCharCode(TONED.get(c.charCodeAt(0)) ?? c.charCodeAt(0)));
  if (separator) out = out.replace(NOT_FAST_LETTER_OR_DIGIT, " ").trim();
  return out;
}

/** normalizeSearchText for every text. Exported for the tests, which compare the two paths. */
export function generalPath(text: string): string {
  return text
    .normalize("NFKC")
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, " ")
    .trim();
}

/**
 * Normalizes text for matching: NFKC (full-width "ＺＭＧ" → "zmg", "　" → " "), tone marks and other
 * diacritics removed ("Zhū mù gǎng" → "zhu mu gang", "ü" → "u"), lower case, every run of
 * non-letters/digits (punctuation, spaces) collapsed into one space, trimmed.
 */
export function normalizeSearchText(text: string): string {
  return fastPath(text) ?? generalPath(text);
}
