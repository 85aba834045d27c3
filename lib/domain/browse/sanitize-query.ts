// The one rule for user-typed search text, used by the search and by the URL view state.

/** Longest query kept, in code points. Longer input is cut, so a search is never slow. */
export const MAX_QUERY_LENGTH = 100;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]+/g;

/**
 * Makes a query safe to search and to put in a URL: lone surrogates become U+FFFD (so
 * encodeURIComponent never throws), control characters become spaces, surrounding white space is
 * trimmed and the result is cut to MAX_QUERY_LENGTH code points. Idempotent. Only the first
 * 4 × MAX_QUERY_LENGTH UTF-16 units of the input are read, however long it is.
 */
export function sanitizeQuery(query: string): string {
  const head = query.slice(0, MAX_QUERY_LENGTH * 4);
  const cleaned = head.replace(LONE_SURROGATE, "\uFFFD").replace(CONTROL_CHARACTERS, " ").trim();
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join("").trim();
}
