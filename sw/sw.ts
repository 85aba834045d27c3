// The guide's service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts) at build
// time with the precache manifest of the build's static files. Caching is Serwist's strategies:
// - pages (Chinese and English): NetworkFirst, answered from the cache after NETWORK_TIMEOUT_SECONDS
//   or offline; a page address with a query (?plan=…, ?c=…) that was never kept falls back to the
//   copy of the same path without it (the page then reads its query in the browser);
// - /api/places, /api/places/[slug] and /api/place-summaries (without a query): NetworkFirst likewise;
// - the build's assets: precached; other same-origin assets StaleWhileRevalidate;
// - map tiles of the configured provider (the script URL's ?tiles= templates): CacheFirst, capped at
//   50 MB least recently used first (TileCacheCapPlugin), saved township tiles pinned.
// A new version waits until the visitor presses "update" (components/offline/), which sends
// SKIP_WAITING (handled by Serwist).
import { CacheableResponsePlugin, CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, StaleWhileRevalidate } from "serwist";
import type { PrecacheEntry, SerwistGlobalConfig, SerwistPlugin } from "serwist";
import { CACHE, isOfflinePagePath, NETWORK_TIMEOUT_SECONDS, SW_MESSAGE, SW_TILES_PARAM, withoutQuery } from "../lib/domain/offline/sw-protocol";
import { TILE_CACHE_MAX_BYTES } from "../lib/domain/offline/tile-cache-cap";
import { tileUrlPattern } from "../lib/domain/offline/tile-url";
import { TileCacheCapPlugin } from "./tile-cache-cap-plugin";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const DAY = 24 * 60 * 60;
const tilePatterns = new URL(self.location.href).searchParams.getAll(SW_TILES_PARAM).map(tileUrlPattern);
const isTile = (url: URL) => tilePatterns.some((p) => p.test(url.href));
const tileCap = new TileCacheCapPlugin({ maxBytes: TILE_CACHE_MAX_BYTES });

const tileStrategy = new CacheFirst({ cacheName: CACHE.tiles, plugins: [new CacheableResponsePlugin({ statuses: [0, 200] }), tileCap] });

/** Offline, a page address never kept with its query is answered with the same path's copy. */
const pageWithoutQuery: SerwistPlugin = {
  handlerDidError: async ({ request }) => {
    const key = withoutQuery(request.url);
    return (key ? await caches.match(key, { cacheName: CACHE.pages, ignoreVary: true }) : undefined) ?? undefined;
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: false,
  clientsClaim: true,
  runtimeCaching: [
    {
      // Pages only: not the RSC payloads of client-side navigations (offline, Next then loads the page itself).
      matcher: ({ url, request, sameOrigin }) => sameOrigin && isOfflinePagePath(url.pathname) && !request.headers.has("RSC") && !url.searchParams.has("_rsc"),
      handler: new NetworkFirst({
        cacheName: CACHE.pages,
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        matchOptions: { ignoreVary: true },
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 60 * DAY, maxAgeFrom: "last-used" }),
          pageWithoutQuery,
        ],
      }),
    },
    {
      // the collection, its Features and the summaries, as the guide asks for them: not a page of
      // the collection (bbox, limit, cursor), which the guide itself never reads offline
      matcher: ({ url, sameOrigin }) => sameOrigin && url.search === "" && /^\/api\/(?:places(?:\/[^/]+)?|place-summaries)$/.test(url.pathname),
      handler: new NetworkFirst({
        cacheName: CACHE.api,
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 60 * DAY, maxAgeFrom: "last-used" })],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && /^\/_next\/static\//.test(url.pathname),
      handler: new CacheFirst({ cacheName: CACHE.assets, plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeFrom: "last-used" })] }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && /\.(?:png|svg|ico|webmanifest)$/.test(url.pathname),
      handler: new StaleWhileRevalidate({ cacheName: CACHE.assets, plugins: [new CacheableResponsePlugin({ statuses: [200] })] }),
    },
    {
      // Cross-origin tiles answer opaquely (status 0) to an <img> without CORS: kept as they are.
      matcher: ({ url }) => isTile(url),
      handler: tileStrategy,
    },
  ],
});

type Settled = { ok: number; failed: number };

/** Fetches and caches each request through the routes above; counts what arrived. */
async function cacheThrough(requests: Request[], event: ExtendableMessageEvent): Promise<Settled> {
  const results = await Promise.allSettled(requests.map((request) => serwist.handleRequest({ request, event })));
  const ok = await Promise.all(
    results.map(async (r) => r.status === "fulfilled" && r.value !== undefined && (await r.value).status < 400),
  );
  const count = ok.filter(Boolean).length;
  return { ok: count, failed: requests.length - count };
}

/**
 * Saves one tile of "Save the township" and says whether it is kept. Asked with CORS first: an
 * opaque (no-cors) response is counted by the browser's storage quota as if it were megabytes
 * (padding that hides its size), so a few hundred of them fill a phone's quota and the rest fail to
 * be stored; a tile server that sends Access-Control-Allow-Origin (OpenStreetMap's and most
 * self-hosted ones do) gives a plain response of its real size. Without CORS, no-cors as the map
 * asks. A tile counts as saved only once it is in the cache (its write finished, or it was there).
 */
async function saveTile(url: string, event: ExtendableMessageEvent): Promise<boolean> {
  for (const mode of ["cors", "no-cors"] as const) {
    const request = new Request(url, { mode, credentials: "omit" });
    const [response, done] = tileStrategy.handleAll({ request, event });
    try {
      const answer = await response;
      await done;
      if (answer.status >= 400) return false;
      return (await caches.match(url, { cacheName: CACHE.tiles })) !== undefined;
    } catch {
      await done.catch(() => undefined);
      // CORS refused (or the network failed): try as the map's <img> asks
    }
  }
  return false;
}

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").slice(0, 1000) : [];

self.addEventListener("message", (event) => {
  const data: unknown = event.data;
  if (typeof data !== "object" || data === null || !("type" in data)) return;
  const port = event.ports[0];
  const urls = "urls" in data ? stringList(data.urls) : [];
  let work: Promise<unknown> | null = null;
  if (data.type === SW_MESSAGE.cacheUrls) {
    const own = urls.map((u) => new URL(u, self.location.origin)).filter((u) => u.origin === self.location.origin);
    work = cacheThrough(own.map((u) => new Request(u.href)), event);
  } else if (data.type === SW_MESSAGE.saveTiles) {
    const tiles = urls.filter((u) => URL.canParse(u) && isTile(new URL(u)));
    work = tileCap.pin(tiles).then(async (): Promise<Settled> => {
      const kept = await Promise.all(tiles.map((u) => saveTile(u, event)));
      const ok = kept.filter(Boolean).length;
      return { ok, failed: tiles.length - ok };
    });
  } else if (data.type === SW_MESSAGE.tileUsage) {
    work = tileCap.usage();
  }
  if (!work) return;
  event.waitUntil(work.then((answer) => port?.postMessage(answer), () => port?.postMessage(null)));
});

serwist.addEventListeners();
