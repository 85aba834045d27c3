import "server-only";
import { prisma } from "@/lib/server/db";
import { CORRECTIONS_PER_ADDRESS, rateState, recordHit, type RateState } from "@/lib/server/auth/rate-limit";
import { roundPoint, type CorrectionInput } from "@/lib/domain/corrections/correction-input";

// Visitors' corrections ("报告问题 / Suggest a correction"): no account, limited per address
// (CORRECTIONS_PER_ADDRESS), stored as "open" for staff to review at /staff/corrections. The
// address is kept only as its keyed hash (addressKey), never raw.

export type SubmitResult = { ok: true; id: number } | { ok: false; code: "place_not_found" } | { ok: false; code: "rate_limited"; retryAfterS: number };

/** Whether the address may send another correction now. */
export function correctionRateState(addressHash: string, now = new Date()): Promise<RateState> {
  return rateState(CORRECTIONS_PER_ADDRESS, addressHash, now);
}

/**
 * Stores a checked correction (see correctionProblems) for a public place, counting it against
 * the address. Refused when the address has used up its corrections or the place is unknown or
 * archived.
 */
export async function submitCorrection(input: CorrectionInput, addressHash: string, now = new Date()): Promise<SubmitResult> {
  const state = await correctionRateState(addressHash, now);
  if (state.limited) return { ok: false, code: "rate_limited", retryAfterS: state.retryAfterS };
  const place = await prisma.place.findFirst({ where: { slug: input.place, archivedAt: null }, select: { id: true } });
  if (!place) return { ok: false, code: "place_not_found" };
  // A wrong-location report keeps its point; the other kinds keep one only if the visitor gave it.
  const point = input.point ? roundPoint(input.point) : null;
  const created = await prisma.correction.create({
    data: {
      placeId: place.id,
      kind: input.kind,
      message: input.message,
      lat: point?.lat ?? null,
      lng: point?.lng ?? null,
      accuracyM: point?.accuracyM ?? null,
      status: "open",
      lang: input.lang,
      addressHash,
      createdAt: now,
    },
    select: { id: true },
  });
  await recordHit(CORRECTIONS_PER_ADDRESS, addressHash, now);
  return { ok: true, id: created.id };
}
