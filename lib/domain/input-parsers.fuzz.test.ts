import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeLoosely, fuzzSeed, hostileBodyText, hostileJsonValue, hostileNumber, hostileQuery, hostileString } from "@/lib/test-support/hostile-input";
import { SLUG_PATTERN } from "./slug";
import { slugSchema } from "./slug-schema";
import { base64UrlDecode, base64UrlEncode } from "./plan/base64url";
import { decodePlan, encodePlan } from "./plan/plan-codec";
import { visitPlanSchema } from "./plan/plan-schema";
import { planParamValue } from "./plan/plan-param";
import { readPlanParam } from "./plan/read-plan-param";
import { parseViewState, serializeViewState } from "./browse/view-state";
import { readGuideUrl, slugFromPath, withPlanCode } from "./browse/guide-url";
import {
  correctionFilterSchema,
  correctionInputSchema,
  correctionProblems,
  CORRECTION_STATUSES,
  parseCoordinate,
  rejectInputSchema,
  REJECT_REASON_MAX,
} from "./corrections/correction-input";
import { parsePlaceForm, PLACE_FORM_FIELDS } from "./staff/place-form";
import { parseSourceInput } from "./staff/source-input";
import { newUserSchema } from "./staff/user-input";
import { userInputProblems } from "./staff/user-input-problems";
import { safeStaffPath } from "./staff/local-path";
import { parseLatLngText } from "./staff/typed-coordinates";
import { formatHomestayNumber, parseHomestayNumber } from "./staff/homestay-number";
import { parseChanges } from "./staff/place-diff";
import { attentionFilterSchema, ATTENTION_CODES } from "./staff/attention";

fc.configureGlobal({ seed: fuzzSeed() });

// Fuzzing of every pure input parser a request reaches (issue 11, "Fuzzing"): thousands of hostile
// inputs each (fast-check), asserting that none throws and that what comes out obeys the parser's
// own contract (a decoded plan is a valid plan, a parsed view re-parses to itself, a kept redirect
// path stays on this site, …). The route handlers around them are fuzzed in
// lib/server/route-handlers.fuzz.test.ts.

const RUNS = { numRuns: 1000 };

const SLUGS = ["yuan-renyuan-former-residence", "jiuge-shangui", "township-government", "zhumugang"];
const VILLAGES = new Set(["zhumugang", "sanguansi", "luotan"]);

/** A plan code around a JSON value: "1." + base64url(JSON). */
const codeOf = (value: unknown) => `1.${base64UrlEncode(new TextEncoder().encode(JSON.stringify(value) ?? "null"))}`;

/** Wire-format plans with every field hostile or missing (keys as in plan-codec.ts). */
const hostileWire = fc.record(
  {
    s: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...SLUGS), hostileString), { maxLength: 60 }), hostileJsonValue),
    p: fc.oneof(fc.array(hostileNumber, { maxLength: 10 }), hostileJsonValue),
    o: fc.oneof(fc.constant(0), fc.constantFrom(...SLUGS), fc.tuple(hostileNumber, hostileNumber), hostileJsonValue),
    r: fc.oneof(fc.constantFrom(0, 1), hostileJsonValue),
    d: fc.oneof(fc.constantFrom("2026-06-21", "2026-02-30", "0000-00-00", "9999-12-31"), hostileString),
    t: fc.oneof(fc.constantFrom("09:00", "24:00", "23:59", "9:00"), hostileString),
    m: fc.oneof(fc.constantFrom("c", "w"), hostileJsonValue),
    n: fc.oneof(hostileNumber, hostileJsonValue),
    vm: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...SLUGS, "__proto__"), hostileString), hostileNumber), hostileJsonValue),
    ["__proto__"]: hostileJsonValue,
  },
  { requiredKeys: [] },
);

const planCode = fc.oneof(
  hostileString,
  hostileString.map((s) => `1.${s}`),
  fc.uint8Array({ maxLength: 300 }).map((b) => `1.${base64UrlEncode(b)}`),
  hostileJsonValue.map(codeOf),
  hostileWire.map(codeOf),
);

