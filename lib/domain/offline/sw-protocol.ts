// What the pages and the service worker (sw/sw.ts) agree on: its address, its caches, its messages,
// and which paths are pages a visitor may reopen offline.

/** The service worker's script, built by @serwist/turbopack's route (app/serwist/[path]/route.ts). */
export const SW_PATH = "/serwist/sw.js";
/** Query parameter of the script URL carrying a tile URL template (TILE_URL), repeated per provider. */
export const SW_TILES_PARAM = "tiles";

export const CACHE = {
  pages: "guide-pages",
  api: "guide-api",
  assets: "guide-assets",
  tiles: "guide-tiles",
} as const;

/** The place list, the source of the place pages to keep and of the data's date. */
export const PLACES_API = "/api/places";

/** Messages a page sends the worker; each is answered on the MessageChannel port it carries. */
export const SW_MESSAGE = {
  /** { urls: string[] } → { ok: number; failed: number }: fetch and cache same-origin pages and data. */
  cacheUrls: "GUIDE_CACHE_URLS",
  /** { urls: string[] } → { ok: number; failed: number }: fetch, cache and pin map tiles. */
  saveTiles: "GUIDE_SAVE_TILES",
  /** {} → { pinnedBytes: number; pinnedCount: number; seenBytes: number } */
  tileUsage: "GUIDE_TILE_USAGE",
} as const;

/** How long a page or data request waits for the network before answering from the cache. */
export const NETWORK_TIMEOUT_SECONDS = 5;

const STAFF = /^\/(?:en\/|zh\/)?staff(?:\/|$)/;
const NOT_PAGES = /^\/(?:api|_next|serwist)(?:\/|$)/;
const FILE = /\.[a-zA-Z0-9]+$/;

/** A visitor's page that the worker keeps for offline use (not staff pages, APIs, assets or files). */
export function isOfflinePagePath(pathname: string): boolean {
  return !STAFF.test(pathname) && !NOT_PAGES.test(pathname) && !FILE.test(pathname);
}

/** The address of the copy to show offline when `href` itself was never kept: the same path, no query. */
export function withoutQuery(href: string): string | null {
  const url = new URL(href);
  if (url.search === "") return null;
  url.search = "";
  url.hash = "";
  return url.href;
}
