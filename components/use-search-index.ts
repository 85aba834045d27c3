"use client";
import { useEffect, useMemo, useState } from "react";
import { buildSearchIndex } from "@/lib/domain/browse/build-search-index";
import type { BrowsePlace, SearchEntry, SearchIndex, SearchSyllables } from "@/lib/domain/browse/types";

/** Places indexed per idle slice: a few milliseconds each, so a pan or a tap never waits long. */
const SLICE = 400;
const NO_INDEX: SearchIndex = { entries: [] };
const NONE: SearchEntry[] = [];

// The search index (normalized names and summaries of every place). With 10,000 places building
// it is the most expensive step of the page, so it is not built with the page: idle slices build
// it after the first view, and a search that comes first builds what is missing at once. Without
// search text filterPlaces does not read the index at all.
export function useSearchIndex(places: readonly BrowsePlace[], syllables: SearchSyllables, searching: boolean): SearchIndex {
  const [built, setBuilt] = useState<{ places: readonly BrowsePlace[]; entries: SearchEntry[] }>({ places, entries: [] });
  const entries = useMemo(() => (built.places === places ? built.entries : NONE), [built, places]);
  const complete = entries.length === places.length;

  useEffect(() => {
    if (complete || typeof window.requestIdleCallback !== "function") return;
    const id = window.requestIdleCallback(
      () => {
        setBuilt((prev) => {
          const done = prev.places === places ? prev.entries : [];
          const slice = buildSearchIndex(places.slice(done.length, done.length + SLICE), syllables).entries;
          return { places, entries: [...done, ...slice] };
        });
      },
      { timeout: 5000 },
    );
    return () => window.cancelIdleCallback(id);
  }, [complete, places, syllables, entries.length]);

  return useMemo(() => {
    if (!searching) return NO_INDEX;
    if (complete) return { entries };
    return { entries: [...entries, ...buildSearchIndex(places.slice(entries.length), syllables).entries] };
  }, [searching, complete, entries, places, syllables]);
}