/** Next's searchParams: a record whose values are a string, repeated values (array) or absent. */
const searchParamsRecord = fc.dictionary(
  fc.oneof(fc.constantFrom("kind", "village", "status", "red", "q", "place", "c", "plan", "p", "__proto__", "constructor"), hostileString),
  fc.oneof(hostileString, fc.array(hostileString, { maxLength: 4 }), fc.constant(undefined)),
  { maxKeys: 8 },
);

describe("fuzz: plan codes (plan-codec.ts, plan-param.ts, read-plan-param.ts)", () => {
  it("decodePlan never throws; a plan it returns is valid and survives encode → decode unchanged", () => {
    fc.assert(
      fc.property(planCode, fc.option(fc.constantFrom("2026-06-21", "not-a-date")), (code, fallbackDate) => {
        const { plan, problems } = decodePlan(code, fallbackDate === null ? {} : { fallbackDate });
        if (plan === null) {
          expect(problems.length).toBeGreaterThan(0);
          return;
        }
        expect(visitPlanSchema.safeParse(plan).success).toBe(true);
        expect(decodePlan(encodePlan(plan))).toEqual({ plan, problems: [] });
      }),
      RUNS,
    );
  });

  it("a page's ?plan= (or old ?p=, repeated or not) gives a plan of known places only, never an error", () => {
    fc.assert(
      fc.property(searchParamsRecord, fc.oneof(planCode, fc.array(planCode, { maxLength: 3 })), (params, code) => {
        const raw = planParamValue({ ...params, plan: code });
        const { plan, problems } = readPlanParam(raw, SLUGS.map((slug) => ({ slug })), "2026-06-21");
        expect(visitPlanSchema.safeParse(plan).success).toBe(true);
        expect(plan.stops.every((s) => SLUGS.includes(s))).toBe(true);
        expect(Array.isArray(problems)).toBe(true);
        // Whatever readPlanParam kept, the record without `plan` falls back to the old `p` without throwing.
        readPlanParam(planParamValue(params), [], "2026-06-21");
      }),
      RUNS,
    );
  });

  it("base64UrlDecode never throws and accepts only what it would encode the same way", () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const bytes = base64UrlDecode(text);
        if (bytes !== null) expect(base64UrlEncode(bytes)).toBe(text);
      }),
      RUNS,
    );
  });
});

describe("fuzz: the map page's address (view-state.ts, guide-url.ts)", () => {
  it("parseViewState never throws, keeps only known values, and its state re-parses to itself without problems", () => {
    fc.assert(
      fc.property(fc.oneof(searchParamsRecord, hostileQuery.map((q) => new URLSearchParams(q))), (input) => {
        const { state } = parseViewState(input, { knownVillages: VILLAGES });
        expect(state.villages.every((v) => VILLAGES.has(v))).toBe(true);
        if (state.place !== undefined) expect(state.place).toMatch(SLUG_PATTERN);
        expect(Array.from(state.q).length).toBeLessThanOrEqual(100);
        const again = parseViewState(new URLSearchParams(serializeViewState(state)), { knownVillages: VILLAGES });
        expect(again).toEqual({ state, problems: [] });
      }),
      RUNS,
    );
  });

  it("readGuideUrl, slugFromPath and withPlanCode (with a code encodePlan could write) never throw on any path and query", () => {
    // As the browser's location.pathname has it: the URL parser's percent-encoding of whatever was typed.
    const pathname = fc
      .oneof(
        hostileString.map((s) => `/places/${s}`),
        hostileString.map((s) => `/en/places/${encodeLoosely(s)}`),
        fc.constantFrom("/", "/en", "/places/%E0%A4%A", "/places/%", "/places/a%2Fb", "/en/places/jiuge-shangui/"),
        hostileString,
      )
      .map((path) => {
        const url = new URL("http://localhost/");
        url.pathname = path;
        return url.pathname;
      });
    fc.assert(
      fc.property(pathname, hostileQuery, fc.option(fc.oneof(fc.constant("1.e30"), hostileWire.map(codeOf))), (path, search, code) => {
        const { view, slug } = readGuideUrl({ pathname: path, search: `?${search}` }, VILLAGES);
        expect(view.villages.every((v) => VILLAGES.has(v))).toBe(true);
        expect(slug === null || typeof slug === "string").toBe(true);
        expect(slugFromPath(path)).toBe(slug);
        const next = withPlanCode({ pathname: path, search: `?${search}` }, code);
        if (next !== null) {
          const params = new URL(next, "http://localhost").searchParams;
          expect(params.getAll("plan")).toEqual(code === null ? [] : [code]);
        }
      }),
      RUNS,
    );
  });
});

