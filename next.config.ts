import path from "node:path";
import type { NextConfig } from "next";
import { contentSecurityPolicy } from "./lib/domain/content-security-policy";
import { CACHED_PAGE_HEADER } from "./lib/domain/cached-page";

// Security headers for every response but Next's hashed scripts (see headers()). Pages get the
// same policy from proxy.ts with the tile server of TILE_URL added (read at run time); nothing
// else loads map tiles.
const csp = contentSecurityPolicy({ dev: process.env.NODE_ENV === "development" });

/**
 * Every unprefixed page path (not /en, /zh, /api, Next's assets or a file with an extension): the
 * Chinese pages, served from the internal /zh segment. Same exclusions as proxy.ts's matcher.
 */
const UNPREFIXED_PAGE = "/:path((?!(?:en|zh|api)(?:/|$)|_next/)(?!.*\\.[a-zA-Z0-9]+$).+)";

const NOSNIFF = { key: "X-Content-Type-Options", value: "nosniff" };
const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: csp },
  NOSNIFF,
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
];

/**
 * Next's hashed scripts and styles (/_next/static/chunks/…), but not a worker's entry script
 * (turbopack-worker-…): a worker runs under the policy its own script arrives with.
 */
const PLAIN_ASSET = "/_next/static/chunks/:file((?!turbopack-worker-).+)";
/** Every other path: pages, the API, images, icons, the service worker and the workers' scripts. */
const ALL_BUT_PLAIN_ASSETS = "/:path((?!_next/static/chunks/(?!turbopack-worker-)).*)";

const nextConfig: NextConfig = {
  // The e2e server builds into its own folder so a test run never clobbers `npm start`'s build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // No ETag on pages. Next computes it per request by hashing the whole HTML in JavaScript (FNV-1a
  // over every character): for `/` (100 kB) that was a quarter of the server's CPU under load, more
  // than serving the cached page itself (bench:web, `/` against /robots.txt). A returning browser
  // downloads a page again (23 kB gzipped for `/`) rather than getting a 304. The API's responses
  // keep their strong ETags, computed once per data version (lib/server/api-response.ts).
  generateEtags: false,
  // esbuild bundles the map preview's script when the app is built (app/map-preview.js/route.ts).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "esbuild"],
  // Cached reads (lib/server/cache-tags.ts) and pages, held by cache-handler.mjs: with REDIS_URL,
  // shared by every instance through Redis; otherwise in the server's memory only, never on disk: a
  // restarted server starts empty, so data seeded while it was down is never hidden by an old entry.
  cacheHandler: path.join(process.cwd(), "cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // inlineCss: the stylesheet comes inside the HTML (<style>, allowed by the CSP's style-src
  // 'unsafe-inline'), so the first paint waits for no render-blocking CSS request.
  experimental: { isrFlushToDisk: false, inlineCss: true },
  // Chinese is the default language and has no path prefix (/places/x); English lives under /en.
  // The unprefixed paths are rewritten here, after proxy.ts has run (it redirects visitors who
  // chose English and passes the visible path on as x-guide-path). A rewrite in next.config is
  // always internal; a NextResponse.rewrite() in the proxy is proxied over HTTP to the server
  // itself when it listens on an explicit host (next start -H 127.0.0.1), and fails with a 500
  // behind a TLS-terminating proxy (X-Forwarded-Proto: https; vercel/next.js#94745).
  async rewrites() {
    return {
      beforeFiles: [
        // the home and place pages with no query, marked by proxy.ts: served from the cache (app/[lang]/cached)
        { source: "/", has: [{ type: "header", key: CACHED_PAGE_HEADER }], destination: "/zh/cached" },
        { source: "/en", has: [{ type: "header", key: CACHED_PAGE_HEADER }], destination: "/en/cached" },
        { source: "/places/:slug", has: [{ type: "header", key: CACHED_PAGE_HEADER }], destination: "/zh/cached/places/:slug" },
        { source: "/en/places/:slug", has: [{ type: "header", key: CACHED_PAGE_HEADER }], destination: "/en/cached/places/:slug" },
        { source: "/", destination: "/zh" },
        { source: UNPREFIXED_PAGE, destination: "/zh/:path" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: ALL_BUT_PLAIN_ASSETS, headers: SECURITY_HEADERS },
      // Next's hashed scripts: nosniff is the one of these headers a script answers to. The
      // others only act on a document (or a worker's own script, which keeps them above), and
      // over HTTP/1.1 each script of a page carried their 500 bytes again (14 on `/`).
      { source: PLAIN_ASSET, headers: [NOSNIFF] },
    ];
  },
};

export default nextConfig;
