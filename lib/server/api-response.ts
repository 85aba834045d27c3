import "server-only";
import { DataAccessError } from "./data-access-error";

const GEOJSON_TYPE = "application/geo+json; charset=utf-8";

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

/** Runs a handler; a database failure becomes a JSON 503, any other error a JSON 500. */
export async function withErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (err) {
    console.error(err);
    if (err instanceof DataAccessError) {
      return jsonError(503, "database_unavailable", "The guide's database is not available right now. Please try again later.");
    }
    return jsonError(500, "internal_error", "Something went wrong on the server.");
  }
}
