"use client";
import { memo, useEffect, useRef } from "react";
import { localePath, localized, type Lang } from "@/lib/domain/i18n";
import { KIND_INFO, STATUS_INFO } from "@/lib/domain/place-kinds";
import type { PlaceSummary } from "@/lib/domain/place";
import { messages } from "@/lib/domain/messages";
import { LIST_PAGE } from "@/lib/domain/browse/list-length";
import { Untranslated } from "./untranslated";
import { AddToPlanButton } from "./plan/add-to-plan-button";
import { isPlainClick } from "./plain-click";

// The list of places: rendered on the server, works without JavaScript (plain links), and is the
// full alternative to the map for keyboard and screen-reader users. It lists `limit` places at a
// time (lib/domain/browse/list-length.ts); "List 100 more" (a link to `?n=…` without JavaScript)
// lists the next page and moves the focus to its first place, so every place stays reachable by
// keyboard, page after page.
// Memoised: a keystroke in the search box renders the guide at once, and the list only when the
// places it shows have changed (guide-shell.tsx defers them).
// A place's link is a plain <a>, not next/link: a click opens the place in the guide (onSelect),
// and a modified click or a link opened in a new tab loads the place's page. next/link would add
// nothing to that but its per-link set-up (each filter mounts up to 100 new links: in a profile of
// seven filter actions at 4x CPU, about 100 ms of their 1.6 s of script) and prefetching every
// place page listed.
export const PlaceList = memo(function PlaceList({
  lang,
  places,
  total,
  loading,
  busy,
  selectedSlug,
  onSelect,
  onClear,
  limit,
  moreHref,
  onShowMore,
}: {
  lang: Lang;
  /** The places shown, in order (at least the first `limit` of them). */
  places: PlaceSummary[];
  /** How many places the view shows in all (more than `places` when the server sent only the first page). */
  total: number;
  /** The places of the view are still loading (a page with many places, before they arrive). */
  loading: boolean;
  /** The filters changed and the list does not show them yet (it follows within a few frames). */
  busy: boolean;
  selectedSlug: string | null;
  onSelect: (slug: string) => void;
  onClear: () => void;
  limit: number;
  /** The same view listing one page more, for the link (no JavaScript, or opened in a new tab). */
  moreHref: string;
  /** Lists one page more; null: the link loads the next page from the server instead. */
  onShowMore: (() => void) | null;
}) {
  const t = messages(lang);
  const listRef = useRef<HTMLUListElement>(null);
  /** The index of the first place a "List more" added: it gets the focus once rendered. */
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null) return;
    focusFrom.current = null;
    listRef.current?.querySelectorAll<HTMLAnchorElement>(".place-list__link")[from]?.focus();
  }, [limit]);
  const listed = places.length > limit ? places.slice(0, limit) : places;
  const rest = total - listed.length;
  return (
    <section className={`place-list${busy ? " is-busy" : ""}`} aria-labelledby="place-list-heading" id="place-list" aria-busy={busy || undefined}>
      <h2 id="place-list-heading" tabIndex={-1}>
        {t.listHeading} <span className="muted">{loading ? t.loading : <>{t.placesCount(total)}{rest > 0 ? t.listShowing(listed.length) : null}</>}</span>
      </h2>
      {loading ? (
        <p className="muted" aria-busy="true">
          {t.loading}
        </p>
      ) : total === 0 ? (
        <p className="empty">
          {t.noResults}{" "}
          <button type="button" className="link-button" onClick={onClear}>
            {t.clearFilters}
          </button>
        </p>
      ) : null}
      <ul ref={listRef}>
        {listed.map((p) => {
          const name = localized(lang, p.nameZh, p.nameEn);
          const summary = localized(lang, p.summaryZh, p.summaryEn);
          const village = p.village ? localized(lang, p.village.nameZh, p.village.nameEn).text : null;
          return (
            <li key={p.slug} className={`place-list__item${p.slug === selectedSlug ? " is-selected" : ""}`}>
              <a
                href={localePath(lang, `/places/${p.slug}`)}
                className="place-list__link"
                data-slug={p.slug}
                aria-current={p.slug === selectedSlug ? "true" : undefined}
                onClick={(e) => {
                  if (!isPlainClick(e)) return;
                  e.preventDefault();
                  onSelect(p.slug);
                }}
              >
                <span className={`kind-badge kind-${p.kind}`} aria-hidden="true">
                  {KIND_INFO[p.kind].glyph}
                </span>
                <span className="place-list__text">
                  <span className="place-list__name">
                    {name.text}
                    {name.untranslated ? <Untranslated lang={lang} /> : null}
                  </span>
                  <span className="place-list__meta">
                    {KIND_INFO[p.kind][lang]}
                    {village ? ` · ${village}` : ""} · {STATUS_INFO[p.status][lang]}
                  </span>
                  <span className="place-list__summary">{summary.text}</span>
                </span>
              </a>
              <AddToPlanButton lang={lang} slug={p.slug} name={name.text} compact />
            </li>
          );
        })}
      </ul>
      {rest > 0 ? (
        <p className="place-list__more">
          <a
            href={moreHref}
            onClick={(e) => {
              if (onShowMore === null || !isPlainClick(e)) return;
              e.preventDefault();
              focusFrom.current = listed.length;
              onShowMore();
            }}
          >
            {t.showMorePlaces(Math.min(rest, LIST_PAGE), rest)}
          </a>
        </p>
      ) : null}
    </section>
  );
});
