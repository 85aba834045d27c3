import type { Lang } from "@/lib/domain/i18n";
import { roleAllows, type StaffActor } from "@/lib/domain/staff/roles";
import { staffMessages } from "@/lib/domain/messages-staff";
import { worklistMessages } from "@/lib/domain/messages-worklist";
import "./staff.css";

export type StaffSection = "places" | "new-place" | "corrections" | "homestays" | "users";

/**
 * The staff area's header: who is signed in, the staff navigation (users only for admins) and a
 * sign-out form (works without JavaScript). `current` marks the section the page belongs to.
 */
export function StaffHeader({ lang, actor, current }: { lang: Lang; actor: StaffActor; current?: StaffSection }) {
  const t = staffMessages(lang);
  const n = worklistMessages(lang);
  const home = lang === "en" ? "/en/staff" : "/staff";
  const links: { section: StaffSection; href: string; label: string }[] = [
    { section: "places", href: home, label: n.navPlaces },
    { section: "new-place", href: `${home}/places/new`, label: n.navNewPlace },
    { section: "corrections", href: `${home}/corrections`, label: n.navCorrections },
    { section: "homestays", href: `${home}/homestays`, label: n.navHomestays },
  ];
  if (roleAllows(actor.role, "admin")) links.push({ section: "users", href: `${home}/users`, label: n.navUsers });
  return (
    <header className="staff-header">
      <a href={home} className="staff-header__home">
        {t.staffArea}
      </a>
      <nav aria-label={n.nav} className="staff-nav">
        <ul>
          {links.map((link) => (
            <li key={link.section}>
              <a href={link.href} aria-current={current === link.section ? "page" : undefined}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <span className="staff-header__who">{t.signedInAs(actor.name, t.roles[actor.role])}</span>
      <form method="post" action={`/api/staff/sign-out?lang=${lang}`}>
        <button type="submit">{t.signOut}</button>
      </form>
    </header>
  );
}
