// The answer to "Near me" (near-me.ts): "not there yet", or the nearest places with a known spot,
// each with its straight-line distance (Turf, via findNearest) and compass direction. Loaded with the
// first "Near me" (components/near-me-result.tsx), not with the first view.
import { bearing } from "@turf/bearing";
import { findNearest, type NearestCandidate } from "./browse/find-nearest";
import { LOW_ACCURACY_M, NOT_THERE_YET_M, compassPoint, distanceFromTownshipM, type Fix, type NearMe, type NearPlace } from "./near-me";

export function nearMe(fix: Fix, places: readonly NearestCandidate[], { count = 5 }: { count?: number } = {}): NearMe {
  const fromTownshipM = distanceFromTownshipM(fix);
  if (fromTownshipM > NOT_THERE_YET_M) return { code: "not-there-yet", fromTownshipM };
  const at = new Map(places.map((p) => [p.slug, p]));
  const nearest = findNearest(places, { lng: fix.lng, lat: fix.lat }, { count }).map(({ slug, distanceM }): NearPlace => {
    const p = at.get(slug) ?? fix;
    const deg = distanceM === 0 ? 0 : bearing([fix.lng, fix.lat], [p.lng, p.lat]);
    return { slug, distanceM, bearingDeg: Math.round(((deg % 360) + 360) % 360), compass: compassPoint(deg) };
  });
  const accuracyM = Math.max(0, Math.round(fix.accuracyM));
  return { code: "near", accuracyM, lowAccuracy: accuracyM > LOW_ACCURACY_M, nearest };
}
