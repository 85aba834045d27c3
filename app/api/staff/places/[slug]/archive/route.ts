import { staffWrite } from "@/lib/server/auth/staff-route";
import { setArchived } from "@/lib/server/staff/places";
import { badBody, bodyLang, readJsonBody, writeResponse } from "@/lib/server/staff/write-response";

type Context = { params: Promise<{ slug: string }> };

/** POST /api/staff/places/[slug]/archive { baseVersion, archived: boolean, lang }: archives or unarchives. */
export const POST = staffWrite("editor", async (request, _actor, { params }: Context) => {
  const { slug } = await params;
  const body = await readJsonBody(request);
  if (!body || typeof body.archived !== "boolean") return badBody();
  return writeResponse(await setArchived({ slug, baseVersion: body.baseVersion, archived: body.archived }), bodyLang(body));
});