describe("fuzz: corrections (correction-input.ts)", () => {
  const correctionBody = fc.record(
    {
      place: fc.oneof(fc.constantFrom(...SLUGS), hostileString),
      kind: fc.oneof(fc.constantFrom("location", "closed", "other"), hostileString),
      message: fc.oneof(hostileString, fc.string({ minLength: 1990, maxLength: 2010 })),
      point: fc.oneof(
        fc.constant(null),
        fc.record({ lat: hostileNumber, lng: hostileNumber, accuracyM: fc.oneof(fc.constant(null), hostileNumber) }, { requiredKeys: [] }),
        hostileJsonValue,
      ),
      lang: fc.oneof(fc.constantFrom("zh", "en"), hostileString),
      ["__proto__"]: hostileJsonValue,
    },
    { requiredKeys: [] },
  );

  it("a visitor's correction parses or is refused, never throws; a parsed one has bounded, known fields", () => {
    fc.assert(
      fc.property(fc.oneof(correctionBody, hostileJsonValue), (body) => {
        const parsed = correctionInputSchema.safeParse(body);
        if (!parsed.success) return;
        expect(Object.keys(parsed.data).sort()).toEqual(["kind", "lang", "message", "place", "point"]);
        expect(parsed.data.message.length).toBeLessThanOrEqual(20_000);
        const problems = correctionProblems(parsed.data);
        for (const field of Object.keys(problems)) expect(["kind", "message", "point"]).toContain(field);
      }),
      RUNS,
    );
  });

  it("a reject reason, a status filter and a typed coordinate never throw", () => {
    fc.assert(
      fc.property(hostileJsonValue, hostileString, (body, text) => {
        const reason = rejectInputSchema.safeParse(body);
        if (reason.success) expect(reason.data.reason.length).toBeGreaterThan(0);
        if (reason.success) expect(reason.data.reason.length).toBeLessThanOrEqual(REJECT_REASON_MAX);
        expect(["all", ...CORRECTION_STATUSES]).toContain(correctionFilterSchema.parse(text));
        expect(["all", ...CORRECTION_STATUSES]).toContain(correctionFilterSchema.parse(body));
        const n = parseCoordinate(text);
        if (n !== null) expect(Number.isFinite(n)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("fuzz: staff forms (place-form.ts, source-input.ts, user-input.ts, local-path.ts, …)", () => {
  const formValue = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), hostileJsonValue);
  const placeForm = fc.record(Object.fromEntries([...PLACE_FORM_FIELDS, "__proto__", "extra"].map((f) => [f, formValue])), { requiredKeys: [] });

  it("parsePlaceForm never throws; what it accepts it accepts again unchanged; errors are codes per field", () => {
    fc.assert(
      fc.property(fc.oneof(placeForm, hostileJsonValue), (input) => {
        const result = parsePlaceForm(input);
        if (result.ok) {
          expect(parsePlaceForm(result.value)).toEqual(result);
          return;
        }
        for (const [field, code] of Object.entries(result.errors)) {
          expect(typeof field).toBe("string");
          expect(code).toMatch(/^[a-z_]+(:[-\d:]+)?$/);
        }
      }),
      RUNS,
    );
  });

  it("parseSourceInput never throws; a publication it accepts links over http(s) only", () => {
    const source = fc.record(
      {
        type: fc.oneof(fc.constantFrom("existing", "publication", "survey"), hostileString),
        key: formValue,
        title: formValue,
        publisher: formValue,
        url: fc.oneof(fc.constantFrom("https://example.org/a", "javascript:alert(1)", "data:text/html,x", "http://", " https://a.b"), hostileString),
        published: formValue,
        confidence: fc.oneof(fc.constantFrom("high", "medium", "low"), hostileString),
        surveyedOn: fc.oneof(fc.constantFrom("2026-06-21", "2026-13-45"), hostileString),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(source, hostileJsonValue), (input) => {
        const result = parseSourceInput(input);
        if (result.ok && result.value.type === "publication") {
          // A publication has an http(s) URL, or none when its publisher's page is not known.
          if (result.value.url === null) expect(result.value.publisherPageUnknown).toBe(true);
          else expect(new URL(result.value.url).protocol).toMatch(/^https?:$/);
        }
        if (!result.ok) for (const key of Object.keys(result.errors)) expect(key.startsWith("source.")).toBe(true);
      }),
      RUNS,
    );
  });

  it("a new account parses or gives one problem per field, never throws", () => {
    const user = fc.record(
      {
        name: fc.oneof(fc.constantFrom("ab", "editor.one", "a".repeat(41)), hostileString),
        role: fc.oneof(fc.constantFrom("editor", "admin", "root"), hostileString),
        password: fc.oneof(fc.constantFrom("a long passphrase", "short"), hostileString, formValue),
        ["__proto__"]: formValue,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(user, hostileJsonValue), (input) => {
        const parsed = newUserSchema.safeParse(input);
        if (parsed.success) expect(parsed.data.name).toMatch(/^[\p{L}\p{N}._-]{2,40}$/u);
        else for (const field of Object.keys(userInputProblems(parsed.error))) expect(["name", "role", "password"]).toContain(field);
      }),
      RUNS,
    );
  });

  it("safeStaffPath keeps only a path of this site's staff area", () => {
    const next = fc.oneof(
      hostileString,
      hostileString.map((s) => `/staff${s}`),
      hostileString.map((s) => `/en/staff/${s}`),
      fc.constantFrom("//evil.example/staff", "/staff\\..\\..", "/\\evil.example", "/staff/../../x", "https://evil.example/staff", "/staff?next=//evil", "/en/staff#x"),
      formValue,
    );
    fc.assert(
      fc.property(next, (raw) => {
        const path = safeStaffPath(raw, "/staff");
        const url = new URL(path, "http://localhost:3000");
        expect(url.origin).toBe("http://localhost:3000");
        expect(path).toMatch(/^\/(?:en\/)?staff(?:[/?#]|$)/);
      }),
      RUNS,
    );
  });

  it("typed coordinates, homestay numbers, stored revision changes and the attention filter never throw", () => {
    fc.assert(
      fc.property(hostileString, hostileBodyText, hostileJsonValue, (text, json, value) => {
        const point = parseLatLngText(text);
        if (point) expect(Number.isFinite(point.lat) && Number.isFinite(point.lng)).toBe(true);
        const number = parseHomestayNumber(text);
        if (number) expect(formatHomestayNumber(number.villageCode12, number.seq)).toBe(text);
        for (const change of [...parseChanges(json), ...parseChanges(JSON.stringify(value) ?? "")]) {
          expect(typeof change.field).toBe("string");
        }
        const needs = attentionFilterSchema.safeParse(value);
        if (needs.success) expect(ATTENTION_CODES).toContain(needs.data);
        const slug = slugSchema.safeParse(text);
        if (slug.success) expect(slug.data).toMatch(SLUG_PATTERN);
      }),
      RUNS,
    );
  });
});
