import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seededDatabaseForThisFile } from "@/lib/test-support/seeded-database";
import { installNextDataCache, runAsRouteHandler } from "@/lib/test-support/next-data-cache";
import {
  headerValue,
  hostileBodyText,
  hostileContentType,
  hostileJsonValue,
  hostileNumber,
  hostileQuery,
  hostileRouteParam,
  hostileString,
  fuzzSeed,
} from "@/lib/test-support/hostile-input";
import { PLACE_FORM_FIELDS } from "@/lib/domain/staff/place-form";
import { slugSchema } from "@/lib/domain/slug-schema";

fc.configureGlobal({ seed: fuzzSeed() });

// Fuzzing of every route handler under app/api (issue 11, "Fuzzing"): each is called directly, as
// Next calls it, against a fresh seeded SQLite database, with hostile requests (fast-check):
// hostile strings and numbers in every field of otherwise well-formed bodies, malformed and huge
// bodies, JSON with __proto__ / constructor keys, deep nesting, wrong content types, repeated and
// broken query parameters, foreign and missing Origins, garbage and valid staff sessions. Every
// answer must be below 500; a 4xx must carry the JSON error body { error: { status, code, message } };
// a redirect must stay on this site; nothing may be logged as an error. The last test checks that
// every exported handler of every route file is in the table below, so a new route cannot be missed.

const ORIGIN = "http://localhost:3000"; // SITE_URL's default
const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
}));

seededDatabaseForThisFile("guide-fuzz-routes-");
const cache = installNextDataCache();

const PLACE = "yucheng-international-hotel";
const SLUGS = [PLACE, "yuan-renyuan-former-residence", "jiuge-shangui", "zhumugang", "no-such-place"];

/** Who sends the request: a signed-in editor or admin (made fresh before each request), nobody, or a forged cookie. */
type Actor = "editor" | "admin" | "none" | "forged";
const TOKENS: Record<"editor" | "admin", string> = { editor: "fuzz-editor-token", admin: "fuzz-admin-token" };

async function signIn(actor: Actor): Promise<void> {
  const { SESSION_COOKIE, sessionIdOf } = await import("@/lib/server/auth/session");
  request.cookies = new Map();
  if (actor === "none") return;
  if (actor === "forged") {
    request.cookies.set(SESSION_COOKIE, "forged-\u202E-token");
    return;
  }
  const { prisma } = await import("@/lib/server/db");
  const name = `fuzz-${actor}`;
  const id = sessionIdOf(TOKENS[actor]);
  request.cookies.set(SESSION_COOKIE, TOKENS[actor]);
  const live = await prisma.session.findUnique({ where: { id }, select: { user: { select: { role: true, disabledAt: true } } } });
  if (live && live.user.role === actor && live.user.disabledAt === null) return;
  // A fuzzed request demoted or disabled this account, or ended its session: set it back.
  const user = await prisma.user.upsert({
    where: { name },
    create: { name, passwordHash: "not-used", role: actor },
    update: { role: actor, disabledAt: null },
  });
  await prisma.session.upsert({ where: { id }, create: { id, userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) }, update: {} });
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

// Stand-ins for values only the database knows at the time of the request (a place's current
// version, one of its revisions, an open correction, an account), so that fuzzed writes also get
// past the optimistic-concurrency and existence checks and into the write itself.
const CURRENT_VERSION = "\u0000current-version";
const A_REVISION = "\u0000a-revision";
const OPEN_CORRECTION = "\u0000open-correction";
const AN_ACCOUNT = "\u0000an-account";
const BASE_VALUES = "\u0000base-values";
/** The same in a village (a new lodging needs one for its homestay number). */
const VALUES_IN_VILLAGE = "\u0000values-in-village";
const FRESH_SLUG = "\u0000fresh-slug";
const STAND_INS = [CURRENT_VERSION, A_REVISION, OPEN_CORRECTION, AN_ACCOUNT, BASE_VALUES, VALUES_IN_VILLAGE, FRESH_SLUG];
let freshSlugs = 0;

/** A body: JSON or a form (both filled in at request time), or raw hostile text. */
type Body = { json: Record<string, unknown> } | { form: Record<string, unknown> } | { raw: string };

/** One route handler to fuzz: its file under app/api, method, route parameters, body and who sends it. */
type Target = {
  file: string;
  method: Method;
  runs: number;
  params?: fc.Arbitrary<Record<string, string>>;
  body?: fc.Arbitrary<Body>;
  actor?: fc.Arbitrary<Actor>;
  /** Answers that show the fuzzing got past the input checks into the data layer: at least one must come. */
  reaches: number[];
};

