import { buildSearchIndex, searchIndexMemo } from "@/lib/domain/browse/build-search-index";
import { searchPlaces } from "@/lib/domain/browse/search-places";
import type { BrowsePlace, SearchEntry, SearchIndex, SearchSyllables } from "@/lib/domain/browse/types";

// The guide's search in the browser (the index and the ranking), loaded when it is first wanted
// (use-search-rank.ts): its code is not part of the first view.

export { searchPlaces };

/**
 * The search index of one list of places, built a step at a time. Steps add to it without
 * rendering anything; `complete()` builds whatever is still missing at once and returns the same
 * index object every time after that.
 */
export class GradualIndex {
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
