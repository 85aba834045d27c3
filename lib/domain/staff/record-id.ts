/**
 * The largest id or version number a record can have: PostgreSQL's `integer` (int4), the column type
 * Prisma gives an `Int` there. SQLite would take more, but an input above this is refused on both
 * providers, so a too-large number is a 400, never a database error.
 */
export const RECORD_ID_MAX = 2 ** 31 - 1;
