// The places' summaries as the page sends them: one string, a line per place and a tab between
// fields (PostgreSQL COPY's text format: `\\`, `\t`, `\n` escaped, `\N` for null), the village as
// its index in the page's village list, and the pinyin syllables of the Chinese name as a field.
//
// Why a string: with 10,000 places the summaries as objects were 6.9 MB of JSON, and React's
// payload reader calls its reviver on every value (≈300,000 calls); as one string they are 2.7 MB,
// read with one reviver call and split here. Round-trips exactly (compact-places.test.ts).
import type { PlaceSummary, VillageRef } from "../place";
import { isLocationPrecision, isPlaceKind, isPlaceStatus, isVisitWindow } from "../place-kinds";
import type { SearchSyllables } from "./types";

const NULL = "\\N";
const FIELDS = 20;

function esc(value: string | null): string {
  if (value === null) return NULL;
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r")) : value;
}

function unesc(field: string): string | null {
  if (field === NULL) return null;
  if (!field.includes("\\")) return field;
  return field.replace(/\\(.)/g, (_, c: string) => (c === "t" ? "\t" : c === "n" ? "\n" : c === "r" ? "\r" : c));
}

const num = (n: number | null) => (n === null ? NULL : String(n));

/** Encodes summaries (in order) against `villages` (by slug); syllables of each nameZh come along. */
export function encodeCompactPlaces(places: readonly PlaceSummary[], villages: readonly VillageRef[], syllables: SearchSyllables): string {
  const villageIndex = new Map(villages.map((v, i) => [v.slug, i]));
  return places
    .map((p) => {
      const village = p.village === null ? null : villageIndex.get(p.village.slug);
      if (village === undefined) throw new Error(`place "${p.slug}" names village "${p.village?.slug}" that is not in the village list`);
      const known = Object.hasOwn(syllables, p.nameZh) ? syllables[p.nameZh] : undefined;
      return [
        esc(p.slug),
        p.kind,
        p.red ? "1" : "0",
        esc(p.nameZh),
        esc(p.nameEn),
        esc(p.pinyin),
        num(village),
        p.status,
        num(p.statusYear),
        esc(p.summaryZh),
        esc(p.summaryEn),
        num(p.visitMinutes),
        p.visitMinutesEstimated ? "1" : "0",
        p.visitWindow,
        esc(p.openingHours),
        num(p.location.point?.lng ?? null),
        num(p.location.point?.lat ?? null),
        p.location.precision,
        String(p.location.radiusM),
        known === undefined ? NULL : esc(known.join(" ")),
      ].join("\t");
    })
    .join("\n");
}

function numberOrNull(field: string | undefined): number | null {
  if (field === undefined || field === NULL) return null;
  const n = Number(field);
  if (!Number.isFinite(n)) throw new Error(`not a number: "${field}"`);
  return n;
}

/** Decodes what encodeCompactPlaces made with the same `villages`; throws on a malformed line. */
export function decodeCompactPlaces(text: string, villages: readonly VillageRef[]): { places: PlaceSummary[]; syllables: Record<string, readonly string[]> } {
  const places: PlaceSummary[] = [];
  const syllables: Record<string, readonly string[]> = {};
  if (text === "") return { places, syllables };
  for (const line of text.split("\n")) {
    const f = line.split("\t");
    if (f.length !== FIELDS) throw new Error(`a compact place has ${f.length} fields, not ${FIELDS}`);
    const [slug, kind, red, nameZh, nameEn, pinyin, village, status, statusYear, summaryZh, summaryEn, visitMinutes, estimated, visitWindow, openingHours, lng, lat, precision, radiusM, syl] = f as [
      string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string,
    ];
    if (!isPlaceKind(kind) || !isPlaceStatus(status) || !isVisitWindow(visitWindow) || !isLocationPrecision(precision)) throw new Error(`a compact place has an unknown kind, status, visit window or precision: ${line.slice(0, 80)}`);
    const villageAt = numberOrNull(village);
    const x = numberOrNull(lng);
    const y = numberOrNull(lat);
    const place: PlaceSummary = {
      slug: unesc(slug) ?? "",
      kind,
      red: red === "1",
      nameZh: unesc(nameZh) ?? "",
      nameEn: unesc(nameEn),
      pinyin: unesc(pinyin) ?? "",
      village: villageAt === null ? null : (villages[villageAt] ?? null),
      status,
      statusYear: numberOrNull(statusYear),
      summaryZh: unesc(summaryZh) ?? "",
      summaryEn: unesc(summaryEn),
      visitMinutes: numberOrNull(visitMinutes),
      visitMinutesEstimated: estimated === "1",
      visitWindow,
      openingHours: unesc(openingHours),
      location: { point: x === null || y === null ? null : { lng: x, lat: y }, precision, radiusM: Number(radiusM) },
    };
    places.push(place);
    const s = unesc(syl);
    if (s !== null) syllables[place.nameZh] = s === "" ? [] : s.split(" ");
  }
  return { places, syllables };
}

/**
 * Every summary of a compact string, with the pinyin search needs: the villages' names (sent apart)
 * and the places' own. What the map pages, the summaries' fetch and the server's first view read.
 */
export function decodeSearchablePlaces(
  text: string,
  villages: readonly VillageRef[],
  villageSyllables: SearchSyllables,
): { places: PlaceSummary[]; searchSyllables: SearchSyllables } {
  const decoded = decodeCompactPlaces(text, villages);
  return { places: decoded.places, searchSyllables: { ...villageSyllables, ...decoded.syllables } };
}

/** Where a page with many places gets all of them (app/api/place-summaries/route.ts). */
export const PLACE_SUMMARIES_API = "/api/place-summaries";

/** GET /api/place-summaries: every summary, compact, against the village list given with it. */
export type PlaceSummariesBody = { villages: VillageRef[]; villageSyllables: SearchSyllables; places: string };

const isString = (v: unknown): v is string => typeof v === "string";
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads a /api/place-summaries body (parsed JSON), or null when it is not one. */
export function readPlaceSummariesBody(value: unknown): PlaceSummariesBody | null {
  if (!isRecord(value) || !isString(value.places) || !Array.isArray(value.villages) || !isRecord(value.villageSyllables)) return null;
  const villages: VillageRef[] = [];
  for (const v of value.villages) {
    if (!isRecord(v) || !isString(v.slug) || !isString(v.nameZh) || !isString(v.nameEn) || !isString(v.pinyin)) return null;
    villages.push({ slug: v.slug, nameZh: v.nameZh, nameEn: v.nameEn, pinyin: v.pinyin });
  }
  const villageSyllables: Record<string, readonly string[]> = {};
  for (const [name, syllables] of Object.entries(value.villageSyllables)) {
    if (!Array.isArray(syllables) || !syllables.every(isString)) return null;
    villageSyllables[name] = syllables;
  }
  return { villages, villageSyllables, places: value.places };
}
