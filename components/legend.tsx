import type { Lang } from "@/lib/domain/i18n";
import { KIND_INFO, PLACE_KINDS } from "@/lib/domain/place-kinds";
import { messages } from "@/lib/domain/messages";

export function Legend({ lang }: { lang: Lang }) {
  const t = messages(lang);
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t.legendHeading}</h2>
      <ul>
        {PLACE_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`kind-badge kind-${kind}`} aria-hidden="true">
              {KIND_INFO[kind].glyph}
            </span>
            {KIND_INFO[kind][lang]}
          </li>
        ))}
      </ul>
      <p className="legend__note">
        <span className="kind-badge is-estimated-sample" aria-hidden="true" /> {t.legendEstimated}
      </p>
    </section>
  );
}
