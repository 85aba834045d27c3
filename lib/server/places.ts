import "server-only";
import { z } from "zod";
import { cache } from "react";
import { prisma } from "./db";
import { dbRead } from "./data-access-error";
import { CACHE_TAGS, cachedRead } from "./cache-tags";
import { toPlaceSummary, type Place, type PlaceSummary } from "@/lib/domain/place";
import { isLocationPrecision, isPlaceKind, isPlaceStatus, isVisitWindow, SOURCE_CONFIDENCES } from "@/lib/domain/place-kinds";
import { slugSchema } from "@/lib/domain/slug-schema";
import { precisionHasOwnPoint } from "@/lib/domain/known-spot";

// Where places are loaded. Every read selects only what the app shows and maps rows to the
// plain Place DTO (lib/domain/place.ts); nothing outside lib/server sees a Prisma row.

const placeSelect = {
  slug: true,
  kind: true,
  red: true,
  nameZh: true,
  nameEn: true,
  pinyin: true,
  status: true,
  statusYear: true,
  statusNoteZh: true,
  statusNoteEn: true,
  summaryZh: true,
  summaryEn: true,
  descriptionZh: true,
  descriptionEn: true,
  lat: true,
  lng: true,
  precision: true,
  precisionRadiusM: true,
  locationNoteZh: true,
  locationNoteEn: true,
  visitMinutes: true,
  visitMinutesEstimated: true,
  visitWindow: true,
  openingHours: true,
  studyNoteZh: true,
  studyNoteEn: true,
  homestayNumber: { select: { number: true } },
  village: { select: { slug: true, nameZh: true, nameEn: true, pinyin: true } },
  sources: {
    select: {
      note: true,
      source: { select: { key: true, title: true, publisher: true, url: true, publisherPageUnknown: true, published: true, confidence: true } },
    },
    orderBy: { sourceId: "asc" as const },
  },
} as const;

type PlaceRow = Awaited<ReturnType<typeof loadRows>>[number];

// Archived places (staff editing) leave every public read: map, list, API, sitemap, planner.
const PUBLIC = { archivedAt: null };
const ORDER = [{ sortOrder: "asc" as const }, { id: "asc" as const }];

/** Rows `skip`… of the public places, `take` of them, in the data file's order. */
function loadRows(skip: number, take: number) {
  return dbRead(() => prisma.place.findMany({ where: PUBLIC, select: placeSelect, orderBy: ORDER, skip, take }));
}

const confidenceSchema = z.enum(SOURCE_CONFIDENCES);

function toPlace(row: PlaceRow): Place {
  if (!isPlaceKind(row.kind) || !isPlaceStatus(row.status) || !isLocationPrecision(row.precision) || !isVisitWindow(row.visitWindow)) {
    throw new Error(`Place "${row.slug}" has an invalid kind, status, precision or visit window in the database`);
  }
  return {
    slug: row.slug,
    kind: row.kind,
    red: row.red,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    pinyin: row.pinyin,
    village: row.village,
    status: row.status,
    statusYear: row.statusYear,
    statusNoteZh: row.statusNoteZh,
    statusNoteEn: row.statusNoteEn,
    summaryZh: row.summaryZh,
    summaryEn: row.summaryEn,
    descriptionZh: row.descriptionZh,
    descriptionEn: row.descriptionEn,
    location: {
      // A point needs both coordinates, and only an exact or approximate location has one of its
      // own (known-spot.ts): a stray point under a village or township precision is not served.
      point: row.lng !== null && row.lat !== null && precisionHasOwnPoint(row.precision) ? { lng: row.lng, lat: row.lat } : null,
      precision: row.precision,
      radiusM: row.precisionRadiusM,
      noteZh: row.locationNoteZh,
      noteEn: row.locationNoteEn,
    },
    visitMinutes: row.visitMinutes,
    visitMinutesEstimated: row.visitMinutesEstimated,
    visitWindow: row.visitWindow,
    openingHours: row.openingHours,
    studyNoteZh: row.studyNoteZh,
    studyNoteEn: row.studyNoteEn,
    homestayNumber: row.homestayNumber?.number ?? null,
    sources: row.sources.map(({ note, source }) => ({ ...source, confidence: confidenceSchema.parse(source.confidence), note })),
  };
}

