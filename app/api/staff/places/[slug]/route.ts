import { staffWrite } from "@/lib/server/auth/staff-route";
import { savePlace } from "@/lib/server/staff/places";
import { badBody, bodyLang, readJsonBody, writeResponse } from "@/lib/server/staff/write-response";

type Context = { params: Promise<{ slug: string }> };

/**
 * PUT /api/staff/places/[slug] { baseVersion, values, source?, correctionId?, removeSources?, lang }:
 * saves the edit form (removeSources: keys of cited sources to remove). 409 with the current values
 * and the newer revisions when baseVersion is stale.
 */
export const PUT = staffWrite("editor", async (request, _actor, { params }: Context) => {
  const { slug } = await params;
  const body = await readJsonBody(request);
  if (!body) return badBody();
  const result = await savePlace({ slug, baseVersion: body.baseVersion, values: body.values, source: body.source, correctionId: body.correctionId, removeSources: body.removeSources });
  return writeResponse(result, bodyLang(body));
});
