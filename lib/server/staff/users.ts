import "server-only";
import { prisma, writeTransaction } from "@/lib/server/db";
import { requireStaff, endSessionsOf } from "@/lib/server/auth/session";
import { hashPassword } from "@/lib/server/auth/password";
import { isStaffRole, type StaffRole } from "@/lib/domain/staff/roles";
import { newUserSchema } from "@/lib/domain/staff/user-input";
import type { z } from "zod";

// User management for admins (/staff/users, app/api/staff/users/**). Every function checks the
// session itself (requireStaff("admin")): an editor or a visitor gets an AuthError whatever route
// or page calls it. A password hash or session id never leaves this file: the DTO is chosen field
// by field.

/** What an admin sees of an account. */
export type StaffUser = { id: number; name: string; role: StaffRole; disabled: boolean; createdAt: string };

/** A refusal the admin can act on; the route answers it as 404 or 409 with this code. */
export class UserAdminError extends Error {
  constructor(
    readonly code: "not_found" | "name_taken" | "last_admin",
    message: string,
  ) {
    super(message);
    this.name = "UserAdminError";
  }
}

const USER_SELECT = { id: true, name: true, role: true, disabledAt: true, createdAt: true } as const;

function toStaffUser(row: { id: number; name: string; role: string; disabledAt: Date | null; createdAt: Date }): StaffUser {
  return {
    id: row.id,
    name: row.name,
    // A role outside the two is refused at sign-in (getStaffActor); shown as the lesser one here.
    role: isStaffRole(row.role) ? row.role : "editor",
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listUsers(): Promise<StaffUser[]> {
  await requireStaff("admin");
  const rows = await prisma.user.findMany({ select: USER_SELECT, orderBy: [{ disabledAt: "asc" }, { name: "asc" }] });
  return rows.map(toStaffUser);
}

export type NewUser = z.infer<typeof newUserSchema>;

/** Creates an account (input already parsed with newUserSchema, as user:add does). */
export async function createUser(input: NewUser): Promise<StaffUser> {
  await requireStaff("admin");
  const data = newUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  const existing = await prisma.user.findUnique({ where: { name: data.name }, select: { id: true } });
  if (existing) throw new UserAdminError("name_taken", `A user named "${data.name}" already exists.`);
  try {
    return toStaffUser(await prisma.user.create({ data: { name: data.name, role: data.role, passwordHash }, select: USER_SELECT }));
  } catch (err) {
    // Two admins adding the same name at once: the unique index refuses the second.
    if ((err as { code?: string }).code === "P2002") throw new UserAdminError("name_taken", `A user named "${data.name}" already exists.`);
    throw err;
  }
}

export type UserChange = { role?: StaffRole; disabled?: boolean };

/**
 * Changes an account's role and/or disables or enables it. A change of role or a disabling ends
 * every session of that account (it signs in again with what it may now do). The last active
 * admin can be neither disabled nor demoted: someone must be able to manage users.
 */
export async function updateUser(id: number, change: UserChange): Promise<StaffUser> {
  await requireStaff("admin");
  const { user, endSessions } = await writeTransaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id }, select: USER_SELECT });
    if (!current) throw new UserAdminError("not_found", `No user with id ${id}.`);
    const role = change.role ?? current.role;
    const disabled = change.disabled ?? current.disabledAt !== null;
    // Write first, then count: the write takes SQLite's write lock, so two admins demoting each
    // other at once are serialised and the second one sees the first's change.
    const updated = await tx.user.update({
      where: { id },
      data: { role, disabledAt: disabled ? (current.disabledAt ?? new Date()) : null },
      select: USER_SELECT,
    });
    if (current.role === "admin" && current.disabledAt === null && !(role === "admin" && !disabled)) {
      if ((await tx.user.count({ where: { role: "admin", disabledAt: null } })) === 0) {
        // Thrown inside the transaction: the change is rolled back.
        throw new UserAdminError("last_admin", "This is the last active admin: add or enable another admin first.");
      }
    }
    return { user: updated, endSessions: role !== current.role || (disabled && current.disabledAt === null) };
  });
  if (endSessions) await endSessionsOf(id);
  return toStaffUser(user);
}
