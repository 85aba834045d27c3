import { jsonError, withErrors } from "@/lib/server/api-response";
import { invalidateGuideData } from "@/lib/server/cache-tags";
import { getRevalidateToken } from "@/lib/server/config";
import { isAuthorized } from "@/prisma/revalidate-server";

export const dynamic = "force-dynamic";

/**
 * POST /api/revalidate (Authorization: Bearer <token>): drops every cached read of the guide's data.
 * Called by `npm run db:seed` after it has written the database (prisma/revalidate-server.ts).
 */
export async function POST(request: Request) {
  return withErrors(async () => {
    if (!isAuthorized(request.headers.get("authorization"), getRevalidateToken())) {
      return jsonError(401, "unauthorized", "Send the revalidation token as Authorization: Bearer <token>.");
    }
    invalidateGuideData();
    return Response.json({ revalidated: true }, { headers: { "Cache-Control": "no-store" } });
  });
}
