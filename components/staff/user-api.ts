// How the user-management forms talk to app/api/staff/users/**: JSON, same origin, and the
// answer's message in the form's language. Client-side only (fetch).
import type { Lang } from "@/lib/domain/i18n";
import { userAdminMessages } from "@/lib/domain/messages-users";

export type ApiOutcome = { ok: true } | { ok: false; message: string; fields: Record<string, string> };

export async function sendUserRequest(lang: Lang, path: string, method: "POST" | "PATCH", body: unknown): Promise<ApiOutcome> {
  const t = userAdminMessages(lang);
  let res: Response;
  try {
    res = await fetch(`${path}?lang=${lang}`, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, message: t.failed, fields: {} };
  }
  if (res.ok) return { ok: true };
  const json = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; fields?: Record<string, string> } } | null;
  const code = json?.error?.code;
  const message =
    res.status === 401 ? t.notSignedIn : res.status === 403 ? t.forbidden : res.status === 404 ? t.notFound : code === "last_admin" ? t.lastAdmin : code === "name_taken" ? t.nameTaken : res.status === 400 ? t.formHasErrors : t.failed;
  return { ok: false, message, fields: json?.error?.fields ?? {} };
}
