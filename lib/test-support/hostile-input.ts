// Hostile input for the fuzz tests (fast-check arbitraries): the strings, JSON values, bodies and
// headers an attacker or a broken client sends. Every generator mixes plain random data with a
// fixed list of known troublemakers, so the troublemakers come up in every run, not by luck.
import fc from "fast-check";

/** Strings known to break parsers: controls, bidi overrides, lone surrogates, prototype keys, numbers in disguise. */
export const NASTY_STRINGS: readonly string[] = [
  "",
  " ",
  "\0",
  "a\0b",
  "\u202Eevil\u202C", // right-to-left override
  "\u200B\u200D\uFEFF", // zero-width characters and a BOM
  "\uD800", // lone high surrogate
  "\uDC00x", // lone low surrogate
  "👨‍👩‍👧‍👦🏳️‍🌈",
  "三官寺\u0301",
  "ＡＢＣ", // full-width
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "NaN",
  "Infinity",
  "-0",
  "1e400",
  "0x1F",
  "9007199254740993",
  "2147483648",
  "-1",
  "1.5",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "//evil.example",
  "/\\evil.example",
  "../../etc/passwd",
  "%00%2e%2e%2f",
  "%E0%A4%A",
  "' OR 1=1 --",
  "a".repeat(81),
  "x".repeat(5001),
  "长".repeat(2001),
];

/** Any string: random graphemes, random code points (any plane), or a known troublemaker. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 100, maxLength: 3000 }) },
);

/** Numbers at the edges: out of 32-bit range, unsafe integers, fractions, negative zero, NaN/Infinity (JSON turns them into null). */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 1.5, 2 ** 31 - 1, 2 ** 31, 2 ** 32, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 5e-324, Number.NaN, Infinity),
  fc.integer(),
  fc.double(),
);

/** A JSON value with hostile leaves and keys (including __proto__ and constructor as own keys). */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    tie("array"),
    tie("object"),
  ),
  array: fc.array(tie("value"), { maxLength: 5 }),
  object: fc.dictionary(fc.oneof(hostileString, fc.constantFrom("__proto__", "constructor", "prototype")), tie("value"), { maxKeys: 5 }),
})).value;

/** JSON nested `depth` levels deep: `[[[…]]]` or `{"a":{"a":…}}`. */
export function deeplyNested(depth: number, kind: "array" | "object"): string {
  return kind === "array" ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
}

/** Body texts that are not the JSON a route expects: malformed, huge, deeply nested, other encodings. */
export const hostileBodyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    '{"a":',
    "{'single':'quotes'}",
    "[1,2,",
    "nul",
    "\uFEFF{}", // a BOM before the JSON
    '{"__proto__":{"admin":true},"constructor":{"prototype":{"polluted":1}}}',
    '{"a":1,"a":2}', // a duplicated key
    "1e99999",
    deeplyNested(5_000, "array"),
    deeplyNested(5_000, "object"),
    `{"x":"${"a".repeat(300_000)}"}`, // over every body limit
    "name=a&name=b&password=c",
    "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--",
  ),
  hostileString,
  hostileJsonValue.map((v) => JSON.stringify(v) ?? "null"),
);

/** Content types a client may claim (right, wrong, malformed). */
export const hostileContentType: fc.Arbitrary<string | null> = fc.constantFrom(
  null,
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=utf-16",
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=latin1",
  "multipart/form-data; boundary=x",
  "text/plain",
  "text/html",
  "application/xml",
  "",
  "garbage/;;;",
);

/** A header value: printable Latin-1 only (what Node's HTTP parser lets through to a handler). */
export const headerValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", "null", "*", "W/\"x\"", '"', '""', "\"a\", W/\"b\"", "http://evil.example", "http://localhost:3000", "Bearer ", "Bearer x"),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: 120 }),
);

/** encodeURIComponent that does not throw: a lone surrogate goes out as the bytes a careless encoder writes for it (CESU-8). */
export function encodeLoosely(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    out += c >= 0xd800 && c <= 0xdfff ? [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join("") : encodeURIComponent(ch);
  }
  return out;
}

/** A query string with hostile names and values, repeated parameters and broken percent-escapes. */
export const hostileQuery: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom("lang", "status", "q", "kind", "plan", "p", "c", "place", "bbox", "limit", "cursor", "__proto__"), hostileString),
      fc.oneof(hostileString, fc.constantFrom("en", "zh", "all", "open", "%", "%zz", "%E0%A4", "%ED%A0%80", "%00")),
    ),
    { maxLength: 6 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${encodeLoosely(k)}=${/%/.test(v) && !/[^%0-9A-Za-z]/.test(v) ? v : encodeLoosely(v)}`).join("&"));

/** A route parameter as Next hands it over (already percent-decoded): slugs, ids and anything else. */
export const hostileRouteParam: fc.Arbitrary<string> = fc.oneof(
  hostileString,
  fc.constantFrom("1", "0", "-1", "1.0", "01", "1e3", "2147483647", "2147483648", "99999999999999999999", "yuan-renyuan-former-residence", "jiuge-shangui", "Jiuge-Shangui"),
  fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/),
);

/**
 * The fuzz tests' seed. `npm test` gates every change, so by default the same inputs run every time
 * and a failure reproduces as it is; FUZZ_SEED=<number> replays another seed and FUZZ_SEED=random
 * explores new inputs (fast-check prints the seed of any failure).
 */
export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.FUZZ_SEED;
  if (raw === "random") return undefined;
  if (raw !== undefined && /^-?\d+$/.test(raw)) return Number(raw);
  return 20261129;
}
