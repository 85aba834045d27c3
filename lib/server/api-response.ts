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

/** Runs a handler; a failure of the database (or any unexpected error) becomes a JSON 503/500. */
export async function withErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (err) {
    console.error(err);
    const message = err instanceof Error ? err.message : String(err);
    if (/database|sqlite|prisma|ECONNREFUSED|directory does not exist/i.test(message)) {
      return jsonError(503, "database_unavailable", "The guide's database is not available right now. Please try again later.");
    }
    return jsonError(500, "internal_error", "Something went wrong on the server.");
  }
}
