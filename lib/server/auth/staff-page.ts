import "server-only";
import { redirect } from "next/navigation";
import type { Lang } from "@/lib/domain/i18n";
import { roleAllows, type StaffActor, type StaffRole } from "@/lib/domain/staff/roles";
import { getStaffActor } from "./session";

/** The staff area's path in a language: /staff/... (Chinese) or /en/staff/... */
export function staffPath(lang: Lang, rest = ""): string {
  return `${lang === "en" ? "/en" : ""}/staff${rest}`;
}

/**
 * For staff pages: the signed-in member, or a redirect to sign-in that comes back to `here`.
 * A member without the role gets the staff home (the data layer refuses the data anyway).
 */
export async function staffPageActor(lang: Lang, here: string, role: StaffRole = "editor"): Promise<StaffActor> {
  const actor = await getStaffActor();
  if (!actor) redirect(`${staffPath(lang, "/login")}?next=${encodeURIComponent(here)}`);
  if (!roleAllows(actor.role, role)) redirect(`${staffPath(lang)}?error=forbidden`);
  return actor;
}
