import type { Lang } from "@/lib/domain/i18n";
import type { StaffActor } from "@/lib/domain/staff/roles";
import { staffMessages } from "@/lib/domain/messages-staff";

/** The staff area's header: who is signed in, and a sign-out form (works without JavaScript). */
export function StaffHeader({ lang, actor }: { lang: Lang; actor: StaffActor }) {
  const t = staffMessages(lang);
  const home = lang === "en" ? "/en/staff" : "/staff";
  return (
    <header className="staff-header">
      <a href={home} className="staff-header__home">
        {t.staffArea}
      </a>
      <span className="staff-header__who">{t.signedInAs(actor.name, t.roles[actor.role])}</span>
      <form method="post" action={`/api/staff/sign-out?lang=${lang}`}>
        <button type="submit">{t.signOut}</button>
      </form>
    </header>
  );
}
