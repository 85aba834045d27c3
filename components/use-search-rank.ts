"use client";
import { useEffect, useMemo } from "react";
import { lazyModule } from "./lazy-module";
import { useLazyModule } from "./use-lazy-module";
import { searchRankOf } from "@/lib/domain/browse/compile-filters";
import type { BrowsePlace, SearchSyllables } from "@/lib/domain/browse/types";

/**
 * The search's code (search-code.ts: the index and the ranking). It is not part of the first view:
 * it loads on the visitor's intent (guide-shell.tsx preloads it when the pointer or the focus
 * reaches the guide, so it has come before a first keystroke), with search text, or with many
 * places once every place is known, to build the index in idle periods.
 */
export const searchCode = lazyModule(() => import("./search-code"));

/** The server's answer to the address's search text: its list is in the HTML before the search's code has come. */
export type SearchAnswer = { q: string; slugs: string[] };

/** Places indexed per step of an idle period: about a millisecond each, so a pan or a tap never waits long. */
const STEP = 100;

// With 10,000 places building the index is the most expensive step of the page, so it is not built
// with the page: idle periods build it once the code has come, without rendering anything, and a
// search that comes first builds what is missing at once. Without search text nothing reads it.
/**
 * The search rank of `places` for the search text `q` (sanitized): null without search text;
 * `pending` while the search's code has not come (the server's answer stands in for the address's
 * own text), `failed` when it did not load, with `retry`.
 */
export function useSearchRank({
  places,
  syllables,
  q,
  prebuild,
  serverAnswer,
}: {
  places: readonly BrowsePlace[];
  syllables: SearchSyllables;
  q: string;
  /** Load the code and build the index ahead of a search (many places). */
  prebuild: boolean;
  serverAnswer: SearchAnswer | null;
}): { rank: ReadonlyMap<string, number> | null; pending: boolean; failed: boolean; retry: () => void } {
  const code = useLazyModule(searchCode, q !== "" || prebuild);
  const search = code.module;
  const gradual = useMemo(() => (search ? new search.GradualIndex(places, syllables) : null), [search, places, syllables]);

  useEffect(() => {
    if (gradual === null || typeof window.requestIdleCallback !== "function") return;
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

  const rank = useMemo(() => {
    if (q === "") return null;
    if (search && gradual) return searchRankOf(search.searchPlaces(gradual.complete(), q));
    if (serverAnswer?.q === q) return searchRankOf(serverAnswer.slugs);
    return undefined;
  }, [q, search, gradual, serverAnswer]);
  const pending = rank === undefined;
  return { rank: rank ?? null, pending, failed: pending && code.failed, retry: code.retry };
}
