"use client";
import { localized, type Lang } from "@/lib/domain/i18n";
import type { CuratedRoute } from "@/lib/domain/route";
import { placeMessages } from "@/lib/domain/messages-place";
import { planMessages } from "@/lib/domain/messages-plan";
import { usePlan } from "./plan-context";

// Curated routes from the database, each loadable as the plan with one click. Stops that have no
// location yet are named, not silently dropped.
export function RouteList({ lang, routes }: { lang: Lang; routes: CuratedRoute[] }) {
  const t = planMessages(lang);
  const { publisherPageUnknown } = placeMessages(lang);
  const { loadRoute } = usePlan();
  if (routes.length === 0) return null;
  return (
    <section aria-labelledby="routes-heading" className="routes">
      <h3 id="routes-heading">{t.routesHeading}</h3>
      <ul>
        {routes.map((r) => {
          const missing = r.stops.filter((s) => s.placeSlug === null);
          return (
            <li key={r.slug} className="route">
              <strong>{localized(lang, r.nameZh, r.nameEn).text}</strong>
              <p className="small">{localized(lang, r.summaryZh, r.summaryEn).text}</p>
              <ol className="small">
                {r.stops.map((s) => (
                  <li key={s.position}>
                    {localized(lang, s.nameZh, s.nameEn).text}
                    {s.placeSlug === null ? <span className="muted">{s.inTownship ? "" : t.routeOutside}</span> : null}
                  </li>
                ))}
              </ol>
              {missing.length > 0 ? (
                <p className="warning small">{t.routeMissing(missing.map((s) => localized(lang, s.nameZh, s.nameEn).text).join("、"))}</p>
              ) : null}
              <p className="small muted">
                {r.sources.map((s) =>
                  s.url ? (
                    <a key={s.key} href={s.url} target="_blank" rel="noopener noreferrer nofollow">
                      {s.title}
                    </a>
                  ) : (
                    <span key={s.key}>
                      {s.title}
                      {s.publisherPageUnknown ? ` · ${publisherPageUnknown}` : ""}
                    </span>
                  ),
                )}
              </p>
              <button
                type="button"
                className="button"
                onClick={() => loadRoute(r.stops.flatMap((s) => (s.placeSlug ? [s.placeSlug] : [])))}
                aria-label={`${t.loadRoute}: ${localized(lang, r.nameZh, r.nameEn).text}`}
              >
                {t.loadRoute}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