const anyValue = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), hostileJsonValue);

/**
 * A well-formed body (`valid`) with a few fields made hostile (`hostile[field]`, or any value),
 * some dropped and an unknown one added now and then; as JSON mostly, as a form sometimes, and
 * sometimes not the expected body at all.
 */
function bodyOf(valid: Record<string, unknown>, hostile: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<Body> {
  const keys = [...new Set([...Object.keys(valid), ...Object.keys(hostile), "__proto__", "constructor", "extra"])];
  const fields = fc
    .tuple(fc.subarray(keys, { maxLength: 3 }), fc.subarray(Object.keys(valid), { maxLength: Math.min(2, Object.keys(valid).length) }), fc.array(anyValue, { minLength: 3, maxLength: 3 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }))
    .chain(([changed, dropped, values, useOwn]) =>
      fc.tuple(...changed.map((key, i) => (useOwn[i] && Object.hasOwn(hostile, key) ? (hostile[key] as fc.Arbitrary<unknown>) : fc.constant(values[i])))).map((picked) => {
        const out: Record<string, unknown> = { ...valid };
        for (const key of dropped) delete out[key];
        // defineProperty: "__proto__" becomes an own key, as JSON.parse makes it.
        changed.forEach((key, i) => Object.defineProperty(out, key, { value: picked[i], enumerable: true, configurable: true, writable: true }));
        return out;
      }),
    );
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<Body>({ json: valid }) },
    { weight: 5, arbitrary: fields.map((json): Body => ({ json })) },
    { weight: 1, arbitrary: fields.map((form): Body => ({ form })) },
    { weight: 2, arbitrary: hostileBodyText.map((raw): Body => ({ raw })) },
  );
}

const lang = fc.oneof(fc.constantFrom("zh", "en"), anyValue);
const version = fc.oneof(fc.constant(CURRENT_VERSION), fc.constantFrom(1, 2), hostileNumber);
const slugParam = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SLUGS) }, { weight: 1, arbitrary: hostileRouteParam }).map((slug) => ({ slug }));
const idParam = (standIn: string) => fc.oneof({ weight: 3, arbitrary: fc.constant(standIn) }, { weight: 1, arbitrary: hostileRouteParam }).map((id) => ({ id }));
/** Staff routes: mostly a signed-in member, so that the fuzzing gets past the session check. */
const staffActor = fc.constantFrom<Actor>("editor", "editor", "editor", "admin", "admin", "none", "forged");

// A real place's form values (loaded in beforeAll), each field of which can be made hostile.
let baseValues: Record<string, unknown> = {};
const placeValues = fc
  .tuple(fc.subarray([...PLACE_FORM_FIELDS, "__proto__", "constructor", "extra"], { maxLength: 4 }), fc.array(anyValue, { minLength: 4, maxLength: 4 }))
  .map(([fields, values]) => {
    const out: Record<string, unknown> = { ...baseValues };
    fields.forEach((field, i) => Object.defineProperty(out, field, { value: values[i], enumerable: true, configurable: true, writable: true }));
    return out;
  });
const source = fc.oneof(
  fc.constant(undefined),
  fc.constant({ type: "survey", surveyedOn: "2026-06-21" }),
  fc.record({ type: fc.constantFrom("existing", "publication", "survey"), key: anyValue, title: anyValue, publisher: anyValue, url: anyValue, published: anyValue, confidence: anyValue, surveyedOn: anyValue }, { requiredKeys: ["type"] }),
  anyValue,
);
const restParam = fc.array(hostileString, { maxLength: 4 }).map((rest) => ({ rest: rest.join("/") }));
const IN_TOWNSHIP = { lat: 29.4113, lng: 110.6562, accuracyM: 15 };

