import { jsonError, withErrors } from "@/lib/server/api-response";
import { AuthError } from "@/lib/server/auth/auth-error";
import { staffWrite } from "@/lib/server/auth/staff-route";
import { readBodyText } from "@/lib/server/read-body";
import { createUser, listUsers } from "@/lib/server/staff/users";
import { invalidUserInput, requestLang, USER_BODY_MAX_BYTES, userAdminErrorResponse } from "@/lib/server/staff/user-responses";
import { newUserSchema } from "@/lib/domain/staff/user-input";

// GET /api/staff/users: the accounts (admins only; never a password hash or session id).
// POST /api/staff/users: { name, role, password } adds an account (admins only). ?lang=en for
// English messages.

export async function GET(): Promise<Response> {
  return withErrors(async () => {
    try {
      return Response.json({ users: await listUsers() }, { headers: { "Cache-Control": "private, no-store" } });
    } catch (err) {
      if (err instanceof AuthError) return jsonError(err.status, err.code, err.message);
      throw err;
    }
  });
}

export const POST = staffWrite("admin", async (request: Request) => {
  const lang = requestLang(request);
  const text = await readBodyText(request, USER_BODY_MAX_BYTES);
  if (text === null) return jsonError(413, "body_too_large", "The body is too large.");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return jsonError(400, "bad_body", "The body must be JSON: { name, role, password }.");
  }
  const parsed = newUserSchema.safeParse(raw);
  if (!parsed.success) return invalidUserInput(lang, parsed.error);
  try {
    const user = await createUser(parsed.data);
    return Response.json({ user }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    const answer = userAdminErrorResponse(lang, err);
    if (answer) return answer;
    throw err;
  }
});
