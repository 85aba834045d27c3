import { jsonError } from "@/lib/server/api-response";
import { staffWrite } from "@/lib/server/auth/staff-route";
import { HomestayError, issueNumberForPlace, type HomestayErrorCode } from "@/lib/server/staff/homestays";

export const dynamic = "force-dynamic";

const STATUS: Record<HomestayErrorCode, number> = {
  not_found: 404,
  not_lodging: 422,
  no_village: 422,
  already_numbered: 409,
  register_full: 409,
};

/** Back to the register after a form post (no JavaScript), with the outcome in the query. */
function backToRegister(request: Request, slug: string, outcome: string): Response {
  const lang = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "zh";
  const path = `${lang === "en" ? "/en" : ""}/staff/homestays?${outcome}&place=${encodeURIComponent(slug)}#homestay-${slug}`;
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

// POST /api/staff/homestays/[slug]/number: issues the next register number of the lodging's
// village (editor role). JSON: 200 { slug, number, version }, or 4xx { error }. A form post from
// /staff/homestays (works without JavaScript) gets a 303 back to the register.
export const POST = staffWrite("editor", async (request, _actor, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const isForm = (request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded");
  try {
    const issued = await issueNumberForPlace(slug);
    if (isForm) return backToRegister(request, issued.slug, "issued=1");
    return Response.json(issued, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    if (!(err instanceof HomestayError)) throw err;
    if (isForm && err.code !== "not_found") return backToRegister(request, slug, `error=${err.code}`);
    return jsonError(STATUS[err.code], err.code, err.message);
  }
});
