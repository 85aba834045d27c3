import "server-only";
import { prisma } from "@/lib/server/db";
import { requireStaff } from "@/lib/server/auth/session";
import {
  CORRECTION_KINDS,
  CORRECTION_STATUSES,
  type CorrectionFilter,
} from "@/lib/domain/corrections/correction-input";
import type { CorrectionView } from "@/lib/domain/corrections/correction-view";

export type { CorrectionView };

// Staff review of visitors' corrections (/staff/corrections). Every function checks the staff
// session itself (requireStaff), whatever page or handler calls it. Accepting happens in the
// place's edit form (/staff/places/[slug]?correction=<id>), which credits the correction in the
// revision it saves; rejecting takes a reason here.

export type CorrectionList = { corrections: CorrectionView[]; truncated: boolean };

/** How many corrections one list shows per status group (the oldest beyond it wait for the next look). */
export const CORRECTION_LIST_LIMIT = 200;

const select = {
  id: true,
  kind: true,
  message: true,
  lat: true,
  lng: true,
  accuracyM: true,
  status: true,
  reason: true,
  lang: true,
  createdAt: true,
  reviewedAt: true,
  reviewedBy: { select: { name: true } },
  place: { select: { slug: true, nameZh: true, nameEn: true, archivedAt: true } },
} as const;

type Row = {
  id: number;
  kind: string;
  message: string;
  lat: number | null;
  lng: number | null;
  accuracyM: number | null;
  status: string;
  reason: string | null;
  lang: string;
  createdAt: Date;
  reviewedAt: Date | null;
  reviewedBy: { name: string } | null;
  place: { slug: string; nameZh: string; nameEn: string | null; archivedAt: Date | null };
};

function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

function toView(row: Row): CorrectionView {
  return {
    id: row.id,
    place: { slug: row.place.slug, nameZh: row.place.nameZh, nameEn: row.place.nameEn, archived: row.place.archivedAt !== null },
    kind: oneOf(CORRECTION_KINDS, row.kind, "other"),
    message: row.message,
    point: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng, accuracyM: row.accuracyM } : null,
    status: oneOf(CORRECTION_STATUSES, row.status, "open"),
    reason: row.reason,
    lang: row.lang === "en" ? "en" : "zh",
    createdAt: row.createdAt.toISOString(),
    reviewedBy: row.reviewedBy?.name ?? null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
  };
}

/**
 * Corrections for review: open ones first (oldest first: the queue), then reviewed ones (latest
 * review first). `filter` keeps one status.
 */
export async function listCorrections(filter: CorrectionFilter = "all"): Promise<CorrectionList> {
  await requireStaff("editor");
  const take = CORRECTION_LIST_LIMIT + 1;
  const open =
    filter === "all" || filter === "open"
      ? await prisma.correction.findMany({ where: { status: "open" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select, take })
      : [];
  const reviewedStatuses = filter === "all" ? ["accepted", "rejected"] : filter === "open" ? [] : [filter];
  const reviewed =
    reviewedStatuses.length > 0
      ? await prisma.correction.findMany({
          where: { status: { in: reviewedStatuses } },
          orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
          select,
          take,
        })
      : [];
  const truncated = open.length > CORRECTION_LIST_LIMIT || reviewed.length > CORRECTION_LIST_LIMIT;
  return {
    corrections: [...open.slice(0, CORRECTION_LIST_LIMIT), ...reviewed.slice(0, CORRECTION_LIST_LIMIT)].map(toView),
    truncated,
  };
}

/** One correction (for the edit form that accepts it), or null. */
export async function getCorrection(id: number): Promise<CorrectionView | null> {
  await requireStaff("editor");
  const row = await prisma.correction.findUnique({ where: { id }, select });
  return row ? toView(row) : null;
}

export type RejectResult = { ok: true } | { ok: false; code: "not_found" | "already_reviewed" };

/**
 * Rejects an open correction with the staff member's reason (already checked: non-empty plain
 * text). Only an open correction can be rejected: two reviewers cannot both decide it.
 */
export async function rejectCorrection(id: number, reason: string, now = new Date()): Promise<RejectResult> {
  const actor = await requireStaff("editor");
  const { count } = await prisma.correction.updateMany({
    where: { id, status: "open" },
    data: { status: "rejected", reason, reviewedById: actor.userId, reviewedAt: now },
  });
  if (count === 1) return { ok: true };
  const exists = await prisma.correction.findUnique({ where: { id }, select: { id: true } });
  return { ok: false, code: exists ? "already_reviewed" : "not_found" };
}

/**
 * Open corrections per place id. No session check of its own: only for data-layer functions that
 * have made theirs (the staff home's list, countOpenCorrectionsByPlace).
 */
export async function openCorrectionCounts(): Promise<Map<number, number>> {
  const groups = await prisma.correction.groupBy({ by: ["placeId"], where: { status: "open" }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.placeId, g._count._all]));
}

/** Open corrections per place, by place slug (places without any are absent). */
export async function countOpenCorrectionsByPlace(): Promise<Record<string, number>> {
  await requireStaff("editor");
  const byId = await openCorrectionCounts();
  if (byId.size === 0) return {};
  const places = await prisma.place.findMany({ where: { id: { in: [...byId.keys()] } }, select: { id: true, slug: true } });
  return Object.fromEntries(places.map((p) => [p.slug, byId.get(p.id) ?? 0]));
}
