// A visit plan in a URL: compact, versioned, and safe to decode from anything a visitor pastes.
//
// Format: "<version>." + base64url(UTF-8 JSON with short keys), e.g. "1.eyJzIjpb…". Version 1 keys:
//   s  stops (slugs, visiting order)        p  pinned stop indices (omitted when empty)
//   o  start: 0 = township seat, "slug" = a place, [lng, lat] = coordinates (WGS-84)
//   r  return to start (1/0)                d  date YYYY-MM-DD      t  start time HH:MM (UTC+8)
//   m  mode "c" car / "w" walk              n  days                 vm visit minutes by slug (omitted when empty)
// decodePlan never throws: it returns the plan it could recover (or null) and a problem list.
import { z } from "zod";
import type { LngLat } from "../geo";
import { slugSchema } from "../slug";
import { base64UrlDecode, base64UrlEncode } from "./base64url";
import { isIsoDate, parseClock } from "./local-time";
import type { TravelMode } from "./travel-model";

export const PLAN_CODEC_VERSION = 1;
export const MAX_PLAN_STOPS = 50;
export const MAX_PLAN_DAYS = 7;
export const MAX_PLAN_CODE_LENGTH = 20_000;
export const MIN_VISIT_MINUTES = 1;
export const MAX_VISIT_MINUTES = 720;
export const DEFAULT_START_TIME = "09:00";

export type PlanStart =
  | { readonly type: "seat" }
  | { readonly type: "place"; readonly slug: string }
  | ({ readonly type: "coords" } & LngLat);

export interface VisitPlan {
  readonly v: 1;
  /** Slugs in visiting order. */
  readonly stops: readonly string[];
  /** Indices into `stops` whose position is pinned. */
  readonly pinned: readonly number[];
  readonly start: PlanStart;
  readonly returnToStart: boolean;
  /** First day, YYYY-MM-DD. */
  readonly date: string;
  /** "HH:MM", UTC+8. */
  readonly startTime: string;
  readonly mode: TravelMode;
  readonly days: number;
  /** Visit length overrides, slug → minutes. */
  readonly visitMinutes: Readonly<Record<string, number>>;
}

const minutesSchema = z.number().int().min(MIN_VISIT_MINUTES).max(MAX_VISIT_MINUTES);
const daysSchema = z.number().int().min(1).max(MAX_PLAN_DAYS);
const lngSchema = z.number().min(-180).max(180);
const latSchema = z.number().min(-90).max(90);
const dateSchema = z.string().refine(isIsoDate, "expected a real date YYYY-MM-DD");
const clockSchema = z.string().refine((t) => parseClock(t) !== null, "expected HH:MM");

/** A well-formed plan (what decodePlan returns and encodePlan expects). */
export const visitPlanSchema = z
  .object({
    v: z.literal(1),
    stops: z.array(slugSchema).max(MAX_PLAN_STOPS),
    pinned: z.array(z.number().int().min(0)),
    start: z.discriminatedUnion("type", [
      z.object({ type: z.literal("seat") }).strict(),
      z.object({ type: z.literal("place"), slug: slugSchema }).strict(),
      z.object({ type: z.literal("coords"), lng: lngSchema, lat: latSchema }).strict(),
    ]),
    returnToStart: z.boolean(),
    date: dateSchema,
    startTime: clockSchema,
    mode: z.enum(["car", "walk"]),
    days: daysSchema,
    visitMinutes: z.record(slugSchema, minutesSchema),
  })
  .strict()
  .superRefine((plan, ctx) => {
    if (new Set(plan.stops).size !== plan.stops.length) ctx.addIssue({ code: "custom", message: "duplicate stops" });
    if (new Set(plan.pinned).size !== plan.pinned.length) ctx.addIssue({ code: "custom", message: "duplicate pins" });
    if (plan.pinned.some((i) => i >= plan.stops.length)) ctx.addIssue({ code: "custom", message: "pin out of range" });
    const known = new Set(plan.stops);
    if (Object.keys(plan.visitMinutes).some((s) => !known.has(s))) {
      ctx.addIssue({ code: "custom", message: "visit minutes for a slug that is not a stop" });
    }
  });

const WIRE_KEYS = ["s", "p", "o", "r", "d", "t", "m", "n", "vm"] as const;

