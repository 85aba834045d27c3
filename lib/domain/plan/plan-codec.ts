// A visit plan in a URL: compact, versioned, and safe to decode from anything a visitor pastes.
//
// Format: "<version>." + base64url(UTF-8 JSON with short keys), e.g. "1.eyJzIjpb…". Version 1 keys:
//   s  stops (slugs, visiting order)        p  pinned stop indices (omitted when empty)
//   o  start: 0 = township seat, "slug" = a place, [lng, lat] = coordinates (WGS-84)
//   r  return to start (1/0)                d  date YYYY-MM-DD      t  start time HH:MM (UTC+8)
//   m  mode "c" car / "w" walk              n  days                 vm visit minutes by slug (omitted when empty)
// decodePlan never throws: it returns the plan it could recover (or null) and a problem list (codes
// with data, see plan-problem.ts). Runs in the browser once the visitor has or starts a plan
// (components/plan/plan-context.tsx loads it then), so it checks values itself, without a schema
// library; plan-schema.ts holds the zod schema of a whole plan, which the tests hold every decoded
// plan to.
import type { LngLat } from "../geo";
import { DEFAULT_START_TIME } from "./empty-plan";

export { DEFAULT_START_TIME };
import { isSlug } from "../slug";
import { base64UrlDecode, base64UrlEncode } from "./base64url";
import { isIsoDate, parseClock } from "./local-time";
import { listItems, type PlanProblem } from "./plan-problem";
import type { TravelMode } from "./travel-model";

const PLAN_CODEC_VERSION = 1;
export const MAX_PLAN_STOPS = 50;
export const MAX_PLAN_DAYS = 7;
const MAX_PLAN_CODE_LENGTH = 20_000;
export const MIN_VISIT_MINUTES = 1;
export const MAX_VISIT_MINUTES = 720;

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

// Checks of single values read from a code (plan-schema.ts states the same limits for a whole plan).
const isIntIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
const isVisitMinutes = (value: unknown): value is number => isIntIn(value, MIN_VISIT_MINUTES, MAX_VISIT_MINUTES);
const isPlanDays = (value: unknown): value is number => isIntIn(value, 1, MAX_PLAN_DAYS);
const isLng = (value: unknown): value is number => typeof value === "number" && value >= -180 && value <= 180;
const isLat = (value: unknown): value is number => typeof value === "number" && value >= -90 && value <= 90;
const isSlugValue = (value: unknown): value is string => typeof value === "string" && isSlug(value);

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
  readonly problems: PlanProblem[];
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export function decodePlan(code: unknown, options: DecodePlanOptions = {}): DecodedPlan {
  try {
    return decodeUnsafe(code, options);
  } catch {
    // Defence in depth: the steps below are written not to throw.
    return { plan: null, problems: [{ code: "unreadable" }] };
  }
}

