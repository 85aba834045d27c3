// GeoJSON export (RFC 7946): stops as Points with their order and times, and each day's legs as
// one LineString (straight segments between the points — the travel model has no road geometry).
// A stop without a known spot is a Feature with `"geometry": null` (RFC 7946 §3.2) and is not on
// its day's line.
import type { Feature, FeatureCollection, LineString, Point, Position } from "geojson";
import type { PlanSchedule } from "./schedule-plan";

export interface StopFeatureProperties {
  readonly kind: "stop";
  readonly slug: string;
  readonly nameZh: string;
  readonly nameEn: string | null;
  readonly placeKind: string;
  /** 1-based position in the whole plan. */
  readonly order: number;
  readonly day: number;
  readonly arrival: string;
  readonly departure: string;
  readonly arrivalUtc: string;
  readonly departureUtc: string;
  readonly visitMinutes: number;
}

export interface DayFeatureProperties {
  readonly kind: "day-route";
  readonly day: number;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly distanceM: number;
  readonly travelMinutes: number;
}

export type PlanFeature = Feature<Point | null, StopFeatureProperties> | Feature<LineString, DayFeatureProperties>;

export function exportGeoJson(schedule: PlanSchedule): FeatureCollection<Point | LineString | null, StopFeatureProperties | DayFeatureProperties> {
  const features: PlanFeature[] = [];
  for (const day of schedule.days) {
    for (const stop of day.stops) {
      const p = stop.place;
      features.push({
        type: "Feature",
        geometry: p.point === null ? null : { type: "Point", coordinates: [p.point.lng, p.point.lat] },
        properties: {
          kind: "stop",
          slug: p.slug,
          nameZh: p.nameZh,
          nameEn: p.nameEn,
          placeKind: p.kind,
          order: stop.order + 1,
          day: stop.day,
          arrival: stop.arrival,
          departure: stop.departure,
          arrivalUtc: stop.arrivalUtc,
          departureUtc: stop.departureUtc,
          visitMinutes: stop.visitMinutes,
        },
      });
    }
  }
  const origin: Position = [schedule.origin.lng, schedule.origin.lat];
  for (const day of schedule.days) {
    const coordinates: Position[] = [origin, ...day.stops.flatMap((s): Position[] => (s.place.point ? [[s.place.point.lng, s.place.point.lat]] : []))];
    if (day.returnLeg !== null) coordinates.push(origin);
    features.push({
      type: "Feature",
      geometry: { type: "LineString", coordinates },
      properties: {
        kind: "day-route",
        day: day.day,
        date: day.date,
        start: day.start,
        end: day.end,
        distanceM: day.distanceM,
        travelMinutes: day.travelMinutes,
      },
    });
  }
  return { type: "FeatureCollection", features };
}
