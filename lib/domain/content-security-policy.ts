// The Content-Security-Policy of the guide, one definition for next.config.ts (every response) and
// proxy.ts (pages, where the map loads tiles from the configured basemaps' hosts at run time).
//
// Leaflet sets inline styles on its panes and the App Router hydrates from inline scripts, hence
// 'unsafe-inline' for styles and scripts; `next dev` also needs 'unsafe-eval'. Images: the app's
// own, data: and blob: URLs (the plan's QR code), and the tile server's origin, nothing else.

/**
 * The CSP source that lets a page load tiles from `tileUrl`, a Leaflet URL template such as
 * "https://{s}.tile.example.org/{z}/{x}/{y}.png" → "https://*.tile.example.org", or
 * "http://127.0.0.1:3099/tiles/{z}/{x}/{y}.png" → "http://127.0.0.1:3099". Null when the template
 * is not an http(s) URL.
 */
export function tileImageSource(tileUrl: string): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(tileUrl.trim());
  if (!match) return null;
  const [, scheme = "", authority = ""] = match;
  // A placeholder in the host ("{s}.tile…", "tile-{s}.…") stands for a subdomain: a wildcard host.
  const host = authority.replace(/^[^.]*\{[a-z]+\}[^.]*\./i, "*.");
  if (/[{}\s;,@'"]/.test(host)) return null;
  return `${scheme.toLowerCase()}://${host.toLowerCase()}`;
}

/**
/**
 * The policy, with the origins of `tileUrls` allowed as image sources (pages with the map: every
 * configured basemap's tile hosts, lib/domain/map/basemap.ts basemapTileUrls), each once. Workers
 * (the plan's ordering worker, the service worker) come from the app only. The service worker's
 * own script (`serviceWorker`) gets the tile origins in connect-src instead: it fetches the tiles it
 * keeps for offline use, and a worker's fetches answer to its own policy.
 */
export function contentSecurityPolicy({
  tileUrls = [],
  dev = false,
  serviceWorker = false,
}: { tileUrls?: readonly string[]; dev?: boolean; serviceWorker?: boolean } = {}): string {
  const hosts = [...new Set(tileUrls.flatMap((url) => tileImageSource(url) ?? []))];
  const extra = hosts.length > 0 ? ` ${hosts.join(" ")}` : "";
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'" + (dev ? " 'unsafe-eval'" : ""),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:" + (serviceWorker ? "" : extra),
    "font-src 'self'",
    "connect-src 'self'" + (serviceWorker ? extra : ""),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
