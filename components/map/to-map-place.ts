// The map's places, built one way for the guide's map and the shared plan's map (server and client).
import type { Lang } from "@/lib/domain/i18n";
import type { PlaceSummary } from "@/lib/domain/place";
import { markerRank } from "@/lib/domain/marker-rank";
import { markerLabel } from "../place-label";
import type { MapPlace, PlanPath } from "./guide-map";

function toMapPlace(place: PlaceSummary, lang: Lang): MapPlace {
  return {
    slug: place.slug,
    kind: place.kind,
    precision: place.location.precision,
    precisionRadiusM: place.location.radiusM,
    label: markerLabel(lang, place),
    stored: { lng: place.location.lng, lat: place.location.lat },
    rank: markerRank(place),
  };
}

/** The guide map's markers: the places shown, plus the selected one when the filters hide it. */
export function guideMapPlaces(shown: readonly PlaceSummary[], selected: PlaceSummary | null, lang: Lang): MapPlace[] {
  const onMap = selected && !shown.includes(selected) ? [...shown, selected] : shown;
  return onMap.map((p) => toMapPlace(p, lang));
}

/** The plan's stops as map places, in visiting order (slugs that are no place are skipped). */
export function planMapPlaces(stops: readonly string[], bySlug: ReadonlyMap<string, PlaceSummary>, lang: Lang): MapPlace[] {
  return stops.flatMap((slug) => {
    const p = bySlug.get(slug);
    return p ? [toMapPlace(p, lang)] : [];
  });
}

/** The line of the plan drawn on a map: from the start through the stops (and back). */
export function planPathOf(origin: PlanPath["origin"], returnToStart: boolean, stops: readonly MapPlace[]): PlanPath {
  return { origin, returnToStart, stops: stops.map((s) => ({ slug: s.slug, stored: s.stored, rank: s.rank })) };
}
