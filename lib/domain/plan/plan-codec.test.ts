import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatClock } from "./local-time";
import {
  decodePlan,
  encodePlan,
  MAX_PLAN_DAYS,
  MAX_PLAN_STOPS,
  MAX_VISIT_MINUTES,
  MIN_VISIT_MINUTES,
  type PlanStart,
  type VisitPlan,
} from "./plan-codec";
import type { PlanProblem } from "./plan-problem";
import { visitPlanSchema } from "./plan-schema";

const plan: VisitPlan = {
  v: 1,
  stops: ["shimen", "laojie"],
  pinned: [0],
  start: { type: "seat" },
  returnToStart: true,
  date: "2026-06-21",
  startTime: "09:00",
  mode: "car",
  days: 1,
  visitMinutes: {},
};

/** A code carrying an arbitrary JSON value (Node's Buffer as an independent base64url encoder). */
const wire = (value: unknown, version = 1): string => `${version}.${Buffer.from(JSON.stringify(value)).toString("base64url")}`;
const validWire = { s: ["a", "b"], o: 0, r: 1, d: "2026-06-21", t: "09:00", m: "c", n: 1 };

describe("encodePlan", () => {
  it("writes '1.' + base64url of compact JSON", () => {
    const json = '{"s":["shimen","laojie"],"p":[0],"o":0,"r":1,"d":"2026-06-21","t":"09:00","m":"c","n":1}';
    expect(encodePlan(plan)).toBe(`1.${Buffer.from(json).toString("base64url")}`);
    expect(encodePlan(plan)).toMatch(/^1\.[A-Za-z0-9_-]+$/);
  });

  it("encodes every start kind, walking, several days and overrides", () => {
    const p: VisitPlan = {
      ...plan,
      start: { type: "coords", lng: 110.65, lat: 29.43 },
      mode: "walk",
      days: 2,
      returnToStart: false,
      visitMinutes: { laojie: 45 },
    };
    const json = '{"s":["shimen","laojie"],"p":[0],"o":[110.65,29.43],"r":0,"d":"2026-06-21","t":"09:00","m":"w","n":2,"vm":{"laojie":45}}';
    expect(encodePlan(p)).toBe(`1.${Buffer.from(json).toString("base64url")}`);
    expect(decodePlan(encodePlan({ ...plan, start: { type: "place", slug: "laojie" } })).plan?.start).toEqual({
      type: "place",
      slug: "laojie",
    });
  });

  it("stays short: 50 stops of 20-character slugs fit in under 1 700 characters", () => {
    const stops = Array.from({ length: 50 }, (_, i) => `place-number-${String(i).padStart(7, "0")}`);
    const code = encodePlan({ ...plan, stops, pinned: [] });
    expect(code.length).toBeLessThan(1700);
    expect(decodePlan(code)).toEqual({ plan: { ...plan, stops, pinned: [] }, problems: [] });
  });
});

