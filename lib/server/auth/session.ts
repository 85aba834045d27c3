import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { prisma } from "@/lib/server/db";
import { getSiteUrl } from "@/lib/server/config";
import { isStaffRole, roleAllows, type StaffActor, type StaffRole } from "@/lib/domain/staff/roles";
import { AuthError } from "./auth-error";

// Staff sessions live in the database (Session). The cookie holds a random 256-bit token; the
// database keeps only its SHA-256, so a copy of the database cannot be replayed as a cookie.
// Every staff read and write calls requireStaff() itself (the data layer), not only proxy.ts.

export const SESSION_COOKIE = "guide_staff_session";
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000; // a working day; sign in again after

export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The cookie is Secure when the site is served over HTTPS (SITE_URL), httpOnly and SameSite=Lax. */
function cookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: getSiteUrl().startsWith("https:"),
    path: "/",
    expires,
  };
}

/**
 * Starts a session for the user: a new random id every time (the id changes at sign-in), and the
 * session the browser held before, if any, ends.
 */
export async function startSession(userId: number): Promise<void> {
  const jar = await cookies();
  const previous = jar.get(SESSION_COOKIE)?.value;
  if (previous) await prisma.session.deleteMany({ where: { id: sessionIdOf(previous) } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await prisma.session.create({ data: { id: sessionIdOf(token), userId, expiresAt } });
  jar.set(SESSION_COOKIE, token, cookieOptions(expiresAt));
}

/** Ends the browser's session: the row is deleted, so the old cookie is worthless even if kept. */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await prisma.session.deleteMany({ where: { id: sessionIdOf(token) } });
  jar.delete(SESSION_COOKIE);
}

/** Ends every session of a user (disabled, re-roled or password changed). */
export async function endSessionsOf(userId: number): Promise<void> {
  await prisma.session.deleteMany({ where: { userId } });
}

/** The signed-in staff member, or null (no cookie, unknown or expired session, disabled user). */
export async function getStaffActor(): Promise<StaffActor | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token || token.length > 100) return null;
  const session = await prisma.session.findUnique({
    where: { id: sessionIdOf(token) },
    select: { id: true, expiresAt: true, user: { select: { id: true, name: true, role: true, disabledAt: true } } },
  });
  if (!session) return null;
  if (session.expiresAt.getTime() <= Date.now() || session.user.disabledAt !== null || !isStaffRole(session.user.role)) {
    await prisma.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  return { userId: session.user.id, name: session.user.name, role: session.user.role };
}

/** The signed-in staff member with at least `role`; throws AuthError 401 (no session) or 403 (role). */
export async function requireStaff(role: StaffRole = "editor"): Promise<StaffActor> {
  const actor = await getStaffActor();
  if (!actor) throw new AuthError(401, "not_signed_in", "Sign in to the staff area first.");
  if (!roleAllows(actor.role, role)) throw new AuthError(403, "forbidden", `This needs the ${role} role.`);
  return actor;
}
