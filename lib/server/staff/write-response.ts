import "server-only";
import { isLang, type Lang } from "@/lib/domain/i18n";
import { fieldErrorTexts, staffPlaceMessages } from "@/lib/domain/messages-staff-places";
import type { WriteResult } from "./places";
import { readBodyText } from "@/lib/server/read-body";

// How the staff place routes answer: 200 with the new version, 400 with an error per field (in
// the form's language), 404, or 409 with the current values and the newer revisions.

/** The request's JSON body, or null when it is not JSON (or too large to be a form: read no further than `maxBytes`). */
export async function readJsonBody(request: Request, maxBytes = 200_000): Promise<Record<string, unknown> | null> {
  const text = await readBodyText(request, maxBytes);
  if (text === null) return null;
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function bodyLang(body: Record<string, unknown> | null): Lang {
  return isLang(body?.lang) ? body.lang : "zh";
}

const noStore = { "Cache-Control": "no-store" };

export function badBody(): Response {
  return Response.json(
    { error: { status: 400, code: "bad_body", message: "The body must be a JSON object (at most 200 kB)." } },
    { status: 400, headers: noStore },
  );
}

export function writeResponse(result: WriteResult, lang: Lang): Response {
  const t = staffPlaceMessages(lang);
  if (result.ok) return Response.json(result, { headers: noStore });
  if (result.kind === "not_found") {
    return Response.json({ error: { status: 404, code: "not_found", message: "No such place or revision." } }, { status: 404, headers: noStore });
  }
  if (result.kind === "invalid") {
    return Response.json(
      { error: { status: 400, code: "invalid", message: t.errorsBelow, fields: fieldErrorTexts(lang, result.errors), codes: result.errors } },
      { status: 400, headers: noStore },
    );
  }
  return Response.json(
    { error: { status: 409, code: "conflict", message: t.conflictTitle }, conflict: result.conflict },
    { status: 409, headers: noStore },
  );
}
