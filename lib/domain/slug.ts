// The one slug rule. A slug names a place, village, route, source or timeline entry in the data
// file, the database, URLs (/places/<slug>, ?village=, ?place=), the API and plan codes.
//
// Rule: 1–80 characters, lower-case ASCII letters and digits in runs joined by single hyphens
// ("yuan-renyuan-former-residence", "sanguansi"): no upper case, spaces, dots, "--", leading or
// trailing hyphen, and nothing that needs percent-encoding, so a slug is safe in a path segment
// as-is. Every slug of data/guide-data.json follows it (the longest is 42 characters).
//
// zod/mini, not zod: this schema reaches the browser (URL state, plan codes), where the full zod
// weighs about 33 kB gzip and zod/mini a fraction of it. Full-zod schemas on the server compose
// it as it is (`z.array(slugSchema)`, `z.nullable(slugSchema)`: both builds share zod's core).
import * as z from "zod/mini";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

export const slugSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(SLUG_MAX_LENGTH), z.regex(SLUG_PATTERN, "slug must be lower-case a-z, 0-9 and single hyphens"));

