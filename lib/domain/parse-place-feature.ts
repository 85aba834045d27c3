// Reads the single Feature of GET /api/places/[slug] back into a Place (the browser's side of the
// API boundary): parsed with zod (zod/mini: this runs in the browser), never cast. The inverse of
// placeToFeature (lib/domain/place.ts).
import "./zod-in-browser";
import * as z from "zod/mini";
import type { Place } from "./place";
import { HOMESTAY_NUMBER_PATTERN } from "./staff/homestay-number";
import { LOCATION_PRECISIONS, PLACE_KINDS, PLACE_STATUSES, SOURCE_CONFIDENCES, VISIT_WINDOWS } from "./place-kinds";

const text = z.string();
const optionalText = z.nullable(z.string());

const featureSchema = z.object({
  type: z.literal("Feature"),
  // null: no known spot (RFC 7946 §3.2, an unlocated Feature)
  geometry: z.nullable(z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) })),
  properties: z.object({
    slug: text,
    kind: z.enum(PLACE_KINDS),
    red: z.boolean(),
    nameZh: text,
    nameEn: optionalText,
    pinyin: text,
    village: z.nullable(z.object({ slug: text, nameZh: text, nameEn: text, pinyin: text })),
    status: z.enum(PLACE_STATUSES),
    statusYear: z.nullable(z.int()),
    statusNoteZh: optionalText,
    statusNoteEn: optionalText,
    summaryZh: text,
    summaryEn: optionalText,
    descriptionZh: text,
    descriptionEn: optionalText,
    precision: z.enum(LOCATION_PRECISIONS),
    precisionRadiusM: z.number(),
    locationNoteZh: text,
    locationNoteEn: optionalText,
    visitMinutes: z.nullable(z.int()),
    visitMinutesEstimated: z.boolean(),
    visitWindow: z.enum(VISIT_WINDOWS),
    openingHours: optionalText,
    studyNoteZh: optionalText,
    studyNoteEn: optionalText,
    homestayNumber: z.nullable(z.string().check(z.regex(HOMESTAY_NUMBER_PATTERN))),
    sources: z.array(
      z.object({
        key: text,
        title: text,
        publisher: optionalText,
        url: optionalText,
        // absent in a body cached before the field existed: then the page was not marked unknown
        publisherPageUnknown: z.optional(z.boolean()),
        published: optionalText,
        confidence: z.enum(SOURCE_CONFIDENCES),
        note: optionalText,
      }),
    ),
  }),
});

/** The Place a Feature describes, or null when the body is not a place Feature. */
export function parsePlaceFeature(json: unknown): Place | null {
  const parsed = featureSchema.safeParse(json);
  if (!parsed.success) return null;
  const { geometry, properties: p } = parsed.data;
  const point = geometry === null ? null : { lng: geometry.coordinates[0], lat: geometry.coordinates[1] };
  return {
    slug: p.slug,
    kind: p.kind,
    red: p.red,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    pinyin: p.pinyin,
    village: p.village,
    status: p.status,
    statusYear: p.statusYear,
    statusNoteZh: p.statusNoteZh,
    statusNoteEn: p.statusNoteEn,
    summaryZh: p.summaryZh,
    summaryEn: p.summaryEn,
    descriptionZh: p.descriptionZh,
    descriptionEn: p.descriptionEn,
    location: { point, precision: p.precision, radiusM: p.precisionRadiusM, noteZh: p.locationNoteZh, noteEn: p.locationNoteEn },
    visitMinutes: p.visitMinutes,
    visitMinutesEstimated: p.visitMinutesEstimated,
    visitWindow: p.visitWindow,
    openingHours: p.openingHours,
    studyNoteZh: p.studyNoteZh,
    studyNoteEn: p.studyNoteEn,
    homestayNumber: p.homestayNumber,
    sources: p.sources.map((s) => ({ ...s, publisherPageUnknown: s.publisherPageUnknown ?? false })),
  };
}
