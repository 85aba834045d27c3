import { z } from "zod";
import { headers } from "next/headers";
import { jsonError, withErrors } from "@/lib/server/api-response";
import { foreignOriginResponse } from "@/lib/server/auth/origin";
import { addressKey } from "@/lib/server/auth/rate-limit";
import { signIn } from "@/lib/server/auth/sign-in";
import { readBodyText } from "@/lib/server/read-body";
import { PASSWORD_MAX_LENGTH } from "@/lib/server/auth/password";
import { safeStaffPath } from "@/lib/domain/staff/local-path";

// POST /api/staff/sign-in: a JSON body from script, or the plain HTML form of /staff/login (which
// works without JavaScript and gets a 303 back to the next page or to the form with an error code).

const bodySchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  next: z.string().max(300).optional(),
  lang: z.enum(["zh", "en"]).optional(),
});

/** Room for the longest name and password in any script, form-encoded or JSON-escaped; anything bigger is refused unread. */
const MAX_BODY_BYTES = 16 * 1024;

export async function POST(request: Request): Promise<Response> {
  return withErrors(async () => {
    const isForm = (request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded");
    const text = await readBodyText(request, MAX_BODY_BYTES);
    if (text === null) return jsonError(413, "body_too_large", "The body is too large.");
    let raw: unknown;
    try {
      raw = isForm ? Object.fromEntries(new URLSearchParams(text)) : JSON.parse(text);
    } catch {
      return jsonError(400, "bad_body", "The body must be JSON or a form.");
    }
    const lang = (raw as { lang?: unknown })?.lang === "en" ? "en" : "zh";
    const loginPath = lang === "en" ? "/en/staff/login" : "/staff/login";
    const refused = await foreignOriginResponse();
    if (refused) return refused;
    const parsed = bodySchema.safeParse(raw);
    if (!parsed.success) {
      if (isForm) return seeOther(`${loginPath}?error=missing`);
      return jsonError(400, "invalid_body", "Send { name, password }.");
    }
    const { name, password, next } = parsed.data;
    const result = await signIn(name, password, addressKey(await headers()));
    const home = lang === "en" ? "/en/staff" : "/staff";
    if (result.ok) {
      const target = safeStaffPath(next, home);
      return isForm ? seeOther(target) : Response.json({ ok: true, next: target }, { headers: { "Cache-Control": "no-store" } });
    }
    if (result.code === "locked") {
      if (isForm) return seeOther(`${loginPath}?error=locked&retry=${result.retryAfterS}`);
      const res = jsonError(429, "locked", `Too many failed sign-ins. Try again in ${result.retryAfterS} s.`);
      res.headers.set("Retry-After", String(result.retryAfterS));
      return res;
    }
    const nextParam = next ? `&next=${encodeURIComponent(safeStaffPath(next, home))}` : "";
    if (isForm) return seeOther(`${loginPath}?error=invalid${nextParam}`);
    return jsonError(401, "invalid_credentials", "The user name or password is not right.");
  });
}

/** A 303 to a path of this site (relative Location: never a host from the request). */
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}
