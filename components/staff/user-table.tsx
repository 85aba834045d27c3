import type { Lang } from "@/lib/domain/i18n";
import { userAdminMessages } from "@/lib/domain/messages-users";
import type { StaffUser } from "@/lib/server/staff/users";
import { UserRowActions } from "./user-row-actions";

/** The accounts: name, role, state, created; actions per row (the row's own messages show beside them). */
export function UserTable({ lang, users, selfId }: { lang: Lang; users: StaffUser[]; selfId: number }) {
  const t = userAdminMessages(lang);
  const date = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "zh-CN", { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  return (
    <table className="staff-table">
      <caption>{t.listCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.colName}</th>
          <th scope="col">{t.colRole}</th>
          <th scope="col">{t.colState}</th>
          <th scope="col">{t.colCreated}</th>
          <th scope="col">{t.colActions}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id} className={u.disabled ? "is-archived" : undefined}>
            <th scope="row">
              {u.name}
              {u.id === selfId ? t.you : null}
            </th>
            <td>{t.roles[u.role]}</td>
            <td>{u.disabled ? t.disabled : t.active}</td>
            <td>
              <time dateTime={u.createdAt}>{date.format(new Date(u.createdAt))}</time>
            </td>
            <td>
              <UserRowActions lang={lang} user={{ id: u.id, name: u.name, role: u.role, disabled: u.disabled }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
