// The map page's view state as it lives in the URL: which filters are on, the search text, the
// selected place and the map centre/zoom (the language lives in the path, not here). Parsing never
// throws; anything unusable is dropped and reported in `problems` as codes with their data
// (rendered in words by lib/domain/messages-problems.ts). Runs in the browser with the first view,
// so it checks its few value shapes (a member of a list, a slug, a plain decimal) itself: a schema
// library here cost the first view 26 kB gzip (Turbopack keeps most of zod's core for zod/mini).
import { PLACE_KINDS, PLACE_STATUSES, type PlaceKind, type PlaceStatus } from "../place-kinds";
import { formatCoordinate } from "./format-coordinate";
import { MAX_QUERY_LENGTH, sanitizeQuery } from "./sanitize-query";
import { isSlug } from "../slug";

export type ViewState = {
  /** Kinds shown; empty = all. Canonical order: PLACE_KINDS. */
  kinds: PlaceKind[];
  /** Village slugs; empty = all. Canonical order: alphabetical. */
  villages: string[];
  /** Statuses shown; empty = all. Canonical order: PLACE_STATUSES. */
  statuses: PlaceStatus[];
  /** Only red-tourism places. */
  red: boolean;
  q: string;
  /** Slug of the selected place. */
  place?: string;
  /** Map centre (WGS-84) and zoom; lat and lng come together, z only with them. */
  lat?: number;
  lng?: number;
  z?: number;
};

/**
 * Something in the URL that was dropped or changed. `value` is the raw value as written (cut to
 * 40 characters plus "…"), `param` a parameter name.
 */
export type ViewProblem =
  | {
      readonly code:
        | "unknown-kind"
        | "unknown-village"
        | "invalid-village"
        | "unknown-status"
        | "invalid-red"
        | "invalid-place"
        | "invalid-centre"
        | "centre-outside-region"
        | "invalid-zoom";
      readonly value: string;
    }
  | { readonly code: "zoom-clamped"; readonly value: string; readonly zoom: number }
  | { readonly code: "repeated-param"; readonly param: string }
  | { readonly code: "too-many-values"; readonly param: string; readonly max: number }
  | { readonly code: "query-cut"; readonly max: number };

export const DEFAULT_VIEW_STATE: Readonly<ViewState> = Object.freeze({
  kinds: [],
  villages: [],
  statuses: [],
  red: false,
  q: "",
});

export type SearchParamsInput =
  | Record<string, string | string[] | undefined>
  | URLSearchParams
  | null
  | undefined;

export type ParseViewStateOptions = { knownVillages: ReadonlySet<string> };

/** Zoom range the page allows. */
export const ZOOM_MIN = 8;
/** The zoom of a map centre given without one (`c=lat,lng`). */
export const DEFAULT_MAP_ZOOM = 13;

/** The map view the address gives (`c=`): its centre and zoom (DEFAULT_MAP_ZOOM when it names none), or null. */
export function mapViewOf(view: Pick<ViewState, "lat" | "lng" | "z">): { lat: number; lng: number; z: number } | null {
  return view.lat !== undefined && view.lng !== undefined ? { lat: view.lat, lng: view.lng, z: view.z ?? DEFAULT_MAP_ZOOM } : null;
}
const ZOOM_MAX = 18;
/** Map centres outside this generous box around Zhangjiajie are rejected. */
export const CENTRE_BOUNDS = { south: 28, north: 31, west: 109, east: 112 } as const;

