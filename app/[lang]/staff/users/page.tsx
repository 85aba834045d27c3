import type { Metadata } from "next";
import { pageLang } from "@/lib/server/page-lang";
import { staffPageActor, staffPath } from "@/lib/server/auth/staff-page";
import { listUsers } from "@/lib/server/staff/users";
import { userAdminMessages } from "@/lib/domain/messages-users";
import { StaffHeader } from "@/components/staff/staff-header";
import { UserTable } from "@/components/staff/user-table";
import { NewUserForm } from "@/components/staff/new-user-form";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: userAdminMessages(await pageLang(params)).title };
}

// Admins only: an editor is sent to the staff home with a message (?error=forbidden).
export default async function StaffUsersPage({ params }: Props) {
  const lang = await pageLang(params);
  const actor = await staffPageActor(lang, staffPath(lang, "/users"), "admin");
  const users = await listUsers();
  const t = userAdminMessages(lang);
  return (
    <>
      <StaffHeader lang={lang} actor={actor} current="users" />
      <main className="staff-main">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <p className="muted">{t.roleHelp}</p>
        <UserTable lang={lang} users={users} selfId={actor.userId} />
        <NewUserForm lang={lang} />
      </main>
    </>
  );
}
