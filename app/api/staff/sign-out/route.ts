import { withErrors } from "@/lib/server/api-response";
import { foreignOriginResponse } from "@/lib/server/auth/origin";
import { endSession } from "@/lib/server/auth/session";

// POST /api/staff/sign-out: ends the session (the row is deleted) and clears the cookie. A form
// post gets a 303 to the sign-in page; script gets JSON.
export async function POST(request: Request): Promise<Response> {
  return withErrors(async () => {
    const refused = await foreignOriginResponse();
    if (refused) return refused;
    await endSession();
    const url = new URL(request.url);
    const lang = url.searchParams.get("lang") === "en" ? "en" : "zh";
    if ((request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded")) {
      const path = `${lang === "en" ? "/en" : ""}/staff/login?signedOut=1`;
      return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
    }
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  });
}
