"use client";
import { useCallback, useEffect, useState } from "react";
import type { PlaceSummary } from "@/lib/domain/place";
import type { SearchSyllables } from "@/lib/domain/browse/types";
import { PLACE_SUMMARIES_API, decodeSearchablePlaces, readPlaceSummariesBody } from "@/lib/domain/browse/compact-places";

export type AllPlaces = { places: PlaceSummary[]; searchSyllables: SearchSyllables };

/**
 * Every place's summary, fetched after hydration when the page sent only its first view (many
 * places, lib/domain/browse/first-view.ts); the page preloads the same address while its HTML is
 * read, so the fetch usually finds the body on its way. `places` is null while it loads or after
 * it failed (`failed`: the guide says so and `retry` asks again). Unused (`wanted` false) when the
 * page sent every place itself.
 */
export function useAllPlaces(wanted: boolean): { places: AllPlaces | null; failed: boolean; retry: () => void } {
  const [loaded, setLoaded] = useState<AllPlaces | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    (async () => {
      try {
        const response = await fetch(PLACE_SUMMARIES_API, { signal: controller.signal });
        if (!response.ok) throw new Error(`${PLACE_SUMMARIES_API} answered ${response.status}`);
        const body = readPlaceSummariesBody(await response.json());
        if (!body) throw new Error(`${PLACE_SUMMARIES_API} answered something else than place summaries`);
        setLoaded(decodeSearchablePlaces(body.places, body.villages, body.villageSyllables));
      } catch {
        if (!controller.signal.aborted) setFailed(true);
      }
    })();
    return () => controller.abort();
  }, [wanted, attempt]);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  return { places: loaded, failed, retry };
}
