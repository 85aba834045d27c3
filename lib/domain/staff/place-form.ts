import { z } from "zod";
import { LOCATION_PRECISIONS, PLACE_KINDS, PLACE_STATUSES } from "../place-kinds";
import { SLUG_PATTERN } from "../slug";
import { isInTownshipArea } from "../township-area";
import { DIRECTION_CONTROL_ERROR, hasDirectionControl } from "./direction-controls";

// The place edit form: every field a visitor sees, flat, as JSON scalars (what the form posts, what
// a revision records old -> new, and what a restore writes back). Validation speaks in codes
// ("required", "max:80", …); lib/domain/messages-staff-places.ts turns a code into words in the
// form's language (fieldErrorText).

import { VISIT_WINDOWS } from "../place-kinds";
export { VISIT_WINDOWS, type VisitWindow } from "../place-kinds";

export const NAME_MAX = 80;
export const SHORT_TEXT_MAX = 300;
/** Descriptions and notes: a long page of text. A 10 kB paste is refused with "at most N characters". */
export const LONG_TEXT_MAX = 5000;
export const RADIUS_MAX_M = 20_000;

/** Text without direction controls (./direction-controls.ts). */
export const requiredText = (max: number) =>
  z.string({ error: "required" }).trim().min(1, "required").max(max, `max:${max}`).refine((v) => !hasDirectionControl(v), DIRECTION_CONTROL_ERROR);
/** Optional text: empty (or only spaces) means "not known" and is stored as null. */
export const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v === undefined ? null : v),
    z.string({ error: "text" }).trim().max(max, `max:${max}`).refine((v) => !hasDirectionControl(v), DIRECTION_CONTROL_ERROR).nullable(),
  );
const emptyToNull = (v: unknown) => (v === "" || v === undefined ? null : typeof v === "string" ? Number(v.trim()) : v);
const optionalInt = (min: number, max: number) =>
  z.preprocess(emptyToNull, z.number({ error: "number" }).int("int").min(min, `range:${min}:${max}`).max(max, `range:${min}:${max}`).nullable());
const coordinate = (min: number, max: number) =>
  z.preprocess(emptyToNull, z.number({ error: "number" }).min(min, `range:${min}:${max}`).max(max, `range:${min}:${max}`).nullable());

export const placeFormSchema = z
  .strictObject({
    nameZh: requiredText(NAME_MAX),
    nameEn: optionalText(NAME_MAX),
    pinyin: requiredText(120),
    kind: z.enum(PLACE_KINDS, { error: "choice" }),
    red: z.boolean({ error: "choice" }),
    village: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string({ error: "choice" }).regex(SLUG_PATTERN, "choice").nullable()),
    status: z.enum(PLACE_STATUSES, { error: "choice" }),
    statusYear: optionalInt(1949, 2100),
    statusNoteZh: optionalText(SHORT_TEXT_MAX),
    statusNoteEn: optionalText(SHORT_TEXT_MAX),
    summaryZh: requiredText(SHORT_TEXT_MAX),
    summaryEn: optionalText(SHORT_TEXT_MAX),
    descriptionZh: requiredText(LONG_TEXT_MAX),
    descriptionEn: optionalText(LONG_TEXT_MAX),
    openingHours: optionalText(200),
    visitMinutes: optionalInt(5, 24 * 60),
    visitMinutesEstimated: z.boolean({ error: "choice" }),
    visitWindow: z.enum(VISIT_WINDOWS, { error: "choice" }),
    studyNoteZh: optionalText(LONG_TEXT_MAX),
    studyNoteEn: optionalText(LONG_TEXT_MAX),
    lat: coordinate(-90, 90),
    lng: coordinate(-180, 180),
    precision: z.enum(LOCATION_PRECISIONS, { error: "choice" }),
    radiusM: z.preprocess(emptyToNull, z.number({ error: "number" }).int("int").min(0, `range:0:${RADIUS_MAX_M}`).max(RADIUS_MAX_M, `range:0:${RADIUS_MAX_M}`)),
    locationNoteZh: requiredText(LONG_TEXT_MAX),
    locationNoteEn: optionalText(LONG_TEXT_MAX),
  })
  .superRefine((v, ctx) => {
    // A point is both coordinates or neither; a point must lie in the township (catches swapped axes).
    if ((v.lat === null) !== (v.lng === null)) {
      ctx.addIssue({ code: "custom", path: [v.lat === null ? "lat" : "lng"], message: "both_or_neither" });
    } else if (v.lat !== null && v.lng !== null && !isInTownshipArea(v.lng, v.lat)) {
      ctx.addIssue({ code: "custom", path: ["lat"], message: "outside_township" });
    }
    // exact / approximate describe a spot: they need one. (village / township may have none.)
    if (v.lat === null && (v.precision === "exact" || v.precision === "approximate")) {
      ctx.addIssue({ code: "custom", path: ["precision"], message: "needs_point" });
    }
    if (v.status === "unknown" && v.statusYear !== null) {
      ctx.addIssue({ code: "custom", path: ["statusYear"], message: "year_without_status" });
    }
  });

export type PlaceFormValues = z.output<typeof placeFormSchema>;
export type PlaceFormField = keyof PlaceFormValues;
export const PLACE_FORM_FIELDS = Object.keys(placeFormSchema.shape) as PlaceFormField[];

/**
 * What a revision records: the form's fields, the keys of the location and status sources, and the
 * place's cited sources (citations.ts: one canonical JSON text, so a removed citation is restored).
 */
export type PlaceValues = PlaceFormValues & { locationSource: string | null; statusSource: string | null; citations: string };
export type PlaceField = keyof PlaceValues;
export const PLACE_FIELDS: readonly PlaceField[] = [...PLACE_FORM_FIELDS, "locationSource", "statusSource", "citations"];

/** Per-field error codes ({ nameZh: "required" }); "_form" for an error not tied to one field. */
export type FieldErrors = Partial<Record<string, string>>;

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Collects a zod error as one code per field (the first issue of each field). */
export function fieldErrorsOf(error: z.ZodError, prefix = ""): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? prefix + issue.path.map(String).join(".") : "_form";
    if (errors[key] !== undefined) continue;
    // zod's own messages (unrecognized keys, wrong types it reports itself) are not our codes.
    errors[key] = /^[a-z_]+(:[-\d:]+)?$/.test(issue.message) ? issue.message : issue.code === "unrecognized_keys" ? "unknown_field" : "invalid";
  }
  return errors;
}

export function parsePlaceForm(input: unknown): FormResult<PlaceFormValues> {
  const parsed = placeFormSchema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: fieldErrorsOf(parsed.error) };
}
