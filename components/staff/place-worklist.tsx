import type { Lang } from "@/lib/domain/i18n";
import { localized } from "@/lib/domain/i18n";
import { worklistMessages } from "@/lib/domain/messages-worklist";
import { ATTENTION_CODES, STATUS_MAX_AGE_YEARS, type AttentionCode } from "@/lib/domain/staff/attention";
import type { StaffPlaceList } from "@/lib/server/staff/place-list";

/** The staff home's list of places with the attention filters (links, so they work without JavaScript). */
export function PlaceWorklist({ lang, list, needs, forbidden }: { lang: Lang; list: StaffPlaceList; needs: AttentionCode | null; forbidden: boolean }) {
  const t = worklistMessages(lang);
  const home = lang === "en" ? "/en/staff" : "/staff";
  const rows = needs ? list.rows.filter((r) => r.needs.includes(needs)) : list.rows;
  const filters: { code: AttentionCode | null; label: string; count: number }[] = [
    { code: null, label: t.all, count: list.rows.length },
    ...ATTENTION_CODES.map((code) => ({ code, label: t.needs[code], count: list.counts[code] })),
  ];
  return (
    <>
      <h1>{t.title}</h1>
      {forbidden ? (
        <p role="alert" className="warning">
          {t.forbidden}
        </p>
      ) : null}
      <p>{t.intro}</p>
      <nav className="staff-filters" aria-labelledby="staff-filters-title">
        <h2 id="staff-filters-title">{t.filters}</h2>
        <ul>
          {filters.map((f) => (
            <li key={f.code ?? "all"}>
              <a href={f.code ? `${home}?needs=${f.code}` : home} aria-current={f.code === needs ? "page" : undefined}>
                {t.withCount(f.label, f.count)}
              </a>
            </li>
          ))}
        </ul>
        <dl>
          {ATTENTION_CODES.map((code) => (
            <div key={code}>
              <dt>{t.needs[code]}</dt>
              <dd>{code === "stale-status" ? t.needsHelp[code](list.currentYear - STATUS_MAX_AGE_YEARS) : t.needsHelp[code]}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">{t.archivedNote}</p>
      </nav>
      {rows.length === 0 ? (
        <p role="status">{t.empty}</p>
      ) : (
        <table className="staff-table">
          <caption>{t.caption(rows.length, list.rows.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colName}</th>
              <th scope="col">{t.colVillage}</th>
              <th scope="col">{t.colNeeds}</th>
              <th scope="col">{t.colCorrections}</th>
              <th scope="col">{t.colActions}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const name = localized(lang, r.nameZh, r.nameEn).text;
              const village = r.villageZh ? localized(lang, r.villageZh, r.villageEn).text : "";
              return (
                <tr key={r.slug} className={r.archived ? "is-archived" : undefined}>
                  <th scope="row">
                    {name}
                    {r.archived ? <span className="staff-badge"> {t.archived}</span> : null}
                  </th>
                  <td>{village}</td>
                  <td>
                    {r.needs.length === 0
                      ? t.nothingNeeded
                      : r.needs.map((code) => (
                          <span key={code} className="staff-badge">
                            {t.needs[code]}
                          </span>
                        ))}
                  </td>
                  <td>{r.openCorrections > 0 ? <a href={`${home}/corrections`}>{r.openCorrections}</a> : "0"}</td>
                  <td>
                    <div className="staff-row-actions">
                      <a href={`${home}/places/${r.slug}`} aria-label={t.editOf(name)}>
                        {t.edit}
                      </a>
                      <a href={`${home}/places/${r.slug}/history`} aria-label={t.historyOf(name)}>
                        {t.history}
                      </a>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
