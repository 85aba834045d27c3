import { headers } from "next/headers";
import { jsonError, withErrors } from "@/lib/server/api-response";
import { foreignOriginResponse } from "@/lib/server/auth/origin";
import { addressKey } from "@/lib/server/auth/rate-limit";
import { submitCorrection } from "@/lib/server/corrections";
import { readBodyText } from "@/lib/server/read-body";
import { correctionInputSchema, correctionProblems } from "@/lib/domain/corrections/correction-input";
import { correctionMessages } from "@/lib/domain/messages-corrections";

// POST /api/corrections: a visitor's correction to a place, as JSON (see correctionInputSchema).
// No account; the Origin must be the guide's own; limited per address (429 with Retry-After).
// Answers 201 { id }, or { error: { status, code, message, fields? } } in the body's language.

/**
 * Room for a message well over the limit in any script (so it is named per field, not refused
 * whole), with JSON escapes; anything bigger is refused unread.
 */
const MAX_BODY_BYTES = 64 * 1024;

export async function POST(request: Request): Promise<Response> {
  return withErrors(async () => {
    const refused = await foreignOriginResponse();
    if (refused) return refused;
    const text = await readBodyText(request, MAX_BODY_BYTES);
    if (text === null) return jsonError(413, "body_too_large", "The body is too large.");
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return jsonError(400, "bad_body", "The body must be JSON.");
    }
    const t = correctionMessages((raw as { lang?: unknown } | null)?.lang === "en" ? "en" : "zh");
    const parsed = correctionInputSchema.safeParse(raw);
    if (!parsed.success) {
      return jsonError(400, "invalid_body", "Send { place, kind: location|closed|other, message, point: { lat, lng, accuracyM } | null, lang: zh|en }.");
    }
    const problems = correctionProblems(parsed.data);
    const fields = Object.fromEntries(Object.entries(problems).map(([field, code]) => [field, t.problems[code]]));
    if (Object.keys(fields).length > 0) {
      return Response.json(
        { error: { status: 400, code: "invalid_fields", message: t.fixFields, fields } },
        { status: 400, headers: { "Cache-Control": "no-store" } },
      );
    }
    const result = await submitCorrection(parsed.data, addressKey(await headers()));
    if (result.ok) return Response.json({ id: result.id }, { status: 201, headers: { "Cache-Control": "no-store" } });
    if (result.code === "place_not_found") return jsonError(404, "place_not_found", t.placeGone);
    const res = jsonError(429, "rate_limited", t.rateLimited(Math.max(1, Math.ceil(result.retryAfterS / 60))));
    res.headers.set("Retry-After", String(result.retryAfterS));
    return res;
  });
}
