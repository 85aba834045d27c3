import "server-only";
import { Prisma } from "@/lib/server/generated/prisma/client";
import { prisma, writeTransaction } from "@/lib/server/db";
import { dbRead } from "@/lib/server/data-access-error";
import { invalidatePlaces } from "@/lib/server/cache-tags";
import { requireStaff } from "@/lib/server/auth/session";
import { absoluteRequestUrl } from "@/lib/server/plan-qr";
import { HOMESTAY_MAX_SEQ, parseHomestayNumber } from "@/lib/domain/staff/homestay-number";
import { slugSchema } from "@/lib/domain/slug-schema";
import { issueHomestayNumber } from "./homestay-register";

// The homestay register (统一编号并挂牌) for staff: lodgings by village with their numbers, issuing
// a number to a lodging that has none (a revision of the place), and what a plaque prints. Every
// function checks the staff session itself (requireStaff), whatever page or route calls it.

export type HomestayVillage = { slug: string; nameZh: string; nameEn: string; code12: string };

export type HomestayEntry = {
  slug: string;
  nameZh: string;
  nameEn: string | null;
  number: string | null;
  archived: boolean;
};

/** Lodgings of one village (village null: lodgings whose village is not set, which cannot be numbered). */
export type HomestayGroup = { village: HomestayVillage | null; homestays: HomestayEntry[] };

export type HomestayErrorCode = "not_found" | "not_lodging" | "no_village" | "already_numbered" | "register_full";

/** A refusal the staff can act on; the route maps `code` to an HTTP status. */
export class HomestayError extends Error {
  constructor(
    readonly code: HomestayErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "HomestayError";
  }
}

const villageSelect = { slug: true, nameZh: true, nameEn: true, code12: true } as const;

/** Every lodging, archived ones included (their numbers stay taken), grouped by village in village order. */
export async function listHomestays(): Promise<HomestayGroup[]> {
  await requireStaff("editor");
  const rows = await dbRead(() =>
    prisma.place.findMany({
      where: { kind: "lodging" },
      select: { slug: true, nameZh: true, nameEn: true, archivedAt: true, village: { select: villageSelect }, homestayNumber: { select: { seq: true, number: true } } },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
  );
  const villages = await dbRead(() => prisma.village.findMany({ select: { ...villageSelect, id: true }, orderBy: { id: "asc" } }));
  const groups = new Map<string | null, HomestayGroup>();
  for (const v of villages) groups.set(v.slug, { village: { slug: v.slug, nameZh: v.nameZh, nameEn: v.nameEn, code12: v.code12 }, homestays: [] });
  groups.set(null, { village: null, homestays: [] });
  // Numbered homestays first, in number order; then those still without a number.
  const order = (r: (typeof rows)[number]) => r.homestayNumber?.seq ?? HOMESTAY_MAX_SEQ + 1;
  for (const r of [...rows].sort((a, b) => order(a) - order(b))) {
    groups.get(r.village?.slug ?? null)?.homestays.push({
      slug: r.slug,
      nameZh: r.nameZh,
      nameEn: r.nameEn,
      number: r.homestayNumber?.number ?? null,
      archived: r.archivedAt !== null,
    });
  }
  return [...groups.values()].filter((g) => g.homestays.length > 0);
}

const ATTEMPTS = 3;

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

class VersionMoved extends Error {}

/**
 * Issues the next number of its village to the lodging `rawSlug` (not archived, village set, no
 * number yet), in one transaction with a revision of the place (action "number", version + 1),
 * then drops the cached places so the public page shows it. Two issuances racing for the same
 * sequence are refused by the (villageId, seq) unique index; the loser tries again with the next.
 */
export async function issueNumberForPlace(rawSlug: unknown): Promise<{ slug: string; number: string; version: number }> {
  const actor = await requireStaff("editor");
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) throw new HomestayError("not_found", "No place has this address.");
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await writeTransaction(async (tx) => {
        const place = await tx.place.findUnique({
          where: { slug: slug.data },
          select: { id: true, kind: true, version: true, archivedAt: true, villageId: true, homestayNumber: { select: { number: true } } },
        });
        if (!place || place.archivedAt) throw new HomestayError("not_found", "No place has this address (or it is archived).");
        if (place.kind !== "lodging") throw new HomestayError("not_lodging", "Only lodgings (homestays) get a register number.");
        if (place.homestayNumber) throw new HomestayError("already_numbered", `This homestay already has the number ${place.homestayNumber.number}.`);
        if (place.villageId === null) throw new HomestayError("no_village", "Set the homestay's village before numbering it.");
        const last = await tx.homestayNumber.aggregate({ where: { villageId: place.villageId }, _max: { seq: true } });
        if ((last._max.seq ?? 0) >= HOMESTAY_MAX_SEQ) throw new HomestayError("register_full", "This village has used all 999 homestay numbers.");
        const number = await issueHomestayNumber(tx, place.id);
        const version = place.version + 1;
        const moved = await tx.place.updateMany({ where: { id: place.id, version: place.version }, data: { version } });
        if (moved.count !== 1) throw new VersionMoved();
        await tx.revision.create({
          data: {
            placeId: place.id,
            version,
            action: "number",
            changes: JSON.stringify([{ field: "homestayNumber", old: null, new: number }]),
            userId: actor.userId,
          },
        });
        return { slug: slug.data, number, version };
      });
      invalidatePlaces();
      return result;
    } catch (err) {
      if (attempt < ATTEMPTS && (isUniqueViolation(err) || err instanceof VersionMoved)) continue;
      if (err instanceof VersionMoved) throw new Error("The place kept changing while its number was issued; try again.");
      throw err;
    }
  }
}

