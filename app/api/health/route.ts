import { countPlaces } from "@/lib/server/places";
import { DATABASE_RETRY_AFTER_S } from "@/lib/server/data-access-error";

export const dynamic = "force-dynamic";

/**
 * GET /api/health: 200 with the number of places when the database answers, 503 with Retry-After
 * otherwise. It asks the database on every call (never a cached read), so a load balancer sees an
 * instance that lost its database, and sees it come back without a restart.
 */
export async function GET() {
  try {
    return Response.json({ ok: true, places: await countPlaces() }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json(
      { ok: false, error: "database unavailable" },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(DATABASE_RETRY_AFTER_S) } },
    );
  }
}
