import { countPlaces } from "@/lib/server/places";

export const dynamic = "force-dynamic";

/** GET /api/health: 200 with the number of places when the database answers, 503 otherwise. */
export async function GET() {
  try {
    return Response.json({ ok: true, places: await countPlaces() }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ ok: false, error: "database unavailable" }, { status: 503 });
  }
}
