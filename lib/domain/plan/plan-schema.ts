// The zod schema of a well-formed visit plan: what decodePlan (plan-codec.ts) returns and
// encodePlan expects. The codec checks values itself, because it runs in the browser with the first
// view; the tests hold every plan it decodes to this schema, which states the same limits
// (plan-codec.ts's constants) independently of the codec's code.
import * as z from "zod/mini";
import { slugSchema } from "../slug-schema";
import { isIsoDate, parseClock } from "./local-time";
import { MAX_PLAN_DAYS, MAX_PLAN_STOPS, MAX_VISIT_MINUTES, MIN_VISIT_MINUTES } from "./plan-codec";

const minutesSchema = z.int().check(z.gte(MIN_VISIT_MINUTES), z.lte(MAX_VISIT_MINUTES));
const daysSchema = z.int().check(z.gte(1), z.lte(MAX_PLAN_DAYS));
const lngSchema = z.number().check(z.gte(-180), z.lte(180));
const latSchema = z.number().check(z.gte(-90), z.lte(90));
const dateSchema = z.string().check(z.refine(isIsoDate, "expected a real date YYYY-MM-DD"));
const clockSchema = z.string().check(z.refine((t) => parseClock(t) !== null, "expected HH:MM"));

/** A well-formed plan (what decodePlan returns and encodePlan expects). */
export const visitPlanSchema = z
  .strictObject({
    v: z.literal(1),
    stops: z.array(slugSchema).check(z.maxLength(MAX_PLAN_STOPS)),
    pinned: z.array(z.int().check(z.gte(0))),
    start: z.discriminatedUnion("type", [
      z.strictObject({ type: z.literal("seat") }),
      z.strictObject({ type: z.literal("place"), slug: slugSchema }),
      z.strictObject({ type: z.literal("coords"), lng: lngSchema, lat: latSchema }),
    ]),
    returnToStart: z.boolean(),
    date: dateSchema,
    startTime: clockSchema,
    mode: z.enum(["car", "walk"]),
    days: daysSchema,
    visitMinutes: z.record(slugSchema, minutesSchema),
  })
  .check(
    z.superRefine((plan, ctx) => {
      if (new Set(plan.stops).size !== plan.stops.length) ctx.addIssue({ code: "custom", message: "duplicate stops" });
      if (new Set(plan.pinned).size !== plan.pinned.length) ctx.addIssue({ code: "custom", message: "duplicate pins" });
      if (plan.pinned.some((i) => i >= plan.stops.length)) ctx.addIssue({ code: "custom", message: "pin out of range" });
      const known = new Set(plan.stops);
      if (Object.keys(plan.visitMinutes).some((s) => !known.has(s))) {
        ctx.addIssue({ code: "custom", message: "visit minutes for a slug that is not a stop" });
      }
    }),
  );

