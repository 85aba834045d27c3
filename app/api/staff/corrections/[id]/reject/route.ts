import { z } from "zod";
import { jsonError } from "@/lib/server/api-response";
import { staffWrite } from "@/lib/server/auth/staff-route";
import { staffPath } from "@/lib/server/auth/staff-page";
import { readBodyText } from "@/lib/server/read-body";
import { rejectCorrection } from "@/lib/server/staff/corrections";
import { correctionFilterSchema, rejectInputSchema } from "@/lib/domain/corrections/correction-input";
import { correctionMessages } from "@/lib/domain/messages-corrections";
import { RECORD_ID_MAX } from "@/lib/domain/staff/record-id";

// POST /api/staff/corrections/[id]/reject: rejects an open correction, with a reason (required).
// JSON { reason } from script answers JSON; the plain HTML form of /staff/corrections (works
// without JavaScript) gets a 303 back to the list, with ?error=<code>&id=<id> when refused.

const idSchema = z.coerce.number().int().positive().max(RECORD_ID_MAX);
const FORM = "application/x-www-form-urlencoded";
/** A reason at its longest in any script, form-encoded, with room to spare. */
const MAX_BODY_BYTES = 64 * 1024;

export const POST = staffWrite("editor", async (request, _actor, { params }: { params: Promise<{ id: string }> }) => {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang") === "en" ? "en" : "zh";
  const filter = correctionFilterSchema.parse(url.searchParams.get("status") ?? "all");
  const t = correctionMessages(lang);
  const isForm = (request.headers.get("content-type") ?? "").startsWith(FORM);
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return jsonError(404, "correction_not_found", "No correction has this id.");

  const back = (query: Record<string, string>) => {
    const search = new URLSearchParams({ ...(filter === "all" ? {} : { status: filter }), ...query });
    return new Response(null, {
      status: 303,
      headers: { Location: `${staffPath(lang, "/corrections")}?${search}#correction-${id.data}`, "Cache-Control": "no-store" },
    });
  };

  const text = await readBodyText(request, MAX_BODY_BYTES);
  if (text === null) return jsonError(413, "body_too_large", "The body is too large.");
  let raw: unknown;
  try {
    raw = isForm ? Object.fromEntries(new URLSearchParams(text)) : JSON.parse(text);
  } catch {
    return jsonError(400, "bad_body", "The body must be JSON or a form.");
  }
  const parsed = rejectInputSchema.safeParse(raw);
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((i) => i.message === "reason_too_long");
    const code = tooLong ? "reason_too_long" : "reason_required";
    if (isForm) return back({ error: code, id: String(id.data) });
    return Response.json(
      { error: { status: 400, code: "invalid_fields", message: t.reasonRequired, fields: { reason: tooLong ? t.reasonTooLong : t.reasonRequired } } },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const result = await rejectCorrection(id.data, parsed.data.reason);
  if (!result.ok) {
    if (result.code === "not_found") return jsonError(404, "correction_not_found", "No correction has this id.");
    if (isForm) return back({ error: "already_reviewed", id: String(id.data) });
    return jsonError(409, "already_reviewed", t.alreadyReviewed);
  }
  if (isForm) return back({ done: "rejected", id: String(id.data) });
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
});
