import type { Lang } from "@/lib/domain/i18n";
import { redMessages } from "@/lib/domain/messages-red";
import type { TimelineItem } from "@/lib/domain/red/timeline";
import { Untranslated } from "../untranslated";
import { SourceCitation } from "../source-citation";
import styles from "./red.module.css";

/** Yuan Renyuan's life, oldest first; every entry lists its sources with their confidence. */
export function Timeline({ lang, items }: { lang: Lang; items: readonly TimelineItem[] }) {
  const r = redMessages(lang);
  return (
    <ol className={styles.timeline} aria-label={r.timelineLabel}>
      {items.map((item) => (
        <li key={item.id} id={`timeline-${item.id}`} className={styles.entry}>
          <p className={styles.date}>{item.date ? <time dateTime={item.date}>{item.dateLabel}</time> : item.dateLabel}</p>
          <p className={styles.text}>{item.text}</p>
          {item.places.length > 0 ? (
            <p className={styles.related}>
              {r.seeAlso}
              {lang === "en" ? ": " : "："}
              {item.places.map((p, i) => (
                <span key={p.slug}>
                  {i > 0 ? (lang === "en" ? ", " : "、") : null}
                  <a href={p.href}>{p.name.text}</a>
                  {p.name.untranslated ? <Untranslated lang={lang} /> : null}
                </span>
              ))}
            </p>
          ) : null}
          <p className={styles.sourcesLabel}>{r.entrySources}</p>
          <ul className={styles.sources}>
            {item.sources.map((s) => (
              <li key={s.key}>
                <SourceCitation lang={lang} source={s} />
              </li>
            ))}
          </ul>
          {item.sourceNote ? <p className={styles.sourceNote}>{item.sourceNote}</p> : null}
        </li>
      ))}
    </ol>
  );
}
