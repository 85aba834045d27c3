import type { Lang } from "@/lib/domain/i18n";
import { messages } from "@/lib/domain/messages";
import { placeMessages } from "@/lib/domain/messages-place";
import { redMessages } from "@/lib/domain/messages-red";
import type { RedSite } from "@/lib/domain/red/red-sites";
import { Untranslated } from "../untranslated";
import styles from "./red.module.css";

/** The red-tourism places with what is (and is not) known about visiting them. */
export function RedSites({ lang, sites }: { lang: Lang; sites: readonly RedSite[] }) {
  const t = messages(lang);
  const tp = placeMessages(lang);
  const r = redMessages(lang);
  if (sites.length === 0) return <p>{r.noSites}</p>;
  return (
    <ul id="red-sites-list" className={styles.sites}>
      {sites.map((s) => (
        <li key={s.slug} className={styles.site}>
          <h4>
            <span className={`kind-badge kind-${s.kind}`} aria-hidden="true">
              {s.glyph}
            </span>
            <a href={s.href}>{s.name.text}</a>
            {s.name.untranslated ? <Untranslated lang={lang} /> : null}
          </h4>
          <p className={styles.siteMeta}>
            {s.kindLabel} · {s.village ?? tp.villageUnknown}
          </p>
          <p className={styles.siteSummary}>
            {s.summary.text}
            {s.summary.untranslated ? <Untranslated lang={lang} /> : null}
          </p>
          <dl className={`facts ${styles.siteFacts}`}>
            <dt>{t.status}</dt>
            <dd>
              {s.statusText}
              {s.statusNote ? <span className="facts__note">{s.statusNote.text}</span> : null}
            </dd>
            <dt>{tp.openingHours}</dt>
            <dd>{s.openingHours ?? <span className="unknown">{tp.unknownFact}</span>}</dd>
            <dt>{r.locationPrecision}</dt>
            <dd>
              <span className={`precision-${s.precision}`}>
                <strong>{s.precisionText}</strong>
              </span>
              <span className="facts__note">
                {s.locationNote.text}
                {s.locationNote.untranslated ? <Untranslated lang={lang} /> : null}
              </span>
            </dd>
            {s.studyNote ? (
              <>
                <dt>{tp.studyNote}</dt>
                <dd>
                  {s.studyNote.text}
                  {s.studyNote.untranslated ? <Untranslated lang={lang} /> : null}
                </dd>
              </>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}
