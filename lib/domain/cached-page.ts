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
 * Whether a page request may be answered from the page cache: a GET or HEAD of one of those paths
 * with no query. With a shared cache (REDIS_URL) too: a page is stamped with the moment its render
 * began (stampPageRender in lib/server/cache-tags.ts), so every instance drops a copy rendered
 * before an edit's invalidation, however late it was stored.
 */
export function servesCachedPage(method: string, pathname: string, search: string): boolean {
  return (method === "GET" || method === "HEAD") && search === "" && CACHED_PATH.test(pathname);
}
