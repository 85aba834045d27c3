"use client";
import { useEffect, useMemo } from "react";
import { buildSearchIndex, searchIndexMemo } from "@/lib/domain/browse/build-search-index";
import type { BrowsePlace, SearchEntry, SearchIndex, SearchSyllables } from "@/lib/domain/browse/types";

/** Places indexed per step of an idle period: about a millisecond each, so a pan or a tap never waits long. */
const STEP = 100;
const NO_INDEX: SearchIndex = { entries: [] };

/**
 * The search index of one list of places, built a step at a time. Steps add to it without
 * rendering anything; `complete()` builds whatever is still missing at once and returns the same
 * index object every time after that.
 */
class GradualIndex {
  private readonly entries: SearchEntry[] = [];
  /** What the parts share (every place of a village repeats its names). */
  private readonly memo = searchIndexMemo();
  private index: SearchIndex | null = null;

  constructor(
    private readonly places: readonly BrowsePlace[],
    private readonly syllables: SearchSyllables,
  ) {}

  get done(): boolean {
    return this.entries.length === this.places.length;
  }

  step(count: number): void {
    const from = this.entries.length;
    this.entries.push(...buildSearchIndex(this.places.slice(from, from + count), this.syllables, this.memo).entries);
  }

  complete(): SearchIndex {
    if (!this.done) this.step(this.places.length - this.entries.length);
    this.index ??= { entries: this.entries };
    return this.index;
  }
}

// The search index (normalized names and summaries of every place). With 10,000 places building
// it is the most expensive step of the page, so it is not built with the page: idle periods build
// it after the first view, without rendering anything (no state changes until a search needs it),
// and a search that comes first builds what is missing at once. Without search text filterPlaces
// does not read the index at all.
export function useSearchIndex(places: readonly BrowsePlace[], syllables: SearchSyllables, searching: boolean): SearchIndex {
  const gradual = useMemo(() => new GradualIndex(places, syllables), [places, syllables]);

  useEffect(() => {
    if (typeof window.requestIdleCallback !== "function") return;
    let id = 0;
    const work = (deadline: IdleDeadline) => {
      while (!gradual.done && (deadline.timeRemaining() > 1 || deadline.didTimeout)) {
        gradual.step(STEP);
        if (deadline.didTimeout) break;
      }
      if (!gradual.done) id = window.requestIdleCallback(work, { timeout: 5000 });
    };
    id = window.requestIdleCallback(work, { timeout: 5000 });
    return () => window.cancelIdleCallback(id);
  }, [gradual]);

  return useMemo(() => (searching ? gradual.complete() : NO_INDEX), [searching, gradual]);
}
