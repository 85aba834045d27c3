import "server-only";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { formatHomestayNumber, nextHomestaySeq } from "@/lib/domain/staff/homestay-number";

/**
 * Issues the next homestay number of the place's village, inside the caller's transaction (the
 * caller has checked the staff session). Rows of HomestayNumber are never deleted, so a number is
 * never issued twice; the (villageId, seq) unique index refuses a concurrent duplicate. Returns the
 * place's existing number if it already has one.
 */
export async function issueHomestayNumber(tx: Prisma.TransactionClient, placeId: number): Promise<string> {
  const place = await tx.place.findUnique({
    where: { id: placeId },
    select: { kind: true, village: { select: { id: true, code12: true } }, homestayNumber: { select: { number: true } } },
  });
  if (!place) throw new Error(`No place with id ${placeId}`);
  if (place.homestayNumber) return place.homestayNumber.number;
  if (place.kind !== "lodging") throw new Error("Only lodgings (kind lodging) get a homestay number.");
  if (!place.village) throw new Error("A homestay needs its village before it can be numbered.");
  const issued = await tx.homestayNumber.findMany({ where: { villageId: place.village.id }, select: { seq: true } });
  const seq = nextHomestaySeq(issued.map((r) => r.seq));
  const number = formatHomestayNumber(place.village.code12, seq);
  await tx.homestayNumber.create({ data: { number, villageId: place.village.id, seq, placeId } });
  return number;
}
