import "server-only";
import { openCorrectionCounts } from "./corrections";
import { prisma } from "@/lib/server/db";
import { requireStaff } from "@/lib/server/auth/session";
import { attentionCounts, placeAttention, type AttentionCode } from "@/lib/domain/staff/attention";

// The staff home's list: every place, archived ones included, with what each needs
// (lib/domain/staff/attention.ts defines the reasons). Read straight from the database, never
// from the public cache: staff must see their own edits and new corrections at once.

export type StaffPlaceRow = {
  slug: string;
  nameZh: string;
  nameEn: string | null;
  kind: string;
  villageZh: string | null;
  villageEn: string | null;
  precision: string;
  statusYear: number | null;
  openCorrections: number;
  archived: boolean;
  needs: AttentionCode[];
};

export type StaffPlaceList = { rows: StaffPlaceRow[]; counts: Record<AttentionCode, number>; archived: number; currentYear: number };

export async function getStaffPlaceList(now = new Date()): Promise<StaffPlaceList> {
  await requireStaff("editor");
  const currentYear = now.getFullYear();
  const [places, open] = await Promise.all([
    prisma.place.findMany({
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: {
        slug: true,
        id: true,
        nameZh: true,
        nameEn: true,
        kind: true,
        lat: true,
        lng: true,
        precision: true,
        statusYear: true,
        locationSourceId: true,
        archivedAt: true,
        village: { select: { nameZh: true, nameEn: true } },
        sources: { select: { source: { select: { confidence: true } } } },
      },
    }),
    openCorrectionCounts(),
  ]);
  const openBy = open;
  const rows = places.map((p): StaffPlaceRow => {
    const openCorrections = openBy.get(p.id) ?? 0;
    const archived = p.archivedAt !== null;
    return {
      slug: p.slug,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      kind: p.kind,
      villageZh: p.village?.nameZh ?? null,
      villageEn: p.village?.nameEn ?? null,
      precision: p.precision,
      statusYear: p.statusYear,
      openCorrections,
      archived,
      needs: placeAttention(
        {
          lat: p.lat,
          lng: p.lng,
          precision: p.precision,
          statusYear: p.statusYear,
          locationSourceId: p.locationSourceId,
          sourceConfidences: p.sources.map((s) => s.source.confidence),
          openCorrections,
          archived,
        },
        currentYear,
      ),
    };
  });
  return { rows, counts: attentionCounts(rows.map((r) => r.needs)), archived: rows.filter((r) => r.archived).length, currentYear };
}