const TARGETS: Target[] = [
  { file: "places/route.ts", method: "GET", runs: 150, reaches: [200] },
  { file: "places/[slug]/route.ts", method: "GET", runs: 150, params: slugParam, reaches: [200] },
  { file: "health/route.ts", method: "GET", runs: 20, reaches: [200] },
  { file: "place-summaries/route.ts", method: "GET", runs: 50, reaches: [200] },
  { file: "[...rest]/route.ts", method: "GET", runs: 300, params: restParam, reaches: [404] },
  { file: "[...rest]/route.ts", method: "POST", runs: 300, params: restParam, reaches: [404] },
  { file: "revalidate/route.ts", method: "POST", runs: 300, reaches: [200] },
  {
    file: "corrections/route.ts",
    method: "POST",
    runs: 200,
    body: bodyOf(
      { place: PLACE, kind: "location", message: "入口在停车场旁", point: IN_TOWNSHIP, lang: "zh" },
      {
        place: fc.constantFrom(...SLUGS),
        kind: fc.constantFrom("location", "closed", "other"),
        message: fc.oneof(hostileString, fc.string({ minLength: 1990, maxLength: 2010 })),
        point: fc.record({ lat: hostileNumber, lng: hostileNumber, accuracyM: fc.oneof(fc.constant(null), hostileNumber) }),
        lang,
      },
    ),
    reaches: [201],
  },
  {
    file: "staff/sign-in/route.ts",
    method: "POST",
    runs: 40, // a well-formed attempt costs an argon2 verification (64 MiB, 3 passes)
    body: bodyOf({ name: "fuzz-signer", password: "a long passphrase", next: "/staff", lang: "zh" }, { next: fc.constantFrom("//evil.example", "/staff/../x", "/\\evil.example", "https://evil.example/staff") }),
    actor: fc.constantFrom<Actor>("none", "forged", "editor"),
    reaches: [200, 303],
  },
  { file: "staff/sign-out/route.ts", method: "POST", runs: 100, actor: staffActor, reaches: [200, 303] },
  { file: "staff/users/route.ts", method: "GET", runs: 100, actor: staffActor, reaches: [200] },
  {
    file: "staff/users/route.ts",
    method: "POST",
    runs: 40, // a well-formed account costs an argon2 hash
    body: bodyOf({ name: "new.user", role: "editor", password: "a long passphrase" }, { name: fc.stringMatching(/^[a-z]{2,10}$/) }),
    actor: staffActor,
    reaches: [201, 409],
  },
  {
    file: "staff/users/[id]/route.ts",
    method: "PATCH",
    runs: 150,
    params: idParam(AN_ACCOUNT),
    body: bodyOf({ role: "editor", disabled: false }, { role: fc.constantFrom("editor", "admin"), disabled: fc.boolean() }),
    actor: staffActor,
    reaches: [200],
  },
  {
    file: "staff/places/route.ts",
    method: "POST",
    runs: 150,
    body: bodyOf({ slug: FRESH_SLUG, values: VALUES_IN_VILLAGE, source: { type: "survey", surveyedOn: "2026-06-21" }, lang: "zh" }, { slug: fc.stringMatching(/^fuzz-[a-z0-9]{1,8}$/), values: placeValues, source }),
    actor: staffActor,
    reaches: [200, 409],
  },
  {
    file: "staff/places/[slug]/route.ts",
    method: "PUT",
    runs: 150,
    params: slugParam,
    body: bodyOf({ baseVersion: CURRENT_VERSION, values: BASE_VALUES, source: { type: "survey", surveyedOn: "2026-06-21" }, lang: "zh" }, { baseVersion: version, values: placeValues, source, correctionId: fc.oneof(fc.constant(OPEN_CORRECTION), hostileNumber) }),
    actor: staffActor,
    reaches: [200],
  },
  {
    file: "staff/places/[slug]/archive/route.ts",
    method: "POST",
    runs: 150,
    params: slugParam,
    body: bodyOf({ baseVersion: CURRENT_VERSION, archived: true, lang: "zh" }, { baseVersion: version, archived: fc.boolean() }),
    actor: staffActor,
    reaches: [200],
  },
  {
    file: "staff/places/[slug]/restore/route.ts",
    method: "POST",
    runs: 150,
    params: slugParam,
    body: bodyOf({ revisionId: A_REVISION, baseVersion: CURRENT_VERSION, lang: "zh" }, { revisionId: fc.oneof(fc.constant(A_REVISION), hostileNumber), baseVersion: version }),
    actor: staffActor,
    reaches: [200, 400],
  },
  { file: "staff/homestays/[slug]/number/route.ts", method: "POST", runs: 150, params: slugParam, actor: staffActor, reaches: [200, 409, 422] },
  {
    file: "staff/corrections/[id]/reject/route.ts",
    method: "POST",
    runs: 150,
    params: idParam(OPEN_CORRECTION),
    body: bodyOf({ reason: "Not in the township." }, { reason: fc.oneof(hostileString, fc.string({ minLength: 995, maxLength: 1005 })) }),
    actor: staffActor,
    reaches: [200, 303],
  },
  { file: "staff/pinyin/route.ts", method: "POST", runs: 150, body: bodyOf({ nameZh: "三官寺" }, { nameZh: hostileString }), actor: staffActor, reaches: [200] },
];

