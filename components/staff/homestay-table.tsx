import { localized, type Lang } from "@/lib/domain/i18n";
import { homestayMessages } from "@/lib/domain/messages-homestay";
import type { HomestayEntry } from "@/lib/server/staff/homestays";
import { staffPath } from "@/lib/server/auth/staff-page";
import styles from "./homestays.module.css";

// One village's lodgings in the register: the number and a plaque link, or a button that issues
// the number (a plain form: works without JavaScript; the route answers with a 303 back here).
export function HomestayTable({ lang, homestays, canIssue }: { lang: Lang; homestays: HomestayEntry[]; canIssue: boolean }) {
  const t = homestayMessages(lang);
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">{t.numberColumn}</th>
          <th scope="col">{t.nameColumn}</th>
          <th scope="col">{t.actionColumn}</th>
        </tr>
      </thead>
      <tbody>
        {homestays.map((h) => {
          const name = localized(lang, h.nameZh, h.nameEn).text;
          return (
            <tr key={h.slug} id={`homestay-${h.slug}`}>
              <td className={h.number ? styles.number : styles.muted}>{h.number ?? t.noNumber}</td>
              <th scope="row">
                <bdi>{name}</bdi>
              </th>
              <td>
                {h.archived ? (
                  <span className={styles.muted}>{t.archived}</span>
                ) : h.number ? (
                  <a href={staffPath(lang, `/homestays/${h.slug}/plaque`)} aria-label={t.plaqueFor(name)}>
                    {t.plaque}
                  </a>
                ) : canIssue ? (
                  <form method="post" action={`/api/staff/homestays/${h.slug}/number?lang=${lang}`} className={styles.inline}>
                    <button type="submit" className="button" aria-label={t.issueNumberFor(name)}>
                      {t.issueNumber}
                    </button>
                  </form>
                ) : (
                  <span className={styles.muted}>—</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