describe("decodePlan", () => {
  it("round-trips a plan", () => {
    expect(decodePlan(encodePlan(plan))).toEqual({ plan, problems: [] });
  });

  it("rejects other versions with a clear message", () => {
    expect(decodePlan(wire(validWire, 2))).toEqual({
      plan: null,
      problems: [{ code: "unsupported-version", version: 2, supported: 1 }],
    });
  });

  it("rejects input without a version prefix, empty input and non-strings", () => {
    expect(decodePlan("hello")).toEqual({ plan: null, problems: [{ code: "no-version" }] });
    expect(decodePlan("")).toEqual({ plan: null, problems: [{ code: "empty" }] });
    expect(decodePlan(null)).toEqual({ plan: null, problems: [{ code: "empty" }] });
    expect(decodePlan(42)).toEqual({ plan: null, problems: [{ code: "empty" }] });
  });

  it("rejects broken base64, non-UTF-8 bytes, non-JSON and non-objects", () => {
    expect(decodePlan("1.eyJz*").problems).toEqual([{ code: "damaged", reason: "base64url" }]);
    expect(decodePlan("1.Zm9vY").problems).toEqual([{ code: "damaged", reason: "base64url" }]);
    expect(decodePlan(`1.${Buffer.from([0xff, 0xfe, 0xfd]).toString("base64url")}`).problems).toEqual([
      { code: "damaged", reason: "utf-8" },
    ]);
    expect(decodePlan(`1.${Buffer.from("{nope").toString("base64url")}`).problems).toEqual([{ code: "damaged", reason: "json" }]);
    expect(decodePlan(wire([1, 2, 3])).problems).toEqual([{ code: "not-a-plan" }]);
    expect(decodePlan(wire(null)).plan).toBeNull();
  });

  it("rejects strings over 20 000 characters immediately", () => {
    const huge = `1.${"A".repeat(20_000)}`;
    expect(decodePlan(huge)).toEqual({ plan: null, problems: [{ code: "too-long", length: 20_002, max: 20_000 }] });
  });

  it("10 000 stops: too long to be a plan link", () => {
    const stops = Array.from({ length: 10_000 }, (_, i) => `s${i}`);
    const result = decodePlan(wire({ ...validWire, s: stops }));
    expect(result.plan).toBeNull();
    expect(result.problems).toEqual([{ code: "too-long", length: wire({ ...validWire, s: stops }).length, max: 20_000 }]);
  });

  it("keeps the first 50 stops and says so; pins beyond them are dropped", () => {
    const stops = Array.from({ length: 60 }, (_, i) => `s${i}`);
    const result = decodePlan(wire({ ...validWire, s: stops, p: [0, 55], vm: { s1: 30, s59: 30 } }));
    expect(result.plan?.stops).toEqual(stops.slice(0, MAX_PLAN_STOPS));
    expect(result.plan?.pinned).toEqual([0]);
    expect(result.plan?.visitMinutes).toEqual({ s1: 30 });
    expect(result.problems).toEqual([
      { code: "too-many-stops", count: 60, max: 50 },
      { code: "dropped-pins", count: 1 },
      { code: "dropped-visit-minutes", items: ['"s59"'], count: 1 },
    ]);
  });

  it("keeps visit lengths of 1 to 720 whole minutes and drops the rest", () => {
    const result = decodePlan(wire({ ...validWire, vm: { a: 0, b: 721 } }));
    expect(result.plan?.visitMinutes).toEqual({});
    expect(result.problems).toEqual([{ code: "dropped-visit-minutes", items: ['"a"', '"b"'], count: 2 }]);
    expect(decodePlan(wire({ ...validWire, vm: { a: 1, b: 720 } }))).toEqual({
      plan: expect.objectContaining({ visitMinutes: { a: 1, b: 720 } }),
      problems: [],
    });
    expect(decodePlan(wire({ ...validWire, vm: { a: 30.5 } })).plan?.visitMinutes).toEqual({});
  });

  it("reports unknown fields and still reads the plan", () => {
    const result = decodePlan(wire({ ...validWire, x: 1, evil: "<script>" }));
    expect(result.plan?.stops).toEqual(["a", "b"]);
    expect(result.problems).toEqual([{ code: "unknown-fields", items: ['"x"', '"evil"'], count: 2 }]);
  });

  it("replaces each invalid field by its default, with one problem each", () => {
    const result = decodePlan(
      wire({ s: ["ok", "Bad Slug", "ok", 7], p: [1, 1, 9, "x"], o: [500, 0], r: "yes", d: "2026-06-21", t: "25:00", m: "bike", n: 0, vm: [] }),
    );
    expect(result.plan).toEqual({
      v: 1,
      stops: ["ok"],
      pinned: [],
      start: { type: "seat" },
      returnToStart: true,
      date: "2026-06-21",
      startTime: "09:00",
      mode: "car",
      days: 1,
      visitMinutes: {},
    });
    expect(result.problems).toEqual([
      { code: "invalid-stops", items: ['"Bad Slug"', "7"], count: 2 },
      { code: "repeated-stops", items: ['"ok"'], count: 1 },
      { code: "dropped-pins", count: 4 },
      { code: "invalid-start", value: "[500,0]" },
      { code: "invalid-return" },
      { code: "invalid-start-time", value: '"25:00"', fallback: "09:00" },
      { code: "unknown-mode", value: '"bike"', fallback: "car" },
      { code: "invalid-days", value: "0", fallback: 1 },
      { code: "invalid-visit-minutes" },
    ]);
  });

  it("caps the number of days at 7", () => {
    const result = decodePlan(wire({ ...validWire, n: 30 }));
    expect(result.plan?.days).toBe(7);
    expect(result.problems).toEqual([{ code: "days-capped", requested: 30, max: 7 }]);
  });

  it("needs a date: without a fallback there is no plan, with one the fallback is used", () => {
    const noDate = wire({ ...validWire, d: "2026-02-30" });
    expect(decodePlan(noDate)).toEqual({ plan: null, problems: [{ code: "invalid-date", value: '"2026-02-30"', fallback: null }] });
    const withFallback = decodePlan(noDate, { fallbackDate: "2026-07-01" });
    expect(withFallback.plan?.date).toBe("2026-07-01");
    expect(withFallback.problems).toEqual([{ code: "invalid-date", value: '"2026-02-30"', fallback: "2026-07-01" }]);
    expect(decodePlan(wire({ ...validWire, d: undefined }))).toEqual({ plan: null, problems: [{ code: "date-missing", fallback: null }] });
  });

  it("reports missing required fields", () => {
    const result = decodePlan(wire({ d: "2026-06-21" }));
    expect(result.plan?.stops).toEqual([]);
    expect(result.problems).toEqual([
      { code: "no-stop-list" },
      { code: "start-missing" },
      { code: "return-missing" },
      { code: "start-time-missing", fallback: "09:00" },
      { code: "mode-missing", fallback: "car" },
      { code: "days-missing", fallback: 1 },
    ]);
  });

  it("10 kB of junk and hostile strings give no plan and a clear problem", () => {
    const raw = (json: string) => `1.${Buffer.from(json).toString("base64url")}`;
    const cases: [string, PlanProblem][] = [
      ["x".repeat(10_000), { code: "no-version" }],
      [`1.${"A".repeat(10_000)}`, { code: "damaged", reason: "json" }], // 7 500 NUL bytes
      [`1.${"_".repeat(9_999)}`, { code: "damaged", reason: "base64url" }],
      ["1.", { code: "damaged", reason: "json" }],
      ["1..", { code: "damaged", reason: "base64url" }],
      ["9999.abc", { code: "unsupported-version", version: 9999, supported: 1 }],
      ["1.\u0000\uD800", { code: "damaged", reason: "base64url" }],
      ["__proto__", { code: "no-version" }],
      [raw('"just a string"'), { code: "not-a-plan" }],
    ];
    for (const [input, problem] of cases) expect(decodePlan(input)).toEqual({ plan: null, problems: [problem] });
  });

  it("own __proto__/constructor keys are reported as unknown and do not pollute anything", () => {
    const json = '{"__proto__":{"s":["x"]},"constructor":1,"s":["a"],"o":0,"r":0,"d":"2026-06-21","t":"10:00","m":"w","n":2}';
    const result = decodePlan(`1.${Buffer.from(json).toString("base64url")}`);
    expect(result).toEqual({
      plan: {
        v: 1,
        stops: ["a"],
        pinned: [],
        start: { type: "seat" },
        returnToStart: false,
        date: "2026-06-21",
        startTime: "10:00",
        mode: "walk",
        days: 2,
        visitMinutes: {},
      },
      problems: [{ code: "unknown-fields", items: ['"__proto__"', '"constructor"'], count: 2 }],
    });
    expect(({} as Record<string, unknown>).s).toBeUndefined();
  });

  it("a stop list that is not a list gives a plan without stops", () => {
    expect(decodePlan(wire({ ...validWire, s: { length: 1e9 } }))).toEqual({
      plan: { ...plan, stops: [], pinned: [] },
      problems: [{ code: "stops-not-a-list" }],
    });
  });

  it("property: never throws on arbitrary strings; any plan it returns is valid", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ maxLength: 200 }).map((s) => `1.${s}`)), (input) => {
        const result = decodePlan(input);
        if (result.plan === null) expect(result.problems.length).toBeGreaterThan(0);
        else expect(visitPlanSchema.safeParse(result.plan).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("property: never throws on random bytes and random JSON behind a valid prefix", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }).map((b) => `1.${Buffer.from(b).toString("base64url")}`),
          fc.jsonValue().map((v) => wire(v)),
          fc.record({ s: fc.jsonValue(), p: fc.jsonValue(), o: fc.jsonValue(), d: fc.constant("2026-06-21"), vm: fc.jsonValue() }).map((v) => wire(v)),
        ),
        (input) => {
          const result = decodePlan(input);
          if (result.plan === null) expect(result.problems.length).toBeGreaterThan(0);
          else expect(visitPlanSchema.safeParse(result.plan).success).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("property: encode → decode is the identity on valid plans", () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/);
    const coord = (max: number) => fc.double({ min: -max, max, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x));
    const start: fc.Arbitrary<PlanStart> = fc.oneof(
      fc.constant<PlanStart>({ type: "seat" }),
      slug.map((s): PlanStart => ({ type: "place", slug: s })),
      fc.tuple(coord(180), coord(90)).map(([lng, lat]): PlanStart => ({ type: "coords", lng, lat })),
    );
    const planArb: fc.Arbitrary<VisitPlan> = fc.uniqueArray(slug, { maxLength: MAX_PLAN_STOPS }).chain((stops) =>
      fc.record({
        v: fc.constant(1 as const),
        stops: fc.constant(stops),
        pinned: stops.length === 0 ? fc.constant([]) : fc.uniqueArray(fc.nat({ max: stops.length - 1 }), { maxLength: stops.length }),
        start,
        returnToStart: fc.boolean(),
        date: fc
          .date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        startTime: fc.integer({ min: 0, max: 1439 }).map(formatClock),
        mode: fc.constantFrom("car" as const, "walk" as const),
        days: fc.integer({ min: 1, max: MAX_PLAN_DAYS }),
        visitMinutes: fc
          .subarray(stops)
          .chain((keys) => fc.tuple(...keys.map(() => fc.integer({ min: MIN_VISIT_MINUTES, max: MAX_VISIT_MINUTES }))).map((mins) => Object.fromEntries(keys.map((k, i) => [k, mins[i] as number])))),
      }),
    );
    fc.assert(
      fc.property(planArb, (p) => {
        expect(visitPlanSchema.safeParse(p).success).toBe(true);
        expect(decodePlan(encodePlan(p))).toEqual({ plan: p, problems: [] });
      }),
      { numRuns: 300 },
    );
  });
});