/** `value` as a member of `vocabulary`, or null. */
function member<T extends string>(vocabulary: readonly T[], value: string): T | null {
  return vocabulary.find((word) => word === value) ?? null;
}
const RED_VALUES = ["1", "true", "0", "false"] as const;
/** Plain decimal numbers only: no exponents, hex, Infinity or NaN ("1e400" is refused). */
const DECIMAL = /^[+-]?\d{1,3}(\.\d{1,15})?$/;
function decimal(value: string): number | null {
  return DECIMAL.test(value) ? Number(value) : null;
}
/** A raw parameter value: a string or the array Next gives for a repeated parameter (its strings). */
function rawValues(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** List parameters read at most this many values (the rest are reported, not parsed). */
const MAX_LIST_VALUES = 50;
const CENTRE_DECIMALS = 6;
const ZOOM_DECIMALS = 2;

/** A raw value for a problem report: at most 40 characters, then "…". */
function shorten(value: string): string {
  const chars = Array.from(value);
  return chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : value;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0; // + 0 turns -0 into 0
}

function readParams(input: SearchParamsInput): Map<string, string[]> {
  const params = new Map<string, string[]>();
  if (input instanceof URLSearchParams) {
    for (const [key, value] of input) params.set(key, [...(params.get(key) ?? []), value]);
    return params;
  }
  if (typeof input !== "object" || input === null) return params;
  for (const key of ["kind", "village", "status", "red", "q", "place", "c"]) {
    if (!Object.prototype.hasOwnProperty.call(input, key)) continue;
    const values = rawValues((input as Record<string, unknown>)[key]);
    if (values.length > 0) params.set(key, values);
  }
  return params;
}

/** Comma-separated (and possibly repeated) list parameter → trimmed, lower-cased, unique values. */
function readList(params: Map<string, string[]>, key: string, problems: ViewProblem[]): string[] {
  const values: string[] = [];
  let dropped = false;
  for (const raw of params.get(key) ?? []) {
    for (const item of raw.split(",", MAX_LIST_VALUES + 1)) {
      const value = item.trim().toLowerCase();
      if (value === "" || values.includes(value)) continue;
      if (values.length >= MAX_LIST_VALUES) {
        dropped = true;
        continue;
      }
      values.push(value);
    }
  }
  if (dropped) problems.push({ code: "too-many-values", param: key, max: MAX_LIST_VALUES });
  return values;
}

/** Single-valued parameter: the first value; a different repeat is reported. */
function readOne(params: Map<string, string[]>, key: string, problems: ViewProblem[]): string | undefined {
  const values = params.get(key);
  if (values === undefined) return undefined;
  if (values.some((value) => value !== values[0])) {
    problems.push({ code: "repeated-param", param: key });
  }
  return values[0];
}

function inVocabularyOrder<T extends string>(vocabulary: readonly T[], values: Iterable<T>): T[] {
  const set = new Set(values);
  return vocabulary.filter((value) => set.has(value));
}

function parseCentre(raw: string, problems: ViewProblem[]): Pick<ViewState, "lat" | "lng" | "z"> {
  const parts = raw.split(",").map((part) => part.trim());
  const lat = decimal(parts[0] ?? "");
  const lng = decimal(parts[1] ?? "");
  if (parts.length < 2 || parts.length > 3 || lat === null || lng === null) {
    problems.push({ code: "invalid-centre", value: shorten(raw) });
    return {};
  }
  const { south, north, west, east } = CENTRE_BOUNDS;
  if (lat < south || lat > north || lng < west || lng > east) {
    problems.push({ code: "centre-outside-region", value: shorten(raw) });
    return {};
  }
  const centre = { lat: round(lat, CENTRE_DECIMALS), lng: round(lng, CENTRE_DECIMALS) };
  const rawZoom = parts[2];
  if (rawZoom === undefined || rawZoom === "") return centre;
  const zoom = decimal(rawZoom);
  if (zoom === null) {
    problems.push({ code: "invalid-zoom", value: shorten(rawZoom) });
    return centre;
  }
  const z = round(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, zoom)), ZOOM_DECIMALS);
  if (z !== round(zoom, ZOOM_DECIMALS)) problems.push({ code: "zoom-clamped", value: shorten(rawZoom), zoom: z });
  return { ...centre, z };
}

/**
 * Reads the view state from Next's `searchParams` (or a URLSearchParams). Never throws.
 * Parameters: `kind`, `village`, `status` (comma-separated, may repeat), `red=1`, `q`, `place`,
 * `c=lat,lng,zoom`. Unknown values are dropped with one problem each
 * (`{ code: "unknown-kind", value: "castle" }`); values are case-insensitive; lists come back de-duplicated
 * in canonical order; zoom is clamped to 8–18; centres outside lat 28–31 / lng 109–112 are dropped;
 * q is trimmed and cut to 100 characters. Other parameters (also a stray `lang=`: the language
 * lives in the path) are ignored silently.
 */