// Cached across requests (lib/server/cache-tags.ts) in chunks of PLACES_CHUNK places: Next's data
// cache refuses an entry over 2 MB (it then reads the database on every request), and a county's
// 10,000 places are about 13 MB. React's cache() on top shares one copy within a request.
export const PLACES_CHUNK = 200;

const loadPlaceCount = cachedRead("places-count", [CACHE_TAGS.places], (): Promise<number> => dbRead(() => prisma.place.count({ where: PUBLIC })));

const loadPlacesChunk = cachedRead("places-chunk", [CACHE_TAGS.places, CACHE_TAGS.villages], async (index: string): Promise<Place[]> =>
  (await loadRows(Number(index) * PLACES_CHUNK, PLACES_CHUNK)).map(toPlace),
);

/** Calls `read` for every chunk of the public places (cached reads), in order. */
export async function forEachPlacesChunk<T>(read: (index: string) => Promise<T>): Promise<T[]> {
  const count = await loadPlaceCount();
  return Promise.all(Array.from({ length: Math.ceil(count / PLACES_CHUNK) }, (_, i) => read(String(i))));
}

/** The chunk `index` of the public places (PLACES_CHUNK of them, in order). */
export const getPlacesChunk = (index: string): Promise<Place[]> => loadPlacesChunk(index);

async function loadPlaces(): Promise<Place[]> {
  return (await forEachPlacesChunk(loadPlacesChunk)).flat();
}

/** All places, in the data file's order. */
export const getPlaces = cache((): Promise<Place[]> => loadPlaces());

/** Every place's summary (what markers, the list, search and the planner need), in the same order. */
export const getPlaceSummaries = cache(async (): Promise<PlaceSummary[]> => (await getPlaces()).map(toPlaceSummary));

/** One place by slug; null for an unknown or malformed slug (never throws on bad input). */
export const getPlace = cache(async (rawSlug: unknown): Promise<Place | null> => {
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) return null;
  return loadPlace(slug.data);
});

// One place by slug (a place page, /api/places/[slug]): its own row, cached, rather than all places.
const loadPlace = cachedRead("place", [CACHE_TAGS.places, CACHE_TAGS.villages], async (slug: string): Promise<Place | null> => {
  const row = await dbRead(() => prisma.place.findFirst({ where: { ...PUBLIC, slug }, select: placeSelect }));
  return row ? toPlace(row) : null;
});

export async function countPlaces(): Promise<number> {
  return dbRead(() => prisma.place.count());
}

// --- Archived places (staff editing, issue 9) ---------------------------------------------------

export type ArchivedPlace = { slug: string; nameZh: string; nameEn: string | null; archivedAt: string };

/** An archived place's names, for the page its old link gets (410); null when not archived or unknown. */
export const getArchivedPlace = cache(async (rawSlug: unknown): Promise<ArchivedPlace | null> => {
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) return null;
  const row = await dbRead(() =>
    prisma.place.findFirst({ where: { slug: slug.data, archivedAt: { not: null } }, select: { slug: true, nameZh: true, nameEn: true, archivedAt: true } }),
  );
  return row?.archivedAt ? { slug: row.slug, nameZh: row.nameZh, nameEn: row.nameEn, archivedAt: row.archivedAt.toISOString() } : null;
});

/** Every archived place's names by slug, for the cached place page's 404 (its slug comes from the route). */
export const getArchivedPlaceNames = cachedRead(
  "archived-place-names",
  [CACHE_TAGS.places],
  async (): Promise<Record<string, { nameZh: string; nameEn: string | null }>> => {
    const rows = await dbRead(() => prisma.place.findMany({ where: { archivedAt: { not: null } }, select: { slug: true, nameZh: true, nameEn: true } }));
    return Object.fromEntries(rows.map((r) => [r.slug, { nameZh: r.nameZh, nameEn: r.nameEn }]));
  },
);