export function encodePlan(plan: VisitPlan): string {
  const start =
    plan.start.type === "seat"
      ? 0
      : plan.start.type === "place"
        ? plan.start.slug
        : [plan.start.lng === 0 ? 0 : plan.start.lng, plan.start.lat === 0 ? 0 : plan.start.lat];
  const wire: Record<string, unknown> = { s: plan.stops };
  if (plan.pinned.length > 0) wire.p = plan.pinned;
  Object.assign(wire, {
    o: start,
    r: plan.returnToStart ? 1 : 0,
    d: plan.date,
    t: plan.startTime,
    m: plan.mode === "car" ? "c" : "w",
    n: plan.days,
  });
  if (Object.keys(plan.visitMinutes).length > 0) wire.vm = plan.visitMinutes;
  return `${PLAN_CODEC_VERSION}.${base64UrlEncode(new TextEncoder().encode(JSON.stringify(wire)))}`;
}

export interface DecodePlanOptions {
  /** Date to use when the code's date is missing or invalid (e.g. today); without it such a code gives no plan. */
  readonly fallbackDate?: string;
}

export interface DecodedPlan {
  readonly plan: VisitPlan | null;
  readonly problems: string[];
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function listSome(items: readonly string[]): string {
  const shown = items.slice(0, 5).join(", ");
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}

export function decodePlan(code: unknown, options: DecodePlanOptions = {}): DecodedPlan {
  try {
    return decodeUnsafe(code, options);
  } catch {
    // Defence in depth: the steps below are written not to throw.
    return { plan: null, problems: ["The plan link could not be read."] };
  }
}

function decodeUnsafe(code: unknown, options: DecodePlanOptions): DecodedPlan {
  const fail = (message: string): DecodedPlan => ({ plan: null, problems: [message] });
  if (typeof code !== "string") return fail("The plan link is empty.");
  if (code.length > MAX_PLAN_CODE_LENGTH) {
    return fail(`The plan link is too long (${code.length} characters; at most ${MAX_PLAN_CODE_LENGTH}).`);
  }
  const text = code.trim();
  if (text === "") return fail("The plan link is empty.");
  const dot = text.indexOf(".");
  const version = dot > 0 ? text.slice(0, dot) : "";
  if (!/^\d{1,4}$/.test(version)) return fail("This is not a plan link (no version prefix).");
  if (Number(version) !== PLAN_CODEC_VERSION) {
    return fail(`This plan link uses version ${Number(version)}; this guide reads version ${PLAN_CODEC_VERSION}.`);
  }
  const bytes = base64UrlDecode(text.slice(dot + 1));
  if (bytes === null) return fail("The plan link is damaged (not valid base64url).");
  let json: string;
  try {
    json = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail("The plan link is damaged (not UTF-8 text).");
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return fail("The plan link is damaged (not JSON).");
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail("The plan link holds no plan.");
  const wire = raw as Record<string, unknown>;
  const problems: string[] = [];
  const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(wire, key);

  const unknown = Object.keys(wire).filter((key) => !(WIRE_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) problems.push(`Ignored unknown field(s): ${listSome(unknown.map((k) => describe(k)))}.`);

  // Stops: keep valid, distinct slugs; remember where each original index went (for pins).
  const stops: string[] = [];
  const newIndex = new Map<number, number>();
  if (!has("s")) problems.push("The plan has no stop list.");
  else if (!Array.isArray(wire.s)) problems.push("The stop list is not a list; no stops were read.");
  else {
    const rawStops: unknown[] = wire.s;
    const invalid: string[] = [];
    const duplicates: string[] = [];
    const seen = new Set<string>();
    rawStops.forEach((item, i) => {
      if (!slugSchema.safeParse(item).success) invalid.push(describe(item));
      else if (seen.has(item as string)) duplicates.push(item as string);
      else {
        seen.add(item as string);
        newIndex.set(i, stops.length);
        stops.push(item as string);
      }
    });
    if (invalid.length > 0) problems.push(`Dropped ${invalid.length} invalid stop name(s): ${listSome(invalid)}.`);
    if (duplicates.length > 0) problems.push(`Dropped ${duplicates.length} repeated stop(s): ${listSome(duplicates)}.`);
    if (stops.length > MAX_PLAN_STOPS) {
      problems.push(`The plan has ${stops.length} stops; only the first ${MAX_PLAN_STOPS} were kept.`);
      stops.length = MAX_PLAN_STOPS;
    }
  }

  const pinned: number[] = [];
  if (has("p")) {
    if (!Array.isArray(wire.p)) problems.push("The pinned-stop list is not a list; pins were dropped.");
    else {
      let dropped = 0;
      for (const item of wire.p as unknown[]) {
        const idx = typeof item === "number" && Number.isInteger(item) ? newIndex.get(item) : undefined;
        if (idx === undefined || idx >= stops.length || pinned.includes(idx)) dropped++;
        else pinned.push(idx);
      }
      if (dropped > 0) problems.push(`Dropped ${dropped} pin(s) that did not point at a kept stop.`);
    }
  }

  let start: PlanStart = { type: "seat" };
  if (!has("o")) problems.push("The start point is missing; starting from the township seat.");
  else if (wire.o === 0) start = { type: "seat" };
  else if (typeof wire.o === "string" && slugSchema.safeParse(wire.o).success) start = { type: "place", slug: wire.o };
  else if (
    Array.isArray(wire.o) &&
    wire.o.length === 2 &&
    lngSchema.safeParse(wire.o[0]).success &&
    latSchema.safeParse(wire.o[1]).success
  ) {
    start = { type: "coords", lng: wire.o[0] as number, lat: wire.o[1] as number };
  } else problems.push(`The start point ${describe(wire.o)} is not valid; starting from the township seat.`);

  let returnToStart = true;
  if (wire.r === 0 || wire.r === 1) returnToStart = wire.r === 1;
  else problems.push(`"Return to start" is ${has("r") ? "not 0 or 1" : "missing"}; returning to the start.`);

  let date: string | undefined;
  if (typeof wire.d === "string" && isIsoDate(wire.d)) date = wire.d;
  else {
    const fallback = options.fallbackDate !== undefined && isIsoDate(options.fallbackDate) ? options.fallbackDate : undefined;
    const what = has("d") ? `The date ${describe(wire.d)} is not valid` : "The date is missing";
    if (fallback === undefined) return { plan: null, problems: [...problems, `${what}.`] };
    problems.push(`${what}; using ${fallback}.`);
    date = fallback;
  }

  let startTime = DEFAULT_START_TIME;
  if (typeof wire.t === "string" && parseClock(wire.t) !== null) startTime = wire.t;
  else problems.push(`The start time ${has("t") ? describe(wire.t) + " is not HH:MM" : "is missing"}; using ${DEFAULT_START_TIME}.`);

  let mode: TravelMode = "car";
  if (wire.m === "c" || wire.m === "w") mode = wire.m === "c" ? "car" : "walk";
  else problems.push(`The travel mode ${has("m") ? describe(wire.m) + " is unknown" : "is missing"}; using car.`);

  let days = 1;
  if (daysSchema.safeParse(wire.n).success) days = wire.n as number;
  else if (typeof wire.n === "number" && Number.isInteger(wire.n) && wire.n > MAX_PLAN_DAYS) {
    days = MAX_PLAN_DAYS;
    problems.push(`The plan asks for ${wire.n} days; at most ${MAX_PLAN_DAYS} are planned.`);
  } else problems.push(`The number of days ${has("n") ? describe(wire.n) + " is not valid" : "is missing"}; using 1.`);

  const visitMinutes: Record<string, number> = {};
  if (has("vm")) {
    if (typeof wire.vm !== "object" || wire.vm === null || Array.isArray(wire.vm)) {
      problems.push("The visit-length overrides are not valid; they were dropped.");
    } else {
      const keep = new Set(stops);
      const bad: string[] = [];
      for (const [slug, minutes] of Object.entries(wire.vm as Record<string, unknown>)) {
        if (keep.has(slug) && minutesSchema.safeParse(minutes).success) visitMinutes[slug] = minutes as number;
        else bad.push(describe(slug));
      }
      if (bad.length > 0) problems.push(`Dropped ${bad.length} visit-length override(s): ${listSome(bad)}.`);
    }
  }

  const plan: VisitPlan = { v: 1, stops, pinned, start, returnToStart, date, startTime, mode, days, visitMinutes };
  return { plan, problems };
}