export type Plaque = {
  slug: string;
  number: string;
  nameZh: string;
  nameEn: string | null;
  village: HomestayVillage;
  /** The public page, absolute, from SITE_URL (never the request's Host). */
  url: string;
};

const plaqueSelect = {
  slug: true,
  nameZh: true,
  nameEn: true,
  homestayNumber: { select: { number: true, village: { select: villageSelect } } },
} as const;

type PlaqueRow = Prisma.PlaceGetPayload<{ select: typeof plaqueSelect }>;

async function toPlaque(row: PlaqueRow): Promise<Plaque | null> {
  if (!row.homestayNumber || !parseHomestayNumber(row.homestayNumber.number)) return null;
  return {
    slug: row.slug,
    number: row.homestayNumber.number,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    // The village the number was issued in (a number never changes, even if the village is edited later).
    village: row.homestayNumber.village,
    url: await absoluteRequestUrl(`/places/${row.slug}`),
  };
}

/** The plaque of a numbered, not archived homestay; null when there is none. */
export async function getPlaque(rawSlug: unknown): Promise<Plaque | null> {
  await requireStaff("editor");
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) return null;
  const row = await dbRead(() => prisma.place.findFirst({ where: { slug: slug.data, kind: "lodging", archivedAt: null }, select: plaqueSelect }));
  return row ? toPlaque(row) : null;
}

/** The plaques of a village's numbered, not archived homestays, in number order; null for an unknown village. */
export async function getVillagePlaques(rawVillage: unknown): Promise<{ village: HomestayVillage; plaques: Plaque[] } | null> {
  await requireStaff("editor");
  const slug = slugSchema.safeParse(rawVillage);
  if (!slug.success) return null;
  const village = await dbRead(() => prisma.village.findUnique({ where: { slug: slug.data }, select: { ...villageSelect, id: true } }));
  if (!village) return null;
  const rows = await dbRead(() =>
    prisma.homestayNumber.findMany({
      where: { villageId: village.id, place: { archivedAt: null, kind: "lodging" } },
      select: { place: { select: plaqueSelect } },
      orderBy: { seq: "asc" },
    }),
  );
  const plaques = (await Promise.all(rows.map((r) => toPlaque(r.place)))).filter((p): p is Plaque => p !== null);
  return { village: { slug: village.slug, nameZh: village.nameZh, nameEn: village.nameEn, code12: village.code12 }, plaques };
}
