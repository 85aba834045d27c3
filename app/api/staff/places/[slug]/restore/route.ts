import { staffWrite } from "@/lib/server/auth/staff-route";
import { restoreRevision } from "@/lib/server/staff/places";
import { badBody, bodyLang, readJsonBody, writeResponse } from "@/lib/server/staff/write-response";

/**
 * POST /api/staff/places/[slug]/restore { revisionId, baseVersion, lang }: returns the place to its
 * state just before that revision, as a new revision (lib/domain/staff/restore-values.ts).
 */
export const POST = staffWrite("editor", async (request, _actor, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const body = await readJsonBody(request);
  if (!body) return badBody();
  return writeResponse(await restoreRevision({ slug, revisionId: body.revisionId, baseVersion: body.baseVersion }), bodyLang(body));
});
