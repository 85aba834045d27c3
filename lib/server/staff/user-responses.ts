import "server-only";
import type { z } from "zod";
import { jsonError } from "@/lib/server/api-response";
import { userAdminMessages } from "@/lib/domain/messages-users";
import { userInputProblems } from "@/lib/domain/staff/user-input-problems";
import type { Lang } from "@/lib/domain/i18n";
import { UserAdminError } from "./users";

// The JSON answers of app/api/staff/users/**, with messages in the form's language (?lang=en).

/** A user form's body at its longest (name, role, a 200-character password in any script, JSON-escaped), with room to spare. */
export const USER_BODY_MAX_BYTES = 16 * 1024;

export function requestLang(request: Request): Lang {
  return new URL(request.url).searchParams.get("lang") === "en" ? "en" : "zh";
}

/** 400 with a message per field: { error: { status, code, message, fields: { name: "…" } } }. */
export function invalidUserInput(lang: Lang, error: z.ZodError): Response {
  const t = userAdminMessages(lang);
  const fields = Object.fromEntries(Object.entries(userInputProblems(error)).map(([field, code]) => [field, t.problems[code]]));
  return Response.json(
    { error: { status: 400, code: "invalid_input", message: t.formHasErrors, fields } },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );
}

/** A UserAdminError as 404 (not_found) or 409 (name_taken, last_admin), else null. */
export function userAdminErrorResponse(lang: Lang, err: unknown): Response | null {
  if (!(err instanceof UserAdminError)) return null;
  const t = userAdminMessages(lang);
  if (err.code === "not_found") return jsonError(404, err.code, t.notFound);
  if (err.code === "name_taken") {
    return Response.json(
      { error: { status: 409, code: err.code, message: t.nameTaken, fields: { name: t.nameTaken } } },
      { status: 409, headers: { "Cache-Control": "no-store" } },
    );
  }
  return jsonError(409, err.code, t.lastAdmin);
}
