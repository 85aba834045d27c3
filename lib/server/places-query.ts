import "server-only";
import { z } from "zod";

// The query of GET /api/places (README, API): none → every place (the cached full collection);
// `bbox=minLng,minLat,maxLng,maxLat` (WGS-84 degrees, west,south,east,north as in RFC 7946 §5)
// → the places whose own point lies inside it; `limit` (1–1000, default PAGE_LIMIT_DEFAULT when
// any of bbox/limit/cursor is given) and `cursor` (opaque: from the previous page's `next` link)
// → one page in the collection's order. Keyset pagination on (sortOrder, id): a page never
// repeats or skips a place, however deep, and costs the same at any depth.

export const PAGE_LIMIT_MAX = 1000;
/** A page when `limit` is omitted: as many as the list shows at a time (lib/domain/browse/list-length.ts). */
export const PAGE_LIMIT_DEFAULT = 100;

export type BBox = { west: number; south: number; east: number; north: number };
/** Where the previous page ended: the last place's (sortOrder, id). */
export type PageKey = { sortOrder: number; id: number };
export type PlacesQuery = { kind: "all" } | { kind: "page"; bbox: BBox | null; limit: number; after: PageKey | null };
export type QueryProblem = { param: "bbox" | "limit" | "cursor"; message: string };

const NUMBER = /^-?\d{1,3}(\.\d{1,15})?$/;
const CURSOR_PREFIX = "p1.";

const bboxSchema = z
  .string()
  .transform((raw, ctx) => {
    const parts = raw.split(",");
    if (parts.length !== 4 || !parts.every((p) => NUMBER.test(p.trim()))) {
      ctx.addIssue({ code: "custom", message: "bbox must be four decimal numbers: minLng,minLat,maxLng,maxLat" });
      return z.NEVER;
    }
    const [west, south, east, north] = parts.map(Number) as [number, number, number, number];
    return { west, south, east, north };
  })
  .refine((b) => [b.west, b.east].every((x) => x >= -180 && x <= 180) && [b.south, b.north].every((y) => y >= -90 && y <= 90), {
    message: "bbox longitudes must be within -180..180 and latitudes within -90..90",
  })
  .refine((b) => b.west <= b.east && b.south <= b.north, {
    message: "bbox must be minLng,minLat,maxLng,maxLat with min ≤ max (a box across the antimeridian is not supported)",
  });

const limitSchema = z
  .string()
  .regex(/^\d{1,4}$/, `limit must be a whole number from 1 to ${PAGE_LIMIT_MAX}`)
  .transform(Number)
  .refine((n) => n >= 1 && n <= PAGE_LIMIT_MAX, `limit must be a whole number from 1 to ${PAGE_LIMIT_MAX}`);

const cursorSchema = z.string().transform((raw, ctx) => {
  const key = decodeCursor(raw);
  if (!key) {
    ctx.addIssue({ code: "custom", message: "cursor is not one this API gave out: use the `next` link of the previous page" });
    return z.NEVER;
  }
  return key;
});

/** The opaque cursor of a page key ("p1." + base64url of "sortOrder.id"). */
export function encodeCursor(key: PageKey): string {
  return CURSOR_PREFIX + Buffer.from(`${key.sortOrder}.${key.id}`, "utf8").toString("base64url");
}

export function decodeCursor(raw: string): PageKey | null {
  if (!raw.startsWith(CURSOR_PREFIX) || raw.length > 40 || !/^[A-Za-z0-9_-]+$/.test(raw.slice(CURSOR_PREFIX.length))) return null;
  const m = /^(-?\d{1,10})\.(\d{1,10})$/.exec(Buffer.from(raw.slice(CURSOR_PREFIX.length), "base64url").toString("utf8"));
  if (!m) return null;
  const key = { sortOrder: Number(m[1]), id: Number(m[2]) };
  return Number.isSafeInteger(key.sortOrder) && Number.isSafeInteger(key.id) && Math.abs(key.sortOrder) <= 2 ** 31 && key.id <= 2 ** 31 ? key : null;
}

/** Parses the query string; a repeated or invalid parameter is a problem (the route answers 400). */
export function parsePlacesQuery(params: URLSearchParams): { ok: true; query: PlacesQuery } | { ok: false; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const one = <T>(param: QueryProblem["param"], schema: z.ZodType<T, string>): T | null => {
    const values = params.getAll(param);
    if (values.length === 0) return null;
    if (values.length > 1) {
      problems.push({ param, message: `${param} may be given once` });
      return null;
    }
    const parsed = schema.safeParse(values[0]);
    if (!parsed.success) {
      problems.push({ param, message: parsed.error.issues[0]?.message ?? `${param} is invalid` });
      return null;
    }
    return parsed.data;
  };
  const bbox = one("bbox", bboxSchema);
  const limit = one("limit", limitSchema);
  const after = one("cursor", cursorSchema);
  if (problems.length > 0) return { ok: false, problems };
  if (!params.has("bbox") && !params.has("limit") && !params.has("cursor")) return { ok: true, query: { kind: "all" } };
  return { ok: true, query: { kind: "page", bbox, limit: limit ?? PAGE_LIMIT_DEFAULT, after } };
}

/** The query string of a page (for the `next` link and the cache key): canonical order and numbers. */
export function pageSearch(q: { bbox: BBox | null; limit: number; after: PageKey | null }): string {
  const params = new URLSearchParams();
  if (q.bbox) params.set("bbox", [q.bbox.west, q.bbox.south, q.bbox.east, q.bbox.north].join(","));
  params.set("limit", String(q.limit));
  if (q.after) params.set("cursor", encodeCursor(q.after));
  return params.toString();
}
