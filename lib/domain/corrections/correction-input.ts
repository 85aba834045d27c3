// A visitor's correction to a place ("报告问题 / Suggest a correction"), as the form sends it and
// the API accepts it. One schema for both: the form checks with it before sending, the route
// handler checks again (the client is never trusted). Problems are codes per field; the words are
// in messages-corrections.ts.
import "../zod-in-browser";
import * as z from "zod/mini";
import { slugSchema } from "../slug-schema";
import { isInTownshipArea } from "../township-area";

export const CORRECTION_KINDS = ["location", "closed", "other"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const CORRECTION_STATUSES = ["open", "accepted", "rejected"] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

/** In UTF-16 code units, as a textarea's maxLength counts. */
export const CORRECTION_MESSAGE_MAX = 2000;
export const REJECT_REASON_MAX = 1000;
/** A reported accuracy beyond this (metres) is no position worth keeping (a coarse IP guess). */
export const CORRECTION_ACCURACY_MAX_M = 50_000;

/** Where a submission is wrong, per field: what the form shows next to the field. */
export type CorrectionFieldProblem =
  | "kind_missing"
  | "message_required"
  | "message_too_long"
  | "point_required"
  | "point_invalid"
  | "point_outside";

export type CorrectionField = "kind" | "message" | "point";

const pointSchema = z.strictObject({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
  /** The device's reported accuracy (metres) for "I am here"; null when the point was typed. */
  accuracyM: z.nullable(z.number().check(z.gte(0), z.lte(CORRECTION_ACCURACY_MAX_M))),
});

export type CorrectionPoint = z.infer<typeof pointSchema>;

/** The body of POST /api/corrections. Unknown keys are refused (strict). */
export const correctionInputSchema = z.pipe(
  z.strictObject({
    place: slugSchema,
    kind: z.enum(CORRECTION_KINDS),
    // Longer than allowed passes here, to be named per field (correctionProblems); not unbounded.
    message: z.string().check(z.maxLength(CORRECTION_MESSAGE_MAX * 10)),
    point: z.nullable(pointSchema),
    lang: z.enum(["zh", "en"]),
  }),
  z.transform((input) => ({ ...input, message: input.message.trim() })),
);

export type CorrectionInput = z.output<typeof correctionInputSchema>;

/**
 * The problems of a well-formed submission, per field (empty when it can be stored): a message is
 * required for "closed" and "other"; a wrong location needs a point inside the township's area.
 */
export function correctionProblems(input: Pick<CorrectionInput, "kind" | "message" | "point">): Partial<Record<CorrectionField, CorrectionFieldProblem>> {
  const problems: Partial<Record<CorrectionField, CorrectionFieldProblem>> = {};
  if (input.message.length > CORRECTION_MESSAGE_MAX) problems.message = "message_too_long";
  else if (input.kind !== "location" && input.message.length === 0) problems.message = "message_required";
  if (input.kind === "location") {
    if (!input.point) problems.point = "point_required";
    else if (!isInTownshipArea(input.point.lng, input.point.lat)) problems.point = "point_outside";
  }
  return problems;
}

/** A typed coordinate ("29.41", " 110.66 ") as a number, or null when it is not a decimal number. */
export function parseCoordinate(text: string): number | null {
  const trimmed = text.trim();
  if (!/^-?\d{1,3}(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** The point kept for a submission: 6 decimals (≈ 0.1 m) and whole metres are all a survey needs. */
export function roundPoint(point: CorrectionPoint): CorrectionPoint {
  return {
    lat: Math.round(point.lat * 1e6) / 1e6,
    lng: Math.round(point.lng * 1e6) / 1e6,
    accuracyM: point.accuracyM === null ? null : Math.round(point.accuracyM),
  };
}

/** Staff's reason for rejecting: required, as plain text. */
export const rejectInputSchema = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(1, "reason_required"), z.maxLength(REJECT_REASON_MAX, "reason_too_long")),
});

/** Which corrections the staff list shows. */
export const correctionFilterSchema = z.catch(z.enum(["all", ...CORRECTION_STATUSES]), "all");
export type CorrectionFilter = z.infer<typeof correctionFilterSchema>;
