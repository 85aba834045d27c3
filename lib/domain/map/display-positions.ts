import type { LngLat } from "../geo";
import { spreadColocated } from "../spread-colocated";
import { separateTargets } from "../separate-targets";
import { TOWNSHIP_SEAT } from "../township-seat";
import { MARKER_SIZE_PX, project, unproject } from "./first-view";
import type { DisplayInput, FanOutInput } from "./fan-out";

/** Centre-to-centre distance of markers that share a spot, in screen pixels (markers are 32 px). */
const MARKER_SPACING_PX = 38;

/** Ground metres per screen pixel at a zoom level and latitude (Web Mercator). */
function metresPerPixel(zoom: number, lat: number): number {
  return (156543.03392 * Math.cos((lat * Math.PI) / 180)) / 2 ** zoom;
}

/**
 * Where each marker is drawn at a zoom level: places that would overlap on screen are fanned out
 * around their shared point (display only; the stored location and its precision ring stay put).
 * Then no two markers (`targets`) may overlap at all, so each stays a whole 32 px tap target
 * (WCAG 2.2 target size): the worse-known of two touching markers is pushed aside on screen.
 */
export function displayPositions(places: readonly DisplayInput[], targets: ReadonlySet<string>, zoom: number): Map<string, LngLat> {
  const spacingM = MARKER_SPACING_PX * metresPerPixel(zoom, TOWNSHIP_SEAT.lat);
  const spread = spreadColocated(
    places.map((p) => ({ slug: p.slug, lng: p.stored.lng, lat: p.stored.lat, rank: p.rank })),
    { groupRadiusM: spacingM, spacingM },
  );
  const onScreen = places.flatMap((p) => {
    const at = spread.get(p.slug);
    if (!at || !targets.has(p.slug)) return [];
    const { x, y } = project(at, zoom);
    return [{ slug: p.slug, x, y, rank: p.rank }];
  });
  for (const [slug, point] of separateTargets(onScreen, { size: MARKER_SIZE_PX })) {
    spread.set(slug, unproject(point, zoom));
  }
  return spread;
}

/** Where the markers of fanOutInputs (fan-out.ts) are drawn at a zoom level, the targets kept whole. */
export function fanOut(inputs: readonly FanOutInput[], zoom: number): Map<string, LngLat> {
  return displayPositions(inputs, new Set(inputs.filter((m) => m.target).map((m) => m.slug)), zoom);
}

/** Where the markers the map fits (fanOutInputs' targets) are drawn in a layout of fanOut's: fanned out, else stored. */
export function fittedPositions(inputs: readonly FanOutInput[], drawn: ReadonlyMap<string, LngLat>): LngLat[] {
  return inputs.filter((m) => m.target).map((m) => drawn.get(m.slug) ?? m.stored);
}

/**
 * fanOut for one set of markers, worked out once per zoom level: the map asks for the same zoom
 * several times in a row (the fit's second step, then drawing the markers at the zoom it landed on,
 * then panning to a selected place), and each layout compares every pair of markers. The layouts
 * are kept as long as the function is (the map makes a new one when its markers change); the
 * returned Map is shared, so callers must not change it.
 */
export function fanOutByZoom(inputs: readonly FanOutInput[]): (zoom: number) => ReadonlyMap<string, LngLat> {
  const byZoom = new Map<number, Map<string, LngLat>>();
  return (zoom) => {
    let drawn = byZoom.get(zoom);
    if (!drawn) {
      drawn = fanOut(inputs, zoom);
      byZoom.set(zoom, drawn);
    }
    return drawn;
  };
}
