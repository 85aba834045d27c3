"use client";
import type { Lang } from "@/lib/domain/i18n";
import { KIND_INFO, PLACE_KINDS, type PlaceKind } from "@/lib/domain/place-kinds";
import { messages } from "@/lib/domain/messages";

// The legend doubles as a kind filter: each entry shows how many places of that kind the current
// view has, and clicking it shows only that kind (clicking the active one again shows all).
export function Legend({
  lang,
  counts,
  activeKinds,
  onPickKind,
}: {
  lang: Lang;
  counts: Record<PlaceKind, number>;
  activeKinds: readonly PlaceKind[];
  onPickKind: (kind: PlaceKind) => void;
}) {
  const t = messages(lang);
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t.legendHeading}</h2>
      <ul>
        {PLACE_KINDS.map((kind) => {
          const only = activeKinds.length === 1 && activeKinds[0] === kind;
          return (
            <li key={kind}>
              <button
                type="button"
                className={`legend__entry${only ? " is-active" : ""}`}
                aria-pressed={only}
                disabled={counts[kind] === 0 && !only}
                title={t.filterByKind(KIND_INFO[kind][lang])}
                onClick={() => onPickKind(kind)}
              >
                <span className={`kind-badge kind-${kind}`} aria-hidden="true">
                  {KIND_INFO[kind].glyph}
                </span>
                <span>{KIND_INFO[kind][lang]}</span> <span className="count">{counts[kind]}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="legend__note">
        <span className="kind-badge is-estimated-sample" aria-hidden="true" /> {t.legendEstimated}
      </p>
    </section>
  );
}
