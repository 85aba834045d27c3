// Staff roles. An editor edits places, sources, homestays and corrections; an admin also manages
// users (create, disable, re-role). Roles are ordered: an admin may do everything an editor may.

export const STAFF_ROLES = ["editor", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who is acting: the signed-in staff member (never a password hash or session id). */
export type StaffActor = { userId: number; name: string; role: StaffRole };

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

/** Whether a role may do what needs `required` (admin ⊇ editor). */
export function roleAllows(role: StaffRole, required: StaffRole): boolean {
  return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf(required);
}
