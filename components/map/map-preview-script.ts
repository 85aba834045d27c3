// The map's preview: the first view's tiles, drawn from the HTML before the page's scripts have run.
// A script of its own (about 2 kB gzipped), bundled by lib/server/map-preview-script.ts and put
// inline at the top of the map's side (components/guide-shell.tsx), so it runs as the
// HTML is read; it imports only plain modules, never React or Leaflet.
//
// The interactive map (Leaflet, with React and the guide's code: about 215 kB of script) comes
// after the page has loaded, and its tiles after it; on a phone on a weak signal that was seconds
// of an empty map. The preview works out the same first view as the map (the fit of the places, or
// the address's view) for the size the map has on this screen, and draws the tiles the map will
// draw there, at the same places: when the map's own tiles come, they are the same images, from
// the browser's cache, and the preview is removed. What it does not know it leaves to the map: a
// basemap drawn in another datum (Amap's GCJ-02 needs the shifting code) or none.
import { denseTiles, tileUrl, viewTiles, type ReportedConnection } from "@/lib/domain/map/first-view";
import { MAP_PREVIEW_ATTRIBUTE, previewBasemap, previewLayout, readPreviewConfig } from "@/lib/domain/map/map-preview";

/** The centre tiles, which paint first, are asked for ahead of the page's other images. */
const EAGER_TILES = 4;

function chosenBasemapId(storageKey: string): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage disabled: the first basemap, as the map does
  }
}

function draw(element: HTMLElement): void {
  const raw = element.getAttribute(MAP_PREVIEW_ATTRIBUTE);
  if (!raw || element.childElementCount > 0) return;
  const config = readPreviewConfig(raw);
  if (!config) return;
  const basemap = previewBasemap(config.basemaps, chosenBasemapId(config.storageKey));
  if (!basemap) return;
  const size = { x: element.clientWidth, y: element.clientHeight };
  if (size.x === 0 || size.y === 0) return;
  const dense = denseTiles(window.devicePixelRatio, (navigator as Navigator & { connection?: ReportedConnection }).connection);
  // Leaflet's dense layer reaches one zoom less (its tiles come from the next zoom's grid)
  const maxZoom = dense ? basemap.maxZoom - 1 : basemap.maxZoom;
  const layout = previewLayout(config, size, basemap.maxZoom);
  if (!layout || layout.z > maxZoom) return;
  const tiles = viewTiles(layout, dense);
  const highDensity = window.devicePixelRatio > 1;
  for (const layer of basemap.layers) {
    tiles.forEach((tile, i) => {
      const img = document.createElement("img");
      img.alt = "";
      img.decoding = "async";
      if (i < EAGER_TILES) img.fetchPriority = "high";
      img.style.cssText = `left:${tile.left}px;top:${tile.top}px;width:${tile.size}px;height:${tile.size}px`;
      img.src = tileUrl(layer.url, layer.subdomains ?? "abc", tile, highDensity);
      element.append(img);
    });
  }
}

function start(): void {
  const element = document.querySelector<HTMLElement>(`[${MAP_PREVIEW_ATTRIBUTE}]`);
  if (!element) return;
  try {
    draw(element);
  } catch {
    // a preview that cannot be drawn is left out: the map draws its own tiles
  }
}

// Inline at the top of the side, after the map: the map's size is then known, and it draws at once.
start();
