"use client";
import type { Lang } from "@/lib/domain/i18n";
import { OFFLINE_PLACE_LIST, offlineUrls, slugsOfPlaces } from "@/lib/domain/offline/offline-urls";
import { PLACE_SUMMARIES_API } from "@/lib/domain/browse/compact-places";
import { CACHE, PLACES_API, SW_MESSAGE } from "@/lib/domain/offline/sw-protocol";
import { askWorker } from "./sw-client";

/** Requests in flight at once while keeping pages: a weak signal is not flooded. */
const BATCH = 4;

type Settled = { ok: number; failed: number };

/**
 * Has the worker fetch and keep what the guide needs offline in `lang`: the place list first, then
 * every page and every place's data it names (with many places, the pages and every summary only:
 * offline-urls.ts). Quiet: nothing is shown, failures only counted.
 */
export async function keepForOffline(lang: Lang): Promise<Settled | null> {
  const res = await fetch(OFFLINE_PLACE_LIST).catch(() => null);
  if (!res?.ok) return null;
  const urls = offlineUrls(lang, slugsOfPlaces((await res.json()) as unknown));
  const total: Settled = { ok: 0, failed: 0 };
  for (let i = 0; i < urls.length; i += BATCH) {
    if (!navigator.onLine) break;
    const done = await askWorker<Settled>({ type: SW_MESSAGE.cacheUrls, urls: urls.slice(i, i + BATCH) });
    total.ok += done?.ok ?? 0;
    total.failed += done?.failed ?? BATCH;
  }
  return total;
}

/** When the kept place list (or with many places, every summary) was fetched (its Date header), or null when none is kept. */
export async function keptDataDate(): Promise<Date | null> {
  if (typeof caches === "undefined") return null;
  const cached = (await caches.match(PLACES_API, { cacheName: CACHE.api })) ?? (await caches.match(PLACE_SUMMARIES_API, { cacheName: CACHE.api }));
  const date = cached?.headers.get("date");
  const parsed = date ? new Date(date) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : null;
}
