"use client";
import { useCallback, useEffect, useRef, useState } from "react";
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
 *
 * While `hold` is true the body is downloaded but not read: reading and decoding ten thousand
 * summaries is a second of a phone's main thread, and the guide holds it until the map has drawn
 * the server's first clusters (guide-shell.tsx), so the map does not wait behind it.
 */
export function useAllPlaces(wanted: boolean, hold: boolean): { places: AllPlaces | null; failed: boolean; retry: () => void } {
  const [loaded, setLoaded] = useState<AllPlaces | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  /** The response, once it has come, and its body read at most once (an effect may run twice). */
  const [arrived, setArrived] = useState<Response | null>(null);
  const body = useRef<{ response: Response; json: Promise<unknown> } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    fetch(PLACE_SUMMARIES_API, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`${PLACE_SUMMARIES_API} answered ${response.status}`);
        // a response of a fetch given up meanwhile (a retry, unmounting) is never read
        if (!controller.signal.aborted) setArrived(response);
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, [wanted, attempt]);
  useEffect(() => {
    if (arrived === null || hold) return;
    let live = true;
    if (body.current?.response !== arrived) body.current = { response: arrived, json: arrived.json() };
    body.current.json
      .then((json) => {
        const read = readPlaceSummariesBody(json);
        if (!read) throw new Error(`${PLACE_SUMMARIES_API} answered something else than place summaries`);
        if (live) setLoaded(decodeSearchablePlaces(read.places, read.villages, read.villageSyllables));
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [arrived, hold]);
  const retry = useCallback(() => {
    setFailed(false);
    setArrived(null);
    setAttempt((n) => n + 1);
  }, []);
  return { places: loaded, failed, retry };
}
