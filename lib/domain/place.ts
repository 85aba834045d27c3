// The place as the app sees it (a plain DTO shared by server and client) and its GeoJSON form.
// Convention for every DTO (Place, BrowsePlace, PlanPlace, PlanOrigin): a fact known to be absent
// is null, as the database and the JSON give it, never an optional or undefined field.
import type { Feature, FeatureCollection, Point } from "geojson";
import type { LngLat } from "./geo";
import type { LocationPrecision, PlaceKind, PlaceStatus, SourceConfidence } from "./place-kinds";

export type VillageRef = { slug: string; nameZh: string; nameEn: string; pinyin: string };

export type PlaceSourceRef = {
  key: string;
  title: string;
  publisher: string | null;
  url: string;
  published: string | null;
  confidence: SourceConfidence;
  note: string | null;
};

/** The stored WGS-84 point and how well it is known. */
export type PlaceLocation = LngLat & {
  precision: LocationPrecision;
  radiusM: number;
  noteZh: string;
  noteEn: string | null;
};

export type Place = {
  slug: string;
  kind: PlaceKind;
  red: boolean;
  nameZh: string;
  nameEn: string | null;
  pinyin: string;
  village: VillageRef | null;
  status: PlaceStatus;
  statusYear: number | null;
  statusNoteZh: string | null;
  statusNoteEn: string | null;
  summaryZh: string;
  summaryEn: string | null;
  descriptionZh: string;
  descriptionEn: string | null;
  location: PlaceLocation;
  visitMinutes: number | null;
  openingHours: string | null;
  studyNoteZh: string | null;
  studyNoteEn: string | null;
  sources: PlaceSourceRef[];
};

export type PlaceFeatureProperties = Omit<Place, "location"> & {
  precision: LocationPrecision;
  precisionRadiusM: number;
  locationNoteZh: string;
  locationNoteEn: string | null;
  url: string;
};

export type PlaceFeature = Feature<Point, PlaceFeatureProperties>;

/** RFC 7946 Feature: geometry in WGS-84 [lng, lat]; the id is the slug. */
export function placeToFeature(place: Place): PlaceFeature {
  const { location, ...rest } = place;
  return {
    type: "Feature",
    id: place.slug,
    geometry: { type: "Point", coordinates: [location.lng, location.lat] },
    properties: {
      ...rest,
      precision: location.precision,
      precisionRadiusM: location.radiusM,
      locationNoteZh: location.noteZh,
      locationNoteEn: location.noteEn,
      url: `/places/${place.slug}`,
    },
  };
}

export function placesToFeatureCollection(places: readonly Place[]): FeatureCollection<Point, PlaceFeatureProperties> {
  return { type: "FeatureCollection", features: places.map(placeToFeature) };
}
