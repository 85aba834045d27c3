// Display positions for markers that share (almost) one spot: the township seat's places, a
// village and its village-level places, and the "位置待定" marker beside the seat would hide each
// other drawn as-is. This lays each group out on a sunflower spiral around the shared point,
// best-known location first (in the centre). Display only: stored coordinates never change.
import distance from "@turf/distance";
import { point } from "@turf/helpers";
import type { LngLat } from "./geo";

export type SpreadInput = LngLat & { slug: string; rank: number };

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Spiral radius step (× spacing): with 0.9 no two markers of a group are closer than 1.1 × spacing. */
const SPIRAL_STEP = 0.9;
const METRES_PER_DEGREE_LAT = 111_320;

export function spreadColocated(
  items: readonly SpreadInput[],
  { groupRadiusM = 200, spacingM = 550 }: { groupRadiusM?: number; spacingM?: number } = {},
): Map<string, LngLat> {
  // Group greedily around the first member of each group (items are few: tens, not thousands).
  const groups: SpreadInput[][] = [];
  for (const item of items) {
    const home = groups.find((g) => {
      const first = g[0];
      return first !== undefined && distance(point([first.lng, first.lat]), point([item.lng, item.lat]), { units: "meters" }) <= groupRadiusM;
    });
    if (home) home.push(item);
    else groups.push([item]);
  }
  const out = new Map<string, LngLat>();
  const c = spacingM * SPIRAL_STEP;
  for (const group of groups) {
    // Slugs in code-unit order: the same in every browser and locale, and no collator to load (the
    // first localeCompare of a page load cost about 35 ms on a phone, in the map's first frame).
    const ordered = [...group].sort((a, b) => a.rank - b.rank || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    const centre = ordered[0];
    if (!centre) continue;
    const metresPerDegreeLng = METRES_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180);
    ordered.forEach((item, i) => {
      if (i === 0) {
        out.set(item.slug, { lng: item.lng, lat: item.lat });
        return;
      }
      const r = c * Math.sqrt(i + 0.5);
      const angle = i * GOLDEN_ANGLE;
      out.set(item.slug, {
        lng: centre.lng + (r * Math.cos(angle)) / metresPerDegreeLng,
        lat: centre.lat + (r * Math.sin(angle)) / METRES_PER_DEGREE_LAT,
      });
    });
  }
  return out;
}
