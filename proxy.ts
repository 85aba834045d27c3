import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/domain/content-security-policy";
import { LANG_COOKIE } from "@/lib/domain/i18n";
import { getBasemaps } from "@/lib/server/config";
import { basemapTileUrls } from "@/lib/domain/map/basemap";
import { SW_PATH } from "@/lib/domain/offline/sw-protocol";
import { CACHED_PAGE_HEADER, CACHED_SEGMENT, servesCachedPage } from "@/lib/domain/cached-page";

// Chinese is the default language and has no path prefix (/places/x); English lives under /en.
// next.config.ts rewrites unprefixed paths to the internal /zh segment (pages declare the
// unprefixed URL canonical); this proxy runs before that rewrite and keeps what needs code:
// - a path with broken percent-encoding gets a 400, never a crash;
// - a visitor who chose English gets the English page of an unprefixed address;
// - the visible path is passed on as x-guide-path so pages without params (not-found) know the language;
// - pages get the Content-Security-Policy with the configured basemaps' tile hosts, and a Cache-Control
//   that lets them into the back/forward cache and a CDN (see PAGE_CACHE_CONTROL).

/**
 * A page's HTML depends only on its URL (the language is in the path, filters and plan in the
 * query; nothing reads the visitor's cookies), so it may be stored, but only reused after asking
 * the server again: max-age=0 and must-revalidate, so staff edits show at once and a shared cache
 * never answers from a copy. Not no-store, which would keep pages out of the back/forward cache.
 * Next keeps a Cache-Control set before rendering (error pages still get its no-store).
 */
const PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** The English-cookie redirect depends on the visitor's cookie: never stored, never shared. */
const REDIRECT_CACHE_CONTROL = "private, no-store";

/** Staff pages depend on the signed-in member: never stored, never shared. */
const STAFF_CACHE_CONTROL = "private, no-store";
const STAFF_PATH = /^\/(?:en\/|zh\/)?staff(?:\/|$)/;

let pageCsp: string | undefined;
let workerCsp: string | undefined;
/** The pages' policy, with the tile hosts of the configured basemaps (read once: the environment is fixed). */
function pagePolicy(): string {
  pageCsp ??= contentSecurityPolicy({ tileUrls: basemapTileUrls(getBasemaps()), dev: process.env.NODE_ENV === "development" });
  return pageCsp;
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === SW_PATH) {
    // The service worker's script: its policy lets it fetch (and keep) the map's tiles.
    workerCsp ??= contentSecurityPolicy({ tileUrls: basemapTileUrls(getBasemaps()), serviceWorker: true, dev: process.env.NODE_ENV === "development" });
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", workerCsp);
    // Asked again on every update check, never kept by a shared cache: a new version is seen at once.
    response.headers.set("Cache-Control", "no-cache");
    return response;
  }
  if (pathname.startsWith("/api/")) {
    if (isDecodable(pathname)) return NextResponse.next();
    return Response.json(
      { error: { status: 400, code: "bad_path", message: "The path has broken percent-encoding." } },
      { status: 400 },
    );
  }
  if (!isDecodable(pathname)) return badPath();
  const prefixed = ["/en", "/zh"].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  if (!prefixed && request.cookies.get(LANG_COOKIE)?.value === "en") {
    // request.url is the server's own address (never the request's Host or X-Forwarded-Host), and
    // Next turns a same-origin Location into a path: the redirect carries no foreign host.
    const url = new URL(`/en${pathname === "/" ? "" : pathname}${request.nextUrl.search}`, request.url);
    const response = NextResponse.redirect(url, 307);
    response.headers.set("Cache-Control", REDIRECT_CACHE_CONTROL);
    return response;
  }
  const cachedSegment = CACHED_SEGMENT.exec(pathname);
  if (cachedSegment) {
    // the cache's internal address is not a page of its own: send the visitor to the public one
    return NextResponse.redirect(new URL(cachedSegment[1] === "en" ? "/en" : "/", request.url), 308);
  }
  const headers = new Headers(request.headers);
  headers.set("x-guide-path", pathname);
  // A query-less home or place page is served from the page cache (lib/domain/cached-page.ts);
  // the mark is the proxy's alone, never the client's.
  headers.delete(CACHED_PAGE_HEADER);
  if (servesCachedPage(request.method, pathname, request.nextUrl.search)) headers.set(CACHED_PAGE_HEADER, "1");
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", pagePolicy());
  response.headers.set("Cache-Control", STAFF_PATH.test(pathname) ? STAFF_CACHE_CONTROL : PAGE_CACHE_CONTROL);
  return response;
}

export const config = {
  // Everything but Next's assets and files with an extension (icons, sitemap.xml, …).
  // And the service worker's script (SW_PATH), for its policy.
  matcher: ["/((?!_next/|.*\\.[a-zA-Z0-9]+$).*)", "/serwist/sw.js"],
};

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A path with broken percent-encoding (e.g. "%E0%A4%A") gets a friendly 400 page, not a crash. */
function badPath(): Response {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>链接有误 · Bad link</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>链接有误 · This link is broken</h1>
<p>地址中含有无法识别的字符。 The address contains characters that cannot be read.</p><p><a href="/">返回地图 · Back to the map</a></p></body></html>`;
  return new Response(html, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } });
}
