"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { Lang } from "@/lib/domain/i18n";
import { userAdminMessages } from "@/lib/domain/messages-users";
import { STAFF_ROLES } from "@/lib/domain/staff/roles";
import { newUserSchema } from "@/lib/domain/staff/user-input";
import { userInputProblems } from "@/lib/domain/staff/user-input-problems";
import { sendUserRequest } from "./user-api";

type Fields = Partial<Record<"name" | "role" | "password", string>>;

/** Adds an account: checked here with user:add's schema, then again by the server; errors per field. */
export function NewUserForm({ lang }: { lang: Lang }) {
  const t = userAdminMessages(lang);
  const router = useRouter();
  const [fields, setFields] = useState<Fields>({});
  const [message, setMessage] = useState<{ kind: "error" | "done"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = { name: String(data.get("name") ?? ""), role: String(data.get("role") ?? ""), password: String(data.get("password") ?? "") };
    const parsed = newUserSchema.safeParse(input);
    if (!parsed.success) {
      const problems = userInputProblems(parsed.error);
      setFields(Object.fromEntries(Object.entries(problems).map(([f, code]) => [f, t.problems[code]])));
      setMessage({ kind: "error", text: t.formHasErrors });
      return;
    }
    setBusy(true);
    const outcome = await sendUserRequest(lang, "/api/staff/users", "POST", parsed.data);
    setBusy(false);
    if (!outcome.ok) {
      setFields(outcome.fields);
      setMessage({ kind: "error", text: outcome.message });
      return;
    }
    form.reset();
    setFields({});
    setMessage({ kind: "done", text: t.created(parsed.data.name) });
    router.refresh();
  }

  const describedBy = (field: keyof Fields, hint?: string) => [hint, fields[field] ? `new-user-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;

  return (
    <section aria-labelledby="new-user-title">
      <h2 id="new-user-title">{t.createTitle}</h2>
      <form className="staff-form" onSubmit={submit} noValidate>
        {message ? (
          <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "field-error" : undefined}>
            {message.text}
          </p>
        ) : null}
        <label htmlFor="new-user-name">{t.newName}</label>
        <span className="hint" id="new-user-name-hint">
          {t.nameHint}
        </span>
        <input id="new-user-name" name="name" autoComplete="off" maxLength={40} aria-invalid={fields.name ? true : undefined} aria-describedby={describedBy("name", "new-user-name-hint")} />
        {fields.name ? (
          <p className="field-error" id="new-user-name-error">
            {fields.name}
          </p>
        ) : null}
        <label htmlFor="new-user-role">{t.newRole}</label>
        <select id="new-user-role" name="role" defaultValue="editor" aria-invalid={fields.role ? true : undefined} aria-describedby={describedBy("role")}>
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>
              {t.roles[role]}
            </option>
          ))}
        </select>
        {fields.role ? (
          <p className="field-error" id="new-user-role-error">
            {fields.role}
          </p>
        ) : null}
        <label htmlFor="new-user-password">{t.newPassword}</label>
        <span className="hint" id="new-user-password-hint">
          {t.passwordHint}
        </span>
        <input
          id="new-user-password"
          name="password"
          type="password"
          autoComplete="new-password"
          maxLength={200}
          aria-invalid={fields.password ? true : undefined}
          aria-describedby={describedBy("password", "new-user-password-hint")}
        />
        {fields.password ? (
          <p className="field-error" id="new-user-password-error">
            {fields.password}
          </p>
        ) : null}
        <p>
          <button type="submit" disabled={busy}>
            {t.create}
          </button>
        </p>
      </form>
    </section>
  );
}