export function parseViewState(
  searchParams: SearchParamsInput,
  { knownVillages }: ParseViewStateOptions,
): { state: ViewState; problems: ViewProblem[] } {
  const problems: ViewProblem[] = [];
  const params = readParams(searchParams);

  const kinds: PlaceKind[] = [];
  for (const value of readList(params, "kind", problems)) {
    const kind = member(PLACE_KINDS, value);
    if (kind !== null) kinds.push(kind);
    else problems.push({ code: "unknown-kind", value: shorten(value) });
  }

  const villages: string[] = [];
  for (const value of readList(params, "village", problems)) {
    if (!isSlug(value)) problems.push({ code: "invalid-village", value: shorten(value) });
    else if (!knownVillages.has(value)) problems.push({ code: "unknown-village", value: shorten(value) });
    else villages.push(value);
  }

  const statuses: PlaceStatus[] = [];
  for (const value of readList(params, "status", problems)) {
    const status = member(PLACE_STATUSES, value);
    if (status !== null) statuses.push(status);
    else problems.push({ code: "unknown-status", value: shorten(value) });
  }

  let red = false;
  const rawRed = readOne(params, "red", problems);
  if (rawRed !== undefined) {
    const parsed = member(RED_VALUES, rawRed.trim().toLowerCase());
    if (parsed !== null) red = parsed === "1" || parsed === "true";
    else problems.push({ code: "invalid-red", value: shorten(rawRed) });
  }

  let q = "";
  const rawQ = readOne(params, "q", problems);
  if (rawQ !== undefined) {
    q = sanitizeQuery(rawQ);
    const trimmed = rawQ.trim();
    const tooLong =
      trimmed.length > MAX_QUERY_LENGTH &&
      (trimmed.length > 2 * MAX_QUERY_LENGTH || Array.from(trimmed).length > MAX_QUERY_LENGTH);
    if (tooLong) problems.push({ code: "query-cut", max: MAX_QUERY_LENGTH });
  }

  const state: ViewState = {
    kinds: inVocabularyOrder(PLACE_KINDS, kinds),
    villages: [...new Set(villages)].sort(),
    statuses: inVocabularyOrder(PLACE_STATUSES, statuses),
    red,
    q,
  };

  const rawPlace = readOne(params, "place", problems);
  if (rawPlace !== undefined) {
    const place = rawPlace.trim().toLowerCase();
    if (isSlug(place)) state.place = place;
    else problems.push({ code: "invalid-place", value: shorten(rawPlace) });
  }

  const rawCentre = readOne(params, "c", problems);
  if (rawCentre !== undefined) Object.assign(state, parseCentre(rawCentre, problems));

  return { state, problems };
}

/**
 * The query string (without "?") for a view state, parameters in the canonical order kind,
 * village, status, red, q, place, c; defaults (empty lists, red off, empty q, no place, no
 * centre) omitted; commas kept literal, everything else encodeURIComponent-ed. Lists are
 * de-duplicated and ordered, q sanitized, numbers rounded as parseViewState rounds them, so
 * parseViewState(serializeViewState(s)) gives back the canonical form of s.
 * Use it as `new URLSearchParams(serializeViewState(s))` or `?${serializeViewState(s)}`.
 */
export function serializeViewState(state: ViewState): string {
  const parts: string[] = [];
  const add = (key: string, value: string) => parts.push(`${key}=${value}`);
  const list = (values: readonly string[]) => values.map(encodeURIComponent).join(",");

  const kinds = inVocabularyOrder(PLACE_KINDS, state.kinds);
  if (kinds.length > 0) add("kind", list(kinds));
  const villages = [...new Set(state.villages)].sort();
  if (villages.length > 0) add("village", list(villages));
  const statuses = inVocabularyOrder(PLACE_STATUSES, state.statuses);
  if (statuses.length > 0) add("status", list(statuses));
  if (state.red) add("red", "1");
  const q = sanitizeQuery(state.q);
  if (q !== "") add("q", encodeURIComponent(q));
  if (state.place !== undefined && state.place !== "") add("place", encodeURIComponent(state.place));
  if (
    state.lat !== undefined &&
    state.lng !== undefined &&
    Number.isFinite(state.lat) &&
    Number.isFinite(state.lng)
  ) {
    const centre = [
      formatCoordinate(round(state.lat, CENTRE_DECIMALS)),
      formatCoordinate(round(state.lng, CENTRE_DECIMALS)),
    ];
    if (state.z !== undefined && Number.isFinite(state.z)) {
      centre.push(formatCoordinate(round(state.z, ZOOM_DECIMALS)));
    }
    add("c", centre.join(","));
  }
  return parts.join("&");
}
