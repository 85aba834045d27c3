import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLACE_KINDS, PLACE_STATUSES } from "../place-kinds";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "../slug";
import { SAMPLE_VILLAGES } from "@/lib/test-support/sample-places";
import { DEFAULT_MAP_ZOOM, DEFAULT_VIEW_STATE, mapViewOf, parseViewState, serializeViewState, type ViewState } from "./view-state";

const options = { knownVillages: SAMPLE_VILLAGES };
const parse = (params: Parameters<typeof parseViewState>[0]) => parseViewState(params, options);

describe("parseViewState", () => {
  it("gives the defaults for no parameters", () => {
    expect(parse({})).toEqual({ state: { ...DEFAULT_VIEW_STATE }, problems: [] });
    expect(parse(undefined)).toEqual({ state: { ...DEFAULT_VIEW_STATE }, problems: [] });
    expect(parse(new URLSearchParams(""))).toEqual({ state: { ...DEFAULT_VIEW_STATE }, problems: [] });
  });

  it("reads every parameter; a stray lang= is ignored silently (the language lives in the path)", () => {
    expect(
      parse({
        kind: "village,red",
        village: "zhumugang",
        status: "open,unknown",
        red: "1",
        q: " 株木 ",
        place: "yuan-renyuan-former-residence",
        c: "29.4289,110.6514,13",
        lang: "en",
      }),
    ).toEqual({
      state: {
        kinds: ["village", "red"],
        villages: ["zhumugang"],
        statuses: ["open", "unknown"],
        red: true,
        q: "株木",
        place: "yuan-renyuan-former-residence",
        lat: 29.4289,
        lng: 110.6514,
        z: 13,
      },
      problems: [],
    });
  });

  it("drops unknown kinds, villages and statuses with one problem each", () => {
    expect(parse({ kind: "castle,scenic,Village", village: "atlantis,luotan,Bad Slug!", status: "closed,planned" })).toEqual({
      state: { ...DEFAULT_VIEW_STATE, kinds: ["village", "scenic"], villages: ["luotan"], statuses: ["planned"] },
      problems: [
        { code: "unknown-kind", value: "castle" },
        { code: "unknown-village", value: "atlantis" },
        { code: "invalid-village", value: "bad slug!" },
        { code: "unknown-status", value: "closed" },
      ],
    });
  });

  it("rejects an absurd centre and zoom", () => {
    expect(parse({ c: "1e400,abc,99" })).toEqual({
      state: { ...DEFAULT_VIEW_STATE },
      problems: [{ code: "invalid-centre", value: "1e400,abc,99" }],
    });
    expect(parse({ c: "Infinity,NaN" }).problems).toEqual([{ code: "invalid-centre", value: "Infinity,NaN" }]);
    expect(parse({ c: "0x1d,110,10" }).state.lat).toBeUndefined();
  });

  it("clamps zoom to 8–18 and rounds centre to 6 and zoom to 2 decimals", () => {
    expect(parse({ c: "29.4289,110.6514,99" })).toEqual({
      state: { ...DEFAULT_VIEW_STATE, lat: 29.4289, lng: 110.6514, z: 18 },
      problems: [{ code: "zoom-clamped", value: "99", zoom: 18 }],
    });
    expect(parse({ c: "29.4289,110.6514,2" }).state.z).toBe(8);
    expect(parse({ c: "29.12345678,110.98765432,12.3456" })).toEqual({
      state: { ...DEFAULT_VIEW_STATE, lat: 29.123457, lng: 110.987654, z: 12.35 },
      problems: [],
    });
    expect(parse({ c: "29.4,110.6" })).toEqual({ state: { ...DEFAULT_VIEW_STATE, lat: 29.4, lng: 110.6 }, problems: [] });
    expect(parse({ c: "29.4,110.6,x" })).toEqual({
      state: { ...DEFAULT_VIEW_STATE, lat: 29.4, lng: 110.6 },
      problems: [{ code: "invalid-zoom", value: "x" }],
    });
  });

  it("drops centres outside the region (also swapped axes)", () => {
    expect(parse({ c: "110.6514,29.4289,13" })).toEqual({
      state: { ...DEFAULT_VIEW_STATE },
      problems: [{ code: "centre-outside-region", value: "110.6514,29.4289,13" }],
    });
    expect(parse({ c: "39.9,116.4,12" }).state.lat).toBeUndefined();
    expect(parse({ c: "28,109,8" }).state).toEqual({ ...DEFAULT_VIEW_STATE, lat: 28, lng: 109, z: 8 });
  });

  it("cuts a 10 kB q to 100 characters", () => {
    const { state, problems } = parse({ q: "株".repeat(10_240) });
    expect(state.q).toBe("株".repeat(100));
    expect(problems).toEqual([{ code: "query-cut", max: 100 }]);
  });

  it("tolerates repeated parameters and arrays", () => {
    expect(
      parse({ kind: ["scenic", "village,scenic"], village: ["sanguansi", "luotan"], q: ["a", "b"], lang: ["en", "en"] }),
    ).toEqual({
      state: { ...DEFAULT_VIEW_STATE, kinds: ["village", "scenic"], villages: ["luotan", "sanguansi"], q: "a" },
      problems: [{ code: "repeated-param", param: "q" }],
    });
    const params = new URLSearchParams("kind=red&kind=camp&red=1&red=0&status=open");
    expect(parse(params)).toEqual({
      state: { ...DEFAULT_VIEW_STATE, kinds: ["camp", "red"], statuses: ["open"], red: true },
      problems: [{ code: "repeated-param", param: "red" }],
    });
  });

  it("survives garbage", () => {
    const garbage = {
      kind: [1, null, { a: 1 }, "scenic"],
      village: 42,
      status: ",,,",
      red: "yes",
      q: "",
      place: "../../etc/passwd",
      lang: "fr",
      c: ["", "29.4,110.6,10"],
      __proto__: { kind: "camp" },
      unrelated: "x",
    } as unknown as Record<string, string>;
    expect(parse(garbage)).toEqual({
      state: { ...DEFAULT_VIEW_STATE, kinds: ["scenic"] },
      problems: [
        { code: "invalid-red", value: "yes" },
        { code: "invalid-place", value: "../../etc/passwd" },
        { code: "repeated-param", param: "c" },
        { code: "invalid-centre", value: "" },
      ],
    });
    expect(parse(null as unknown as Record<string, string>).state).toEqual({ ...DEFAULT_VIEW_STATE });
    expect(parse("kind=red" as unknown as Record<string, string>).state).toEqual({ ...DEFAULT_VIEW_STATE });
  });

  it("bounds the work and the messages for huge lists", () => {
    const { state, problems } = parse({ kind: Array.from({ length: 5_000 }, (_, i) => `k${i}`).join(",") });
    expect(state.kinds).toEqual([]);
    expect(problems).toHaveLength(51);
    expect(problems[0]).toEqual({ code: "too-many-values", param: "kind", max: 50 });
    expect(problems[1]).toEqual({ code: "unknown-kind", value: "k0" });
    expect(problems[50]).toEqual({ code: "unknown-kind", value: "k49" });
    expect(parse({ kind: "x".repeat(10_000) }).problems).toEqual([{ code: "unknown-kind", value: `${"x".repeat(40)}…` }]);
  });

  it("never throws on arbitrary input", () => {
    const value = fc.oneof(fc.string({ unit: "binary" }), fc.array(fc.string({ unit: "binary" })), fc.constant(undefined));
    const keys = fc.constantFrom("kind", "village", "status", "red", "q", "place", "c", "lang", "other");
    fc.assert(
      fc.property(fc.dictionary(keys, value), (params) => {
        const { state } = parse(params);
        expect(state.q.length).toBeLessThanOrEqual(200);
      }),
    );
  });
});

