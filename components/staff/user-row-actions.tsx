"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import { userAdminMessages } from "@/lib/domain/messages-users";
import { STAFF_ROLES, isStaffRole, type StaffRole } from "@/lib/domain/staff/roles";
import { sendUserRequest } from "./user-api";

type Row = { id: number; name: string; role: StaffRole; disabled: boolean };

/** Change role, disable or enable one account; a refusal (last admin, …) shows beside the row. */
export function UserRowActions({ lang, user }: { lang: Lang; user: Row }) {
  const t = userAdminMessages(lang);
  const router = useRouter();
  const [role, setRole] = useState<StaffRole>(user.role);
  const [message, setMessage] = useState<{ kind: "error" | "done"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = `user-${user.id}-role`;

  async function send(change: { role?: StaffRole; disabled?: boolean }) {
    setBusy(true);
    const outcome = await sendUserRequest(lang, `/api/staff/users/${user.id}`, "PATCH", change);
    setBusy(false);
    if (!outcome.ok) {
      setMessage({ kind: "error", text: outcome.message });
      return;
    }
    setMessage({ kind: "done", text: t.saved(user.name) });
    router.refresh();
  }

  return (
    <div className="staff-row-actions">
      <label htmlFor={selectId} className="visually-hidden">
        {t.roleOf(user.name)}
      </label>
      <select id={selectId} value={role} onChange={(e) => isStaffRole(e.target.value) && setRole(e.target.value)}>
        {STAFF_ROLES.map((r) => (
          <option key={r} value={r}>
            {t.roles[r]}
          </option>
        ))}
      </select>
      <button type="button" disabled={busy || role === user.role} onClick={() => send({ role })}>
        {t.changeRole}
      </button>
      <button type="button" disabled={busy} onClick={() => send({ disabled: !user.disabled })} aria-label={user.disabled ? t.enableOf(user.name) : t.disableOf(user.name)}>
        {user.disabled ? t.enable : t.disable}
      </button>
      {message ? (
        <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "field-error" : undefined}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