function decodeUnsafe(code: unknown, options: DecodePlanOptions): DecodedPlan {
  const fail = (problem: PlanProblem): DecodedPlan => ({ plan: null, problems: [problem] });
  if (typeof code !== "string") return fail({ code: "empty" });
  if (code.length > MAX_PLAN_CODE_LENGTH) return fail({ code: "too-long", length: code.length, max: MAX_PLAN_CODE_LENGTH });
  const text = code.trim();
  if (text === "") return fail({ code: "empty" });
  const dot = text.indexOf(".");
  const version = dot > 0 ? text.slice(0, dot) : "";
  if (!/^\d{1,4}$/.test(version)) return fail({ code: "no-version" });
  if (Number(version) !== PLAN_CODEC_VERSION) {
    return fail({ code: "unsupported-version", version: Number(version), supported: PLAN_CODEC_VERSION });
  }
  const bytes = base64UrlDecode(text.slice(dot + 1));
  if (bytes === null) return fail({ code: "damaged", reason: "base64url" });
  let json: string;
  try {
    json = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail({ code: "damaged", reason: "utf-8" });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return fail({ code: "damaged", reason: "json" });
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail({ code: "not-a-plan" });
  const wire = raw as Record<string, unknown>;
  const problems: PlanProblem[] = [];
  const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(wire, key);

  const unknown = Object.keys(wire).filter((key) => !(WIRE_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) problems.push({ code: "unknown-fields", ...listItems(unknown.map((k) => describe(k))) });

  // Stops: keep valid, distinct slugs; remember where each original index went (for pins).
  const stops: string[] = [];
  const newIndex = new Map<number, number>();
  if (!has("s")) problems.push({ code: "no-stop-list" });
  else if (!Array.isArray(wire.s)) problems.push({ code: "stops-not-a-list" });
  else {
    const rawStops: unknown[] = wire.s;
    const invalid: string[] = [];
    const duplicates: string[] = [];
    const seen = new Set<string>();
    rawStops.forEach((item, i) => {
      if (!isSlugValue(item)) invalid.push(describe(item));
      else if (seen.has(item)) duplicates.push(item);
      else {
        seen.add(item);
        newIndex.set(i, stops.length);
        stops.push(item);
      }
    });
    if (invalid.length > 0) problems.push({ code: "invalid-stops", ...listItems(invalid) });
    if (duplicates.length > 0) problems.push({ code: "repeated-stops", ...listItems(duplicates.map((d) => describe(d))) });
    if (stops.length > MAX_PLAN_STOPS) {
      problems.push({ code: "too-many-stops", count: stops.length, max: MAX_PLAN_STOPS });
      stops.length = MAX_PLAN_STOPS;
    }
  }

  const pinned: number[] = [];
  if (has("p")) {
    if (!Array.isArray(wire.p)) problems.push({ code: "pins-not-a-list" });
    else {
      let dropped = 0;
      for (const item of wire.p as unknown[]) {
        const idx = typeof item === "number" && Number.isInteger(item) ? newIndex.get(item) : undefined;
        if (idx === undefined || idx >= stops.length || pinned.includes(idx)) dropped++;
        else pinned.push(idx);
      }
      if (dropped > 0) problems.push({ code: "dropped-pins", count: dropped });
    }
  }

  let start: PlanStart = { type: "seat" };
  if (!has("o")) problems.push({ code: "start-missing" });
  else if (wire.o === 0) start = { type: "seat" };
  else if (isSlugValue(wire.o)) start = { type: "place", slug: wire.o };
  else if (
    Array.isArray(wire.o) &&
    wire.o.length === 2 &&
    isLng(wire.o[0]) &&
    isLat(wire.o[1])
  ) {
    start = { type: "coords", lng: wire.o[0] as number, lat: wire.o[1] as number };
  } else problems.push({ code: "invalid-start", value: describe(wire.o) });

  let returnToStart = true;
  if (wire.r === 0 || wire.r === 1) returnToStart = wire.r === 1;
  else problems.push({ code: has("r") ? "invalid-return" : "return-missing" });

  let date: string | undefined;
  if (typeof wire.d === "string" && isIsoDate(wire.d)) date = wire.d;
  else {
    const fallback = options.fallbackDate !== undefined && isIsoDate(options.fallbackDate) ? options.fallbackDate : undefined;
    const problem: PlanProblem = has("d")
      ? { code: "invalid-date", value: describe(wire.d), fallback: fallback ?? null }
      : { code: "date-missing", fallback: fallback ?? null };
    if (fallback === undefined) return { plan: null, problems: [...problems, problem] };
    problems.push(problem);
    date = fallback;
  }

  let startTime = DEFAULT_START_TIME;
  if (typeof wire.t === "string" && parseClock(wire.t) !== null) startTime = wire.t;
  else {
    problems.push(
      has("t")
        ? { code: "invalid-start-time", value: describe(wire.t), fallback: DEFAULT_START_TIME }
        : { code: "start-time-missing", fallback: DEFAULT_START_TIME },
    );
  }

  const defaultMode: TravelMode = "car";
  let mode: TravelMode = defaultMode;
  if (wire.m === "c" || wire.m === "w") mode = wire.m === "c" ? "car" : "walk";
  else {
    problems.push(
      has("m") ? { code: "unknown-mode", value: describe(wire.m), fallback: defaultMode } : { code: "mode-missing", fallback: defaultMode },
    );
  }

  const defaultDays = 1;
  let days = defaultDays;
  if (isPlanDays(wire.n)) days = wire.n;
  else if (typeof wire.n === "number" && Number.isInteger(wire.n) && wire.n > MAX_PLAN_DAYS) {
    days = MAX_PLAN_DAYS;
    problems.push({ code: "days-capped", requested: wire.n, max: MAX_PLAN_DAYS });
  } else {
    problems.push(
      has("n") ? { code: "invalid-days", value: describe(wire.n), fallback: defaultDays } : { code: "days-missing", fallback: defaultDays },
    );
  }

  const visitMinutes: Record<string, number> = {};
  if (has("vm")) {
    if (typeof wire.vm !== "object" || wire.vm === null || Array.isArray(wire.vm)) {
      problems.push({ code: "invalid-visit-minutes" });
    } else {
      const keep = new Set(stops);
      const bad: string[] = [];
      for (const [slug, minutes] of Object.entries(wire.vm as Record<string, unknown>)) {
        if (keep.has(slug) && isVisitMinutes(minutes)) visitMinutes[slug] = minutes;
        else bad.push(describe(slug));
      }
      if (bad.length > 0) problems.push({ code: "dropped-visit-minutes", ...listItems(bad) });
    }
  }

  const plan: VisitPlan = { v: 1, stops, pinned, start, returnToStart, date, startTime, mode, days, visitMinutes };
  return { plan, problems };
}
