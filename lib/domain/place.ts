// The place as the app sees it (a plain DTO shared by server and client) and its GeoJSON form.
// Convention for every DTO (Place, BrowsePlace, PlanPlace, PlanOrigin): a fact known to be absent
// is null, as the database and the JSON give it, never an optional or undefined field.
import type { Feature, FeatureCollection, Point } from "geojson";
import type { LngLat } from "./geo";
import type { LocationPrecision, PlaceKind, PlaceStatus, SourceConfidence, VisitWindow } from "./place-kinds";

export type VillageRef = { slug: string; nameZh: string; nameEn: string; pinyin: string };

export type PlaceSourceRef = {
  key: string;
  title: string;
  publisher: string | null;
  /**
   * null for an on-site survey ("surveyed on site by <user> on <date>"), which has no page, for a
   * print publication with no known web page, and when publisherPageUnknown
   */
  url: string | null;
  /** true: the text was seen only in a republished copy; the publisher's own page is not known */
  publisherPageUnknown: boolean;
  published: string | null;
  confidence: SourceConfidence;
  note: string | null;
};

/**
 * The stored WGS-84 point and how well it is known. `point` is null when no spot is known: a
 * township-level place, and a village-level one (it takes its village's point, see known-spot.ts).
 * A point is never invented: the data gives one only for exact and approximate locations.
 */
export type PlaceLocation = {
  point: LngLat | null;
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
  /** true: visitMinutes is the guide's own estimate (no source gives one); the UI says so. */
  visitMinutesEstimated: boolean;
  /** When the place can be visited as far as its sources tell; the planner treats it as a constraint. */
  visitWindow: VisitWindow;
  openingHours: string | null;
  studyNoteZh: string | null;
  studyNoteEn: string | null;
  /** The homestay register number (统一编号, lib/domain/staff/homestay-number.ts) of a numbered lodging. */
  homestayNumber: string | null;
  sources: PlaceSourceRef[];
};

/**
 * What the first view needs of a place: markers, the list, search, filters, nearby places and the
 * planner (visit length, opening hours). Every page sends the summaries of all places; a place's
 * full detail (description, sources, notes) comes with its own page or from /api/places/[slug].
 * A Place is a PlaceSummary (structurally), so code that reads only summaries takes either.
 */
export type PlaceSummary = Pick<
  Place,
  "slug" | "kind" | "red" | "nameZh" | "nameEn" | "pinyin" | "village" | "status" | "statusYear" | "summaryZh" | "summaryEn" | "visitMinutes" | "visitMinutesEstimated" | "visitWindow" | "openingHours"
> & { location: PlaceSummaryLocation };

/** The point and how well it is known (no note: that is detail). */
export type PlaceSummaryLocation = Pick<PlaceLocation, "point" | "precision" | "radiusM">;

/**
 * The summary of a place: copies only the summary's fields. (A Place is a PlaceSummary to the type
 * checker; passed on as is, it would still carry, and send, all its detail.)
 */
export function toPlaceSummary(place: PlaceSummary): PlaceSummary {
  const { location } = place;
  return {
    slug: place.slug,
    kind: place.kind,
    red: place.red,
    nameZh: place.nameZh,
    nameEn: place.nameEn,
    pinyin: place.pinyin,
    village: place.village,
    status: place.status,
    statusYear: place.statusYear,
    summaryZh: place.summaryZh,
    summaryEn: place.summaryEn,
    visitMinutes: place.visitMinutes,
    visitMinutesEstimated: place.visitMinutesEstimated,
    visitWindow: place.visitWindow,
    openingHours: place.openingHours,
    location: { point: location.point, precision: location.precision, radiusM: location.radiusM },
  };
}

/** Properties of a Feature in the collection (GET /api/places): the summary, flat. */
export type PlaceSummaryProperties = Omit<PlaceSummary, "location"> & {
  precision: LocationPrecision;
  precisionRadiusM: number;
  url: string;
};

/** RFC 7946 §3.2: a Feature without a known spot has `"geometry": null` (an "unlocated" Feature). */
export type PlaceSummaryFeature = Feature<Point | null, PlaceSummaryProperties>;

/** Properties of the single Feature (GET /api/places/[slug]): the full place, flat. */
export type PlaceFeatureProperties = Omit<Place, "location"> & {
  precision: LocationPrecision;
  precisionRadiusM: number;
  locationNoteZh: string;
  locationNoteEn: string | null;
  url: string;
};

export type PlaceFeature = Feature<Point | null, PlaceFeatureProperties>;

/** The GeoJSON geometry of a location: its Point, or null when no spot is known. */
function geometryOf(point: LngLat | null): Point | null {
  return point === null ? null : { type: "Point", coordinates: [point.lng, point.lat] };
}

/** RFC 7946 Feature: geometry in WGS-84 [lng, lat] (null when no spot is known); the id is the slug. */
export function placeToFeature(place: Place): PlaceFeature {
  const { location, ...rest } = place;
  return {
    type: "Feature",
    id: place.slug,
    geometry: geometryOf(location.point),
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

/** RFC 7946 Feature of a summary (the collection's member): only the summary's fields. */
export function summaryToFeature(place: PlaceSummary): PlaceSummaryFeature {
  const { location, ...rest } = toPlaceSummary(place);
  return {
    type: "Feature",
    id: place.slug,
    geometry: geometryOf(location.point),
    properties: { ...rest, precision: location.precision, precisionRadiusM: location.radiusM, url: `/places/${place.slug}` },
  };
}

/** RFC 7946 FeatureCollection of summaries (GET /api/places). */
export function placesToFeatureCollection(places: readonly PlaceSummary[]): FeatureCollection<Point | null, PlaceSummaryProperties> {
  return { type: "FeatureCollection", features: places.map(summaryToFeature) };
}
