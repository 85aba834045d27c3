// The floor for bench:scale's browser budgets: the same places on a hand-written page with Leaflet
// and supercluster and nothing else (no framework, no server rendering of a first view), measured
// by the same script in the same run (browser-runs.ts). It keeps the DOM that script drives: a
// search box and kind, red and status filters in `.filters`, a list `#place-list` of 100 places at
// a time with "List 100 more" in `.place-list__more`, and clustered markers in view (plus a quarter
// of the view on each side, as the guide draws them). Its search is a plain substring search over
// the names and slugs (the guide's also matches pinyin and initials): it does less than the guide,
// so it is a floor, not a rival. Whether it meets a budget on this machine says whether the budget
// can be met at all with Leaflet's markers at 4× CPU.
import { z } from "zod";

const featureSchema = z.object({
  geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }).nullable(),
  properties: z.object({
    slug: z.string(),
    nameZh: z.string(),
    nameEn: z.string().nullable().optional(),
    kind: z.string(),
    red: z.boolean(),
    status: z.string(),
  }),
});
const collectionSchema = z.object({ features: z.array(featureSchema) });

/** The page, from the guide's own `/api/places` collection; Leaflet, supercluster and kdbush are served beside it. */
export function scaleFloorPage(geojson: unknown, tileUrl: string): string {
  const places = collectionSchema.parse(geojson).features.map((f) => ({
    slug: f.properties.slug,
    zh: f.properties.nameZh,
    en: f.properties.nameEn ?? "",
    kind: f.properties.kind,
    red: f.properties.red,
    status: f.properties.status,
    at: f.geometry?.coordinates ?? null,
  }));
  const kinds = [...new Set(places.map((p) => p.kind))].sort();
  const statuses = [...new Set(places.map((p) => p.status))].sort();
  // JSON in a <script> block: "<" is escaped so no name can close the element.
  const data = JSON.stringify(places).replace(/</g, "\\u003c");
  const boxes = (name: string, values: string[]) =>
    values.map((v) => `<label><input type="checkbox" name="${name}" value="${v}"> ${v}</label>`).join(" ");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench:scale floor</title>
<link rel="stylesheet" href="/leaflet.css">
<script type="importmap">{"imports":{"kdbush":"/kdbush.js"}}</script>
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif;display:grid;grid-template-columns:360px 1fr;height:100vh}
aside{overflow:auto;padding:0 1rem}#map{height:100vh}#place-list li{content-visibility:auto;contain-intrinsic-size:auto 2.5rem}
.cluster{background:#2b6cb0;color:#fff;border-radius:50%;display:flex;align-items:center;justify-content:center}
.place{background:#c53030;border-radius:50%}</style></head>
<body><aside><form class="filters" onsubmit="return false"><input type="search" aria-label="搜索">
<fieldset>${boxes("kind", kinds)}</fieldset><button type="button" class="red-switch" aria-pressed="false">红色</button>
<fieldset>${boxes("status", statuses)}</fieldset></form>
<ul id="place-list"></ul><p class="place-list__more"><a href="#">再列出 100 处</a></p></aside>
<div id="map"></div>
<script src="/leaflet.js"></script>
<script type="module">
import Supercluster from "/supercluster.js";
const places = ${data};
const form = document.querySelector(".filters");
const list = document.querySelector("#place-list");
const more = document.querySelector(".place-list__more a");
const red = document.querySelector(".red-switch");
const map = L.map("map", { markerZoomAnimation: false });
L.tileLayer(${JSON.stringify(tileUrl)}, { maxZoom: 18 }).addTo(map);
const layer = L.layerGroup().addTo(map);
let shown = places;
let index = null;
let listed = 0;

function matches() {
  const q = form.querySelector('input[type="search"]').value.trim().toLowerCase();
  const kinds = new Set([...form.querySelectorAll('input[name="kind"]:checked')].map((i) => i.value));
  const statuses = new Set([...form.querySelectorAll('input[name="status"]:checked')].map((i) => i.value));
  const onlyRed = red.getAttribute("aria-pressed") === "true";
  return places.filter((p) =>
    (kinds.size === 0 || kinds.has(p.kind)) && (statuses.size === 0 || statuses.has(p.status)) && (!onlyRed || p.red) &&
    (q === "" || p.zh.includes(q) || p.en.toLowerCase().includes(q) || p.slug.includes(q)));
}

function listMore() {
  const first = listed;
  const items = document.createDocumentFragment();
  for (const p of shown.slice(listed, listed + 100)) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.className = "place-list__link";
    a.href = "#" + p.slug;
    a.dataset.slug = p.slug;
    a.textContent = p.zh;
    li.append(a);
    items.append(li);
  }
  list.append(items);
  listed = Math.min(shown.length, listed + 100);
  more.hidden = listed >= shown.length;
  return first;
}

function draw() {
  layer.clearLayers();
  if (!index) return;
  const b = map.getBounds().pad(0.25);
  for (const c of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.floor(map.getZoom()))) {
    const [lng, lat] = c.geometry.coordinates;
    const count = c.properties.cluster ? c.properties.point_count : 0;
    const size = count === 0 ? 16 : count < 100 ? 36 : 46;
    const icon = L.divIcon({ className: count ? "cluster" : "place", html: count ? String(count) : "", iconSize: [size, size] });
    layer.addLayer(L.marker([lat, lng], { icon, keyboard: true, title: count ? "此处 " + count + " 处地点" : c.properties.zh }));
  }
}

function apply() {
  shown = matches();
  const located = shown.filter((p) => p.at);
  index = new Supercluster({ radius: 64, maxZoom: 16 }).load(
    located.map((p) => ({ type: "Feature", geometry: { type: "Point", coordinates: p.at }, properties: { zh: p.zh } })));
  list.replaceChildren();
  listed = 0;
  listMore();
  draw();
}

form.addEventListener("input", apply);
red.addEventListener("click", () => {
  red.setAttribute("aria-pressed", red.getAttribute("aria-pressed") === "true" ? "false" : "true");
  apply();
});
more.addEventListener("click", (e) => {
  e.preventDefault();
  const first = listMore();
  list.children[first]?.querySelector("a")?.focus();
});
map.on("moveend", draw);
const located = places.filter((p) => p.at);
const lngs = located.map((p) => p.at[0]);
const lats = located.map((p) => p.at[1]);
map.fitBounds([[Math.min(...lats), Math.min(...lngs)], [Math.max(...lats), Math.max(...lngs)]]);
apply();
</script></body></html>`;
}
