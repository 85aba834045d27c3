// Which requests are served from the page cache (app/[lang]/cached): the home page and the place
// pages in either language, asked with no query at all. proxy.ts decides and marks the request with
// CACHED_PAGE_HEADER; next.config.ts rewrites marked requests to the cached page.

/** Request header set by proxy.ts (and removed from anything a client sends). */
export const CACHED_PAGE_HEADER = "x-guide-cached-page";

/** The internal segment of the cached pages; asked for directly, it redirects to the public path. */
export const CACHED_SEGMENT = /^\/(?:(en|zh)\/)?cached(?:\/|$)/;

/** The home page and a place page, in Chinese (unprefixed) or English. */
const CACHED_PATH = /^(?:\/|\/en|(?:\/en)?\/places\/[^/]+)$/;

/**
 * Whether a page request may be answered from the page cache. Not with a shared cache (REDIS_URL,
 * several instances): there, in the PostgreSQL pass of CI, a second instance once kept serving its
 * cached home page past the 5 s an edit may take to show everywhere (e2e/instances.spec.ts), so
 * pages are rendered per request as before until that is understood.
 */
export function servesCachedPage(method: string, pathname: string, search: string, sharedCache: boolean): boolean {
  if (sharedCache) return false;
  return (method === "GET" || method === "HEAD") && search === "" && CACHED_PATH.test(pathname);
}
