"use client";
import type { KeyboardEvent } from "react";
import { useHydrated } from "./use-hydrated";

export type GuideTab = "places" | "plan";

const ORDER: readonly GuideTab[] = ["places", "plan"];

/**
 * The side's two tabs (places, my plan), as the WAI-ARIA tabs pattern has them: one tab stop, the
 * arrow keys (and Home, End) move to and open the other tab. A tab opens in the browser's code, so
 * both are disabled in the server HTML and until the page has hydrated: a press before then would
 * be lost. Only this part re-renders when hydration ends.
 */
export function GuideTabs({
  label,
  tab,
  onOpen,
  labels,
  counts,
  onPreloadPlan,
}: {
  label: string;
  tab: GuideTab;
  onOpen: (tab: GuideTab) => void;
  labels: Readonly<Record<GuideTab, string>>;
  counts: Readonly<Record<GuideTab, number>>;
  onPreloadPlan: () => void;
}) {
  const hydrated = useHydrated();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = ORDER.indexOf(tab);
    const next =
      event.key === "ArrowRight" ? ORDER[(at + 1) % ORDER.length]
      : event.key === "ArrowLeft" ? ORDER[(at - 1 + ORDER.length) % ORDER.length]
      : event.key === "Home" ? ORDER[0]
      : event.key === "End" ? ORDER[ORDER.length - 1]
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onOpen(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`#tab-${next}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {ORDER.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-controls={`tabpanel-${id}`}
          aria-selected={tab === id}
          tabIndex={tab === id ? 0 : -1}
          disabled={!hydrated}
          onClick={() => onOpen(id)}
          onPointerEnter={id === "plan" ? onPreloadPlan : undefined}
          onFocus={id === "plan" ? onPreloadPlan : undefined}
        >
          {labels[id]} <span className="count">({counts[id]})</span>
        </button>
      ))}
    </div>
  );
}
