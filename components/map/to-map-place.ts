// The map's places, built one way for the guide's map and the shared plan's map (server and client).
// A place is drawn only at its known spot (lib/domain/known-spot.ts): its own point, or its
// village's point for a village-level place (marked as such). Places without a known spot are
// gathered into the one "位置待定 N" marker (lib/domain/unlocated-places.ts).
import type { Lang } from "@/lib/domain/i18n";
import type { PlaceSummary } from "@/lib/domain/place";
import type { KnownSpot } from "@/lib/domain/known-spot";
import { markerRank } from "@/lib/domain/marker-rank";
import { messages } from "@/lib/domain/messages";
import { markerLabel } from "../place-label";
import type { MapPlace, PlanPath, UnlocatedEntry } from "./guide-map";

type Spots = ReadonlyMap<string, KnownSpot>;

function toMapPlace(place: PlaceSummary, spot: KnownSpot, lang: Lang): MapPlace {
  const villageLevel = spot.basis === "village";
  const label = markerLabel(lang, place);
  return {
    slug: place.slug,
    kind: place.kind,
    precision: place.location.precision,
    precisionRadiusM: place.location.radiusM,
    label: villageLevel ? `${label} · ${messages(lang).villageLevelMarker}` : label,
    stored: spot.point,
    villageLevel,
    rank: markerRank(place),
  };
}

/**
 * The map place of a place, made once per place, language and spot (a WeakMap, so it goes with the
 * place): a filter then hands the map the same objects again, and the cluster layer finds the
 * index it built for them (cluster-layer.tsx) without rebuilding 10,000 labels per keystroke.
 */
const made = new WeakMap<PlaceSummary, { lang: Lang; spot: KnownSpot; mapPlace: MapPlace }>();
function mapPlaceOf(place: PlaceSummary, spot: KnownSpot, lang: Lang): MapPlace {
  const hit = made.get(place);
  if (hit && hit.lang === lang && hit.spot === spot) return hit.mapPlace;
  const mapPlace = toMapPlace(place, spot, lang);
  made.set(place, { lang, spot, mapPlace });
  return mapPlace;
}

/** The guide map's markers (places shown, plus the selected one when the filters hide it) and the places without a known spot. */
export function guideMapPlaces(
  shown: readonly PlaceSummary[],
  selected: PlaceSummary | null,
  lang: Lang,
  spots: Spots,
): { located: MapPlace[]; unlocated: UnlocatedEntry[] } {
  const onMap = selected && !shown.includes(selected) ? [...shown, selected] : shown;
  const located: MapPlace[] = [];
  const unlocated: UnlocatedEntry[] = [];
  for (const p of onMap) {
    const spot = spots.get(p.slug);
    if (spot) located.push(mapPlaceOf(p, spot, lang));
    else unlocated.push({ slug: p.slug, label: markerLabel(lang, p) });
  }
  return { located, unlocated };
}

/** The plan's stops with a known spot as map places, in visiting order, each with its number in the plan. */
export function planMapPlaces(
  stops: readonly string[],
  bySlug: ReadonlyMap<string, PlaceSummary>,
  lang: Lang,
  spots: Spots,
): (MapPlace & { number: number })[] {
  return stops.flatMap((slug, i) => {
    const p = bySlug.get(slug);
    const spot = spots.get(slug);
    return p && spot ? [{ ...toMapPlace(p, spot, lang), number: i + 1 }] : [];
  });
}

/** The line of the plan drawn on a map: from the start through the stops with a known spot (and back). */
export function planPathOf(origin: PlanPath["origin"], returnToStart: boolean, stops: readonly (MapPlace & { number: number })[]): PlanPath {
  return { origin, returnToStart, stops: stops.map((s) => ({ slug: s.slug, stored: s.stored, rank: s.rank, number: s.number })) };
}
