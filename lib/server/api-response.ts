import "server-only";

export const GEOJSON_TYPE = "application/geo+json; charset=utf-8";

export function geoJson(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { "Content-Type": GEOJSON_TYPE, "Cache-Control": "public, max-age=60", ...init.headers },
  });
}

/** A JSON error body: { error: { status, code, message } }. */
export function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ error: { status, code, message } }, { status, headers: { "Cache-Control": "no-store" } });
}
