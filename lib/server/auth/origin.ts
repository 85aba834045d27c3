import "server-only";
import { headers } from "next/headers";
import { getSiteUrl } from "@/lib/server/config";
import { jsonError } from "@/lib/server/api-response";
import { AuthError } from "./auth-error";

/**
 * Staff writes must come from the guide's own pages: the Origin header must be present and be the
 * configured SITE_URL's origin or this request's own host. Browsers always send Origin on POST, so
 * a missing one means a non-browser client or an old proxy: refused (Next's server actions only
 * warn). Origin cannot be set by a page on another site, which is what stops cross-site writes.
 */
export async function assertSameOrigin(): Promise<void> {
  const h = await headers();
  const origin = h.get("origin");
  if (!origin || !isAllowedOrigin(origin, h.get("host"))) {
    throw new AuthError(403, "bad_origin", "This request did not come from the guide's own pages.");
  }
}

export function isAllowedOrigin(origin: string, host: string | null): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (url.origin === new URL(getSiteUrl()).origin) return true;
  return host !== null && url.host === host;
}

/** For the public writes outside staffWrite (sign-in, sign-out, corrections): a JSON 403 when the Origin is not the guide's own, else null. */
export async function foreignOriginResponse(): Promise<Response | null> {
  try {
    await assertSameOrigin();
    return null;
  } catch (err) {
    if (err instanceof AuthError) return jsonError(err.status, err.code, err.message);
    throw err;
  }
}