describe("serializeViewState", () => {
  it("omits defaults", () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE })).toBe("");
  });

  it("writes the canonical order and form", () => {
    const state: ViewState = {
      place: "village-zhumugang",
      q: "株木 & a+b",
      red: true,
      statuses: [],
      villages: ["zhumugang", "luotan", "zhumugang"],
      kinds: ["red", "village"],
      z: 13,
      lng: 110.6514,
      lat: 29.4289,
    };
    expect(serializeViewState(state)).toBe(
      "kind=village,red&village=luotan,zhumugang&red=1&q=%E6%A0%AA%E6%9C%A8%20%26%20a%2Bb&place=village-zhumugang&c=29.4289,110.6514,13",
    );
    expect(parse(new URLSearchParams(serializeViewState(state)))).toEqual({
      state: { ...state, villages: ["luotan", "zhumugang"], kinds: ["village", "red"] },
      problems: [],
    });
  });

  it("round-trips every canonical state", () => {
    const canonicalState = fc
      .record({
        kinds: fc.subarray([...PLACE_KINDS]),
        villages: fc.subarray([...SAMPLE_VILLAGES].sort()),
        statuses: fc.subarray([...PLACE_STATUSES]),
        red: fc.boolean(),
        q: fc.string({ unit: "binary", maxLength: 120 }),
        place: fc.option(fc.stringMatching(SLUG_PATTERN).filter((s) => s.length <= SLUG_MAX_LENGTH), { nil: undefined }),
        centre: fc.option(
          fc.record({
            lat: fc.integer({ min: 28_000_000, max: 31_000_000 }).map((n) => n / 1e6),
            lng: fc.integer({ min: 109_000_000, max: 112_000_000 }).map((n) => n / 1e6),
            z: fc.option(fc.integer({ min: 800, max: 1800 }).map((n) => n / 100), { nil: undefined }),
          }),
          { nil: undefined },
        ),
      })
      .map(({ centre, q, place, ...rest }) => {
        const state: ViewState = { ...rest, q: parse({ q }).state.q };
        if (place !== undefined) state.place = place;
        if (centre !== undefined) {
          state.lat = centre.lat;
          state.lng = centre.lng;
          if (centre.z !== undefined) state.z = centre.z;
        }
        return state;
      });
    fc.assert(
      fc.property(canonicalState, (state) => {
        const query = serializeViewState(state);
        expect(parse(new URLSearchParams(query))).toEqual({ state, problems: [] });
        // Next hands over decoded values as a record; same result.
        const record = Object.fromEntries(new URLSearchParams(query));
        expect(parse(record).state).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});

describe("mapViewOf", () => {
  it("is the address's map view, with the default zoom when `c=` names none, or null without a centre", () => {
    expect(mapViewOf({ lat: 29.4, lng: 110.6, z: 15 })).toEqual({ lat: 29.4, lng: 110.6, z: 15 });
    expect(mapViewOf({ lat: 29.4, lng: 110.6 })).toEqual({ lat: 29.4, lng: 110.6, z: DEFAULT_MAP_ZOOM });
    expect(mapViewOf({ lat: 29.4 })).toBeNull();
    expect(mapViewOf({})).toBeNull();
  });
});
