import "server-only";
import { createHash } from "node:crypto";
import { DATABASE_RETRY_AFTER_S, isDatabaseUnavailable } from "./data-access-error";

const GEOJSON_TYPE = "application/geo+json; charset=utf-8";

// Clients may keep a copy but must ask again before using it (max-age=0, must-revalidate): a staff
// edit shows on the next request, and the question costs a 304 with no body when nothing changed.
const GEOJSON_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** A serialised GeoJSON body and its strong ETag, computed once per data version (cached). */
export type GeoJsonBody = { body: string; etag: string };

export function toGeoJsonBody(value: unknown): GeoJsonBody {
  const body = JSON.stringify(value);
  return { body, etag: strongEtag(body) };
}

/** A strong entity tag: the SHA-256 of the exact body bytes (UTF-8), base64url. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url")}"`;
}

// An entity-tag in a list (RFC 9110 §8.8.3): optional W/ then a quoted opaque tag, which may
// contain commas, so the list is tokenised by quotes, not split on commas.
const ENTITY_TAG = /(W\/)?"([^"]*)"/g;

/**
 * Whether an If-None-Match header matches the current ETag (RFC 9110 §13.1.2): `*` matches any
 * current representation, otherwise any listed tag matches by weak comparison (W/ is ignored).
 */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  const opaque = etag.replace(/^W\//, "");
  for (const m of header.matchAll(ENTITY_TAG)) {
    if (`"${m[2]}"` === opaque) return true;
  }
  return false;
}

/** The GeoJSON body with its ETag, or a 304 without body when the client already has it. */
export function geoJson(request: Request, body: GeoJsonBody): Response {
  return withEtag(request, body, GEOJSON_TYPE);
}

/** `value` as a JSON body with its strong ETag, or a 304 likewise. */
export function jsonWithEtag(request: Request, value: unknown): Response {
  return withEtag(request, toGeoJsonBody(value), "application/json; charset=utf-8");
}

function withEtag(request: Request, { body, etag }: GeoJsonBody, contentType: string): Response {
  const headers = { ETag: etag, "Cache-Control": GEOJSON_CACHE_CONTROL };
  if (ifNoneMatchMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { "Content-Type": contentType, ...headers } });
}

/** A JSON error body: { error: { status, code, message } }. */
export function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ error: { status, code, message } }, { status, headers: { "Cache-Control": "no-store" } });
}

/** The 503 of every API route while the database is away: JSON, with Retry-After. */
export function databaseUnavailable(): Response {
  return Response.json(
    { error: { status: 503, code: "database_unavailable", message: "The guide's database is not available right now. Please try again later." } },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(DATABASE_RETRY_AFTER_S) } },
  );
}

/**
 * Runs a handler; a database that is away (unreachable, down, no free connection in the pool: a
 * read or a write) becomes a JSON 503 with Retry-After, any other error a JSON 500.
 */
export async function withErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (err) {
    console.error(err);
    if (isDatabaseUnavailable(err)) return databaseUnavailable();
    return jsonError(500, "internal_error", "Something went wrong on the server.");
  }
}
