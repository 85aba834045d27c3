// Text normalization shared by the search index and the query, so both sides compare equal forms.

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Normalizes text for matching: NFKC (full-width "ＺＭＧ" → "zmg", "　" → " "), tone marks and other
 * diacritics removed ("Zhū mù gǎng" → "zhu mu gang", "ü" → "u"), lower case, every run of
 * non-letters/digits (punctuation, spaces) collapsed into one space, trimmed.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFKC")
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, " ")
    .trim();
}
