"use client";
import { memo, useState } from "react";
import { localized, type Lang } from "@/lib/domain/i18n";
import { KIND_INFO, PLACE_KINDS, PLACE_STATUSES, STATUS_INFO } from "@/lib/domain/place-kinds";
import type { FacetCounts } from "@/lib/domain/browse/facet-counts";
import type { ViewState } from "@/lib/domain/browse/view-state";
import { MAX_QUERY_LENGTH } from "@/lib/domain/browse/sanitize-query";
import type { VillageRef } from "@/lib/domain/place";
import { messages } from "@/lib/domain/messages";

export type FilterChange = Partial<Pick<ViewState, "kinds" | "villages" | "statuses" | "red" | "q">>;

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

// Search and facets. A plain GET form underneath, so filtering works without JavaScript too;
// with JavaScript every change applies at once and lands in the URL.
export function Filters({
  lang,
  view,
  counts,
  villages,
  totalPlaces,
  onChange,
  onClear,
}: {
  lang: Lang;
  view: ViewState;
  counts: FacetCounts;
  villages: VillageRef[];
  totalPlaces: number;
  onChange: (change: FilterChange, mode: "push" | "replace") => void;
  onClear: () => void;
}) {
  const t = messages(lang);
  const [q, setQ] = useState(view.q);
  // The search box follows the URL (back/forward): adjust while rendering, not in an effect.
  const [urlQ, setUrlQ] = useState(view.q);
  if (urlQ !== view.q) {
    setUrlQ(view.q);
    setQ(view.q);
  }
  const active = view.kinds.length + view.villages.length + view.statuses.length + (view.red ? 1 : 0) + (view.q ? 1 : 0);

  return (
    <form className="filters" role="search" method="get" onSubmit={(e) => e.preventDefault()} aria-label={t.filtersHeading}>
      <label className="filters__search">
        <span>{t.search}</span>
        <input
          type="search"
          name="q"
          value={q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t.searchPlaceholder}
          autoComplete="off"
          onChange={(e) => {
            setQ(e.target.value);
            onChange({ q: e.target.value }, "replace");
          }}
        />
      </label>
      <button
        type="button"
        role="switch"
        aria-checked={view.red}
        className={`red-switch${view.red ? " is-on" : ""}`}
        disabled={!view.red && counts.red === 0}
        onClick={() => onChange({ red: !view.red }, "push")}
      >
        <span className="red-switch__track" aria-hidden="true">
          <span className="red-switch__thumb" />
        </span>
        {t.redOnly} <span className="count">({counts.red})</span>
      </button>
      <fieldset>
        <legend>{t.kinds}</legend>
        {PLACE_KINDS.map((kind) => (
          <FacetBox
            key={kind}
            name="kind"
            value={kind}
            label={KIND_INFO[kind][lang]}
            glyph={KIND_INFO[kind].glyph}
            count={counts.kinds[kind]}
            checked={view.kinds.includes(kind)}
            onToggle={() => onChange({ kinds: toggle(view.kinds, kind) }, "push")}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.statuses}</legend>
        {PLACE_STATUSES.map((status) => (
          <FacetBox
            key={status}
            name="status"
            value={status}
            label={STATUS_INFO[status][lang]}
            count={counts.statuses[status]}
            checked={view.statuses.includes(status)}
            onToggle={() => onChange({ statuses: toggle(view.statuses, status) }, "push")}
          />
        ))}
      </fieldset>
      <details className="filters__villages" open={view.villages.length > 0}>
        <summary>
          {t.villages}
          {view.villages.length > 0 ? ` (${view.villages.length})` : ""}
        </summary>
        <VillageBoxes lang={lang} villages={villages} counts={counts.villages} selected={view.villages} onChange={onChange} />
      </details>
      <noscript>
        <button type="submit">{t.filtersHeading}</button>
      </noscript>
      <p className="filters__status" role="status" aria-live="polite">
        {t.showing(counts.total, totalPlaces)}
        {active > 0 ? (
          <>
            {" "}
            <button type="button" className="link-button" onClick={onClear}>
              {t.clearFilters}
            </button>
          </>
        ) : null}
      </p>
    </form>
  );
}

// A county has hundreds of villages: their boxes render again only when their counts or the
// villages chosen change, not on every search keystroke.
const VillageBoxes = memo(function VillageBoxes({
  lang,
  villages,
  counts,
  selected,
  onChange,
}: {
  lang: Lang;
  villages: VillageRef[];
  counts: FacetCounts["villages"];
  selected: readonly string[];
  onChange: (change: FilterChange, mode: "push" | "replace") => void;
}) {
  const t = messages(lang);
  return (
    <fieldset>
      <legend className="visually-hidden">{t.villages}</legend>
      {villages.map((v) => (
        <FacetBox
          key={v.slug}
          name="village"
          value={v.slug}
          label={localized(lang, v.nameZh, v.nameEn).text}
          count={counts[v.slug] ?? 0}
          checked={selected.includes(v.slug)}
          onToggle={() => onChange({ villages: toggle(selected, v.slug) }, "push")}
        />
      ))}
    </fieldset>
  );
});

function FacetBox(props: {
  name: string;
  value: string;
  label: string;
  glyph?: string;
  count: number;
  checked: boolean;
  onToggle: () => void;
}) {
  const disabled = props.count === 0 && !props.checked;
  return (
    <label className={`facet${disabled ? " is-disabled" : ""}`}>
      <input type="checkbox" name={props.name} value={props.value} checked={props.checked} disabled={disabled} onChange={props.onToggle} />
      {props.glyph ? (
        <span className={`kind-badge kind-${props.value}`} aria-hidden="true">
          {props.glyph}
        </span>
      ) : null}
      <span className="facet__label">{props.label}</span> <span className="count">{props.count}</span>
    </label>
  );
}
