import { MAP_PREVIEW_ATTRIBUTE, type MapPreviewConfig } from "@/lib/domain/map/map-preview";

/**
 * The element the map's preview draws the first view's tiles into, under the map. Its script
 * (components/map/map-preview-script.ts) is inline at the top of the map's side (guide-shell.tsx). The
 * tiles are the script's, not React's: the element's content is set as empty HTML, which React
 * leaves as it finds it, on hydration too. Rendered until the map's own tiles have come.
 *
 * `config` is given on the server only (null in the browser): the script reads it from the HTML,
 * and React leaves the server's attribute in place when it hydrates the element (it does not patch
 * attributes; suppressHydrationWarning says the difference is meant).
 */
export function MapPreview({ config }: { config: MapPreviewConfig | null }) {
  const data = config ? { [MAP_PREVIEW_ATTRIBUTE]: JSON.stringify(config) } : {};
  return <div className="map-preview" aria-hidden="true" {...data} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: "" }} />;
}
