import { z } from "zod";
import { jsonError } from "@/lib/server/api-response";
import { staffWrite } from "@/lib/server/auth/staff-route";
import { readBodyText } from "@/lib/server/read-body";
import { updateUser } from "@/lib/server/staff/users";
import { requestLang, USER_BODY_MAX_BYTES, userAdminErrorResponse } from "@/lib/server/staff/user-responses";
import { staffRoleSchema } from "@/lib/domain/staff/user-input";
import { RECORD_ID_MAX } from "@/lib/domain/staff/record-id";

// PATCH /api/staff/users/[id]: { role?, disabled? } (admins only). Disabling or re-roling ends the
// account's sessions; the last active admin cannot be disabled or demoted (409 last_admin).

const idSchema = z.coerce.number().int().positive().max(RECORD_ID_MAX);
const changeSchema = z
  .strictObject({ role: staffRoleSchema.optional(), disabled: z.boolean().optional() })
  .refine((c) => c.role !== undefined || c.disabled !== undefined, "Send role and/or disabled.");

type Context = { params: Promise<{ id: string }> };

export const PATCH = staffWrite("admin", async (request: Request, _actor, context: Context) => {
  const lang = requestLang(request);
  const id = idSchema.safeParse((await context.params).id);
  if (!id.success) return jsonError(404, "not_found", "No such user.");
  const text = await readBodyText(request, USER_BODY_MAX_BYTES);
  if (text === null) return jsonError(413, "body_too_large", "The body is too large.");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return jsonError(400, "bad_body", "The body must be JSON: { role?, disabled? }.");
  }
  const change = changeSchema.safeParse(raw);
  if (!change.success) return jsonError(400, "invalid_input", "Send { role?: \"editor\" | \"admin\", disabled?: boolean }.");
  try {
    return Response.json({ user: await updateUser(id.data, change.data) }, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    const answer = userAdminErrorResponse(lang, err);
    if (answer) return answer;
    throw err;
  }
});
