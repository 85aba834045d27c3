"use client";
import { useEffect, useRef } from "react";
import type { GuideMapProps, UnlocatedEntry } from "./guide-map";

// The list the "位置待定 N" marker opens: the places shown that have no known spot. A small
// non-modal dialog over the map; focus moves to its heading, Escape or the close button closes it,
// and choosing a place opens its panel.
export function UnlocatedList({
  entries,
  labels,
  onSelect,
  onClose,
}: {
  entries: UnlocatedEntry[];
  labels: GuideMapProps["unlocatedLabels"];
  onSelect: (slug: string) => void;
  onClose: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <div
      className="unlocated-list"
      role="dialog"
      aria-labelledby="unlocated-list-heading"
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <div className="unlocated-list__top">
        <h3 id="unlocated-list-heading" ref={headingRef} tabIndex={-1}>
          {labels.heading}
        </h3>
        <button type="button" className="button-close" onClick={onClose} aria-label={labels.close}>
          ×
        </button>
      </div>
      <p className="muted small">{labels.intro}</p>
      <ul>
        {entries.map((e) => (
          <li key={e.slug}>
            <button type="button" className="link-button" data-slug={e.slug} onClick={() => onSelect(e.slug)}>
              {e.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