/** The content type that matches the body sent (JSON or form); hostile ones come up too. */
const MATCHING = "\u0000matching";
const REVALIDATE_TOKEN = "\u0000revalidate-token";

/** Request headers: mostly this site's Origin (so writes get past the Origin check), sometimes none or anything. */
const requestHeaders = fc.record({
  origin: fc.oneof({ weight: 6, arbitrary: fc.constant(ORIGIN) }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: headerValue }),
  "content-type": fc.oneof({ weight: 4, arbitrary: fc.constant(MATCHING) }, { weight: 1, arbitrary: hostileContentType }),
  "if-none-match": fc.option(headerValue, { nil: undefined }),
  authorization: fc.oneof(fc.constant(undefined), fc.constant(`Bearer ${REVALIDATE_TOKEN}`), headerValue),
  "x-forwarded-for": fc.oneof(fc.ipV4(), fc.ipV6(), headerValue),
  "accept-language": fc.option(headerValue, { nil: undefined }),
});

/** The value a stand-in names, read from the database now (other values as they are). */
async function resolve(value: unknown, routeSlug: string | undefined): Promise<unknown> {
  if (typeof value !== "string" || !STAND_INS.includes(value)) return value;
  // The stand-ins are looked up by the route's slug only when it is one (a hostile slug such as a lone
  // surrogate cannot even be sent to the database): the route then answers it, not this helper.
  const slug = routeSlug !== undefined && slugSchema.safeParse(routeSlug).success ? routeSlug : undefined;
  const { prisma } = await import("@/lib/server/db");
  if (value === BASE_VALUES) return { ...baseValues };
  if (value === VALUES_IN_VILLAGE) return { ...baseValues, village: (await prisma.village.findFirstOrThrow({ select: { slug: true } })).slug };
  if (value === FRESH_SLUG) return `fuzz-place-${++freshSlugs}`;
  if (value === CURRENT_VERSION) return (await prisma.place.findUnique({ where: { slug: slug ?? PLACE }, select: { version: true } }))?.version ?? 1;
  if (value === A_REVISION) return (await prisma.revision.findFirst({ where: { place: { slug: slug ?? PLACE } }, orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 1;
  if (value === AN_ACCOUNT) return (await prisma.user.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 1;
  const open = await prisma.correction.findFirst({ where: { status: "open" }, select: { id: true } });
  if (open) return open.id;
  const place = await prisma.place.findUniqueOrThrow({ where: { slug: PLACE }, select: { id: true } });
  return (await prisma.correction.create({ data: { placeId: place.id, kind: "other", message: "fuzz", addressHash: "fuzz" }, select: { id: true } })).id;
}

type Answer = { status: number; contentType: string | null; location: string | null; text: string };

async function call(target: Target, rawParams: Record<string, string>, query: string, rawHeaders: Record<string, string | null | undefined>, body: Body | null): Promise<Answer> {
  const mod = (await import(/* @vite-ignore */ path.join(API_DIR, target.file))) as Record<string, Handler>;
  const handler = mod[target.method];
  if (!handler) throw new Error(`${target.file} exports no ${target.method}`);
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawParams)) params[key] = String(await resolve(value, undefined));
  let text: string | undefined;
  if (body && "raw" in body) text = body.raw;
  else if (body) {
    const fields: [string, unknown][] = [];
    for (const [key, value] of Object.entries("json" in body ? body.json : body.form)) fields.push([key, await resolve(value, params.slug)]);
    text =
      "json" in body
        ? JSON.stringify(Object.fromEntries(fields))
        : new URLSearchParams(fields.map(([k, v]) => [k, typeof v === "string" ? v : (JSON.stringify(v) ?? "")])).toString();
  }
  const { getRevalidateToken } = await import("@/lib/server/config");
  const sent = new Headers({ host: "localhost:3000" });
  for (const [name, value] of Object.entries(rawHeaders)) {
    if (value === undefined || value === null) continue;
    if (value === MATCHING) {
      if (body && "form" in body) sent.set(name, "application/x-www-form-urlencoded");
      else if (body) sent.set(name, "application/json");
    } else sent.set(name, value.replace(REVALIDATE_TOKEN, getRevalidateToken()));
  }
  request.headers = sent;
  const url = `${ORIGIN}/api/${target.file.replace(/\/?route\.ts$/, "")}${query ? `?${query}` : ""}`;
  const init: RequestInit = { method: target.method, headers: sent };
  if (target.method !== "GET" && text !== undefined) init.body = text;
  const res = await runAsRouteHandler(cache, () => handler(new Request(url, init), { params: Promise.resolve(params) }));
  return { status: res.status, contentType: res.headers.get("content-type"), location: res.headers.get("location"), text: await res.text() };
}

/** What every answer must be, whatever was sent. */
function expectSound(answer: Answer): void {
  expect(answer.status).toBeLessThan(500);
  if (answer.status >= 400) {
    expect(answer.contentType).toMatch(/^application\/json/);
    const body = JSON.parse(answer.text) as { error?: { status?: unknown; code?: unknown; message?: unknown } };
    expect(body.error?.status).toBe(answer.status);
    expect(typeof body.error?.code).toBe("string");
    expect(typeof body.error?.message).toBe("string");
  } else if (answer.status >= 300 && answer.status !== 304) {
    // A redirect goes to a path of this site: never another host.
    expect(answer.location).toMatch(/^\/(?![/\\])/);
  }
}

const API_DIR = path.resolve(__dirname, "../../app/api");
/** FUZZ_SCALE=10 runs ten times as many requests per route (a longer hunt); the default keeps the file well under a minute of CPU. */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const logged: unknown[][] = [];

describe("fuzz: every route handler under app/api", () => {
  beforeAll(async () => {
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
    const { prisma } = await import("@/lib/server/db");
    const { hashPassword } = await import("@/lib/server/auth/password");
    await prisma.user.create({ data: { name: "fuzz-signer", role: "editor", passwordHash: await hashPassword("a long passphrase") } });
    await signIn("editor");
    const { getPlaceForEdit } = await import("@/lib/server/staff/places");
    const place = await getPlaceForEdit(PLACE);
    if (!place) throw new Error(`seeded place ${PLACE} missing`);
    // What the edit form posts: the form's fields only (not the sources' keys a revision records).
    baseValues = Object.fromEntries(PLACE_FORM_FIELDS.map((field) => [field, place.values[field]]));
  }, 60_000);
  afterAll(() => vi.restoreAllMocks());

  for (const target of TARGETS) {
    const runs = Math.max(1, Math.round(target.runs * SCALE));
    it(`${target.method} /api/${target.file.replace(/\/?route\.ts$/, "")}: ${runs} hostile requests, no 5xx, JSON errors`, async () => {
      const seen = new Map<number, number>();
      // An earlier handler's random requests may have archived the seeded places (the archive route
      // is fuzzed too): each handler starts from the seeded places, so "reaches" does not depend on
      // what the runs before it happened to leave.
      const { prisma } = await import("@/lib/server/db");
      await prisma.place.updateMany({ where: { archivedAt: { not: null } }, data: { archivedAt: null } });
      await fc.assert(
        fc.asyncProperty(
          target.params ?? fc.constant({}),
          hostileQuery,
          requestHeaders,
          target.body ?? fc.option(hostileBodyText.map((raw): Body => ({ raw })), { nil: null }),
          target.actor ?? fc.constantFrom<Actor>("none", "forged"),
          async (params, query, headers, body, actor) => {
            logged.length = 0;
            await signIn(actor);
            const answer = await call(target, params, query, headers, body);
            seen.set(answer.status, (seen.get(answer.status) ?? 0) + 1);
            expect(logged, `logged: ${String(logged[0]?.[0])}`).toEqual([]);
            expectSound(answer);
          },
        ),
        { numRuns: runs },
      );
      const statuses = Object.fromEntries([...seen].sort((a, b) => a[0] - b[0]));
      console.log(`${target.method} ${target.file}: ${JSON.stringify(statuses)}`);
      // The fuzzing reached the data layer, not only the input checks.
      expect(target.reaches.some((status) => seen.has(status)), `none of ${target.reaches.join("/")} among ${JSON.stringify(statuses)}`).toBe(true);
    }, 180_000); // a busy machine: the sign-in and account runs hash with argon2
  }

  it("covers every exported method of every route file", async () => {
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? walk(full) : name === "route.ts" ? [path.relative(API_DIR, full)] : [];
      });
    })(API_DIR);
    const exported: string[] = [];
    for (const file of files) {
      const mod = (await import(/* @vite-ignore */ path.join(API_DIR, file))) as Record<string, unknown>;
      for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) if (typeof mod[method] === "function") exported.push(`${method} ${file}`);
    }
    expect(exported.length).toBeGreaterThanOrEqual(18);
    expect(TARGETS.map((t) => `${t.method} ${t.file}`).sort()).toEqual(exported.sort());
  });
});
