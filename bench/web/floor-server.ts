// The floor the guide is measured against: the same places drawn by a hand-written HTML page with
// Leaflet and nothing else (no framework), served gzipped by a plain Node server. It also serves
// the guide's own `/api/places` bytes as a static file (the floor for the API's throughput) and a
// blank map tile, so that neither page waits on a tile server this machine cannot reach.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";

const root = path.resolve(__dirname, "..", "..");
const BLANK_TILE = readFileSync(path.join(root, "e2e", "support", "blank-tile.png"));

/** The blank tile's URL template on a floor server; start the guide with TILE_URL set to it. */
const TILE_PATH = "/tiles/{z}/{x}/{y}.png";

const featureSchema = z.object({
  // null: no known spot (RFC 7946 unlocated Feature): listed, not drawn, as the guide does
  geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }).nullable(),
  properties: z.object({ slug: z.string(), nameZh: z.string() }).passthrough(),
});
const collectionSchema = z.object({ type: z.literal("FeatureCollection"), features: z.array(featureSchema) });

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The floor page: a heading, a map with one marker a place, and a plain list of the same places. */
function floorPage(geojson: unknown, tileUrl: string): string {
  const features = collectionSchema.parse(geojson).features;
  const list = features.map((f) => `<li>${escapeHtml(f.properties.nameZh)}</li>`).join("");
  const located = features.flatMap((f) => (f.geometry ? [{ name: f.properties.nameZh, lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }] : []));
  // JSON in a <script> block: "<" is escaped so no name can close the element.
  const data = JSON.stringify(located).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>三官寺土家族乡 · floor</title><meta name="description" content="Benchmark floor: the guide's places on a plain Leaflet map.">
<link rel="stylesheet" href="/leaflet.css">
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif}#map{height:60vh}main{padding:0 1rem}</style></head>
<body><main><h1>三官寺土家族乡</h1><p>${features.length} 处地点，其中 ${located.length} 处位置已知、画在地图上。</p></main>
<div id="map" role="region" aria-label="地图"></div><main><ul>${list}</ul></main>
<script src="/leaflet.js"></script>
<script>
const places = ${data};
const map = L.map("map");
L.tileLayer(${JSON.stringify(tileUrl)}, { maxZoom: 18 }).addTo(map);
const markers = places.map((p) => L.marker([p.lat, p.lng], { title: p.name, alt: p.name }).addTo(map));
map.fitBounds(L.featureGroup(markers).getBounds().pad(0.1));
</script></body></html>`;
}

type Asset = { type: string; body: Buffer; gzipped: Buffer };
function asset(type: string, body: Buffer | string): Asset {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  return { type, body: bytes, gzipped: gzipSync(bytes) };
}

export type FloorServer = { origin: string; pagePath: string; apiPath: string; tileUrl: string; close: () => Promise<void> };

/**
 * Starts the floor server on `port` (0: a free port chosen by the system) with the guide's `/api/places` body.
 * Responses are gzipped when the client accepts gzip, as `next start` does. `page` makes its page
 * (bench:scale's floor passes its own: bench/scale/floor-page.ts); supercluster and kdbush are
 * served as ES modules beside Leaflet for it.
 */
export async function startFloorServer(apiBody: string, port: number, page: (geojson: unknown, tileUrl: string) => string = floorPage): Promise<FloorServer> {
  const leaflet = path.join(root, "node_modules", "leaflet", "dist");
  const modules = path.join(root, "node_modules");
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tileUrl = origin + TILE_PATH;
  const geojson: unknown = JSON.parse(apiBody); // the page checks its shape (zod)
  const assets = new Map<string, Asset>([
    ["/", asset("text/html; charset=utf-8", page(geojson, tileUrl))],
    ["/leaflet.js", asset("text/javascript", readFileSync(path.join(leaflet, "leaflet.js")))],
    ["/leaflet.css", asset("text/css", readFileSync(path.join(leaflet, "leaflet.css")))],
    ["/supercluster.js", asset("text/javascript", readFileSync(path.join(modules, "supercluster", "index.js")))],
    ["/kdbush.js", asset("text/javascript", readFileSync(path.join(modules, "kdbush", "index.js")))],
    ["/api-places.json", asset("application/geo+json", apiBody)],
  ]);
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", origin);
    if (/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(url.pathname)) {
      res.writeHead(200, { "content-type": "image/png", "cache-control": "public, max-age=86400" });
      res.end(BLANK_TILE);
      return;
    }
    const found = assets.get(url.pathname);
    if (!found) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    res.writeHead(200, {
      "content-type": found.type,
      "cache-control": "public, max-age=0",
      vary: "accept-encoding",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    res.end(gzip ? found.gzipped : found.body);
  });
  return {
    origin,
    pagePath: "/",
    apiPath: "/api-places.json",
    tileUrl,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
