// The one slug rule. A slug names a place, village, route, source or timeline entry in the data
// file, the database, URLs (/places/<slug>, ?village=, ?place=), the API and plan codes.
//
// Rule: 1–80 characters, lower-case ASCII letters and digits in runs joined by single hyphens
// ("yuan-renyuan-former-residence", "sanguansi"): no upper case, spaces, dots, "--", leading or
// trailing hyphen, and nothing that needs percent-encoding, so a slug is safe in a path segment
// as-is. Every slug of data/guide-data.json follows it (the longest is 42 characters).
//
// No schema library here: the first view's URL state (browse/view-state.ts) checks slugs with
// isSlug. The zod schema of the same rule, for the schemas that validate input, is slug-schema.ts.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;
export const SLUG_MESSAGE = "slug must be lower-case a-z, 0-9 and single hyphens";

export function isSlug(value: string): boolean {
  return value.length >= 1 && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}
