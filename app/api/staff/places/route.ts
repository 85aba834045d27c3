import { staffWrite } from "@/lib/server/auth/staff-route";
import { createPlace } from "@/lib/server/staff/places";
import { badBody, bodyLang, readJsonBody, writeResponse } from "@/lib/server/staff/write-response";

/** POST /api/staff/places { slug, values, source?, lang }: creates a place (a lodging gets its homestay number). */
export const POST = staffWrite("editor", async (request) => {
  const body = await readJsonBody(request);
  if (!body) return badBody();
  return writeResponse(await createPlace({ slug: body.slug, values: body.values, source: body.source }), bodyLang(body));
});
