import "server-only";
import { prisma } from "./db";
import { dbRead } from "./data-access-error";
import type { PlaceSummary } from "@/lib/domain/place";
import { LOCATION_PRECISIONS, isLocationPrecision, isPlaceKind, isPlaceStatus, isVisitWindow } from "@/lib/domain/place-kinds";
import { precisionHasOwnPoint } from "@/lib/domain/known-spot";
import type { BBox, PageKey } from "./places-query";

// One page of place summaries (GET /api/places?bbox=…&limit=…&cursor=…), straight from the
// database: a bbox is a range on the indexed lat/lng columns (Place @@index([lat, lng])), the order
// the collection's own (sortOrder, id; @@index([sortOrder, id])) and the page a keyset after the
// cursor. Plain Prisma filters only, so the same query runs on SQLite and PostgreSQL.

/** Precisions whose point is the place's own (known-spot.ts): only these are matched by a bbox. */
const OWN_POINT = LOCATION_PRECISIONS.filter(precisionHasOwnPoint);

const summarySelect = {
  id: true,
  sortOrder: true,
  slug: true,
  kind: true,
  red: true,
  nameZh: true,
  nameEn: true,
  pinyin: true,
  status: true,
  statusYear: true,
  summaryZh: true,
  summaryEn: true,
  lat: true,
  lng: true,
  precision: true,
  precisionRadiusM: true,
  visitMinutes: true,
  visitMinutesEstimated: true,
  visitWindow: true,
  openingHours: true,
  village: { select: { slug: true, nameZh: true, nameEn: true, pinyin: true } },
} as const;

export type PlacePage = { places: PlaceSummary[]; next: PageKey | null };

export function placePageWhere(bbox: BBox | null, after: PageKey | null) {
  return {
    archivedAt: null,
    ...(bbox ? { lat: { gte: bbox.south, lte: bbox.north }, lng: { gte: bbox.west, lte: bbox.east }, precision: { in: OWN_POINT } } : {}),
    ...(after ? { OR: [{ sortOrder: { gt: after.sortOrder } }, { sortOrder: after.sortOrder, id: { gt: after.id } }] } : {}),
  };
}

/** Up to `limit` summaries after `after`, and the key to continue from (null on the last page). */
export async function loadPlacePage({ bbox, limit, after }: { bbox: BBox | null; limit: number; after: PageKey | null }): Promise<PlacePage> {
  const rows = await dbRead(() =>
    prisma.place.findMany({
      where: placePageWhere(bbox, after),
      select: summarySelect,
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      take: limit + 1,
    }),
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { places: page.map(toSummary), next: rows.length > limit && last ? { sortOrder: last.sortOrder, id: last.id } : null };
}

type Row = Awaited<ReturnType<typeof prisma.place.findMany<{ select: typeof summarySelect }>>>[number];

function toSummary(row: Row): PlaceSummary {
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
    summaryZh: row.summaryZh,
    summaryEn: row.summaryEn,
    visitMinutes: row.visitMinutes,
    visitMinutesEstimated: row.visitMinutesEstimated,
    visitWindow: row.visitWindow,
    openingHours: row.openingHours,
    location: {
      point: row.lng !== null && row.lat !== null && precisionHasOwnPoint(row.precision) ? { lng: row.lng, lat: row.lat } : null,
      precision: row.precision,
      radiusM: row.precisionRadiusM,
    },
  };
}
