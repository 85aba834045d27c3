import "server-only";
import { createHmac } from "node:crypto";
import { prisma } from "@/lib/server/db";
import { getRevalidateToken } from "@/lib/server/config";

// Rate limits kept in the database (RateLimitHit), so they hold across restarts and, with a shared
// database, across instances. A rule allows `limit` hits per key within `windowMs`.

export type RateRule = { bucket: string; limit: number; windowMs: number };

export const SIGN_IN_PER_ACCOUNT: RateRule = { bucket: "sign-in:account", limit: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_ADDRESS: RateRule = { bucket: "sign-in:address", limit: 20, windowMs: 15 * 60_000 };
export const CORRECTIONS_PER_ADDRESS: RateRule = { bucket: "correction:address", limit: 5, windowMs: 60 * 60_000 };

export type RateState = { limited: false } | { limited: true; retryAfterS: number };

/** Whether the key has used up the rule's hits in the current window. */
export async function rateState(rule: RateRule, key: string, now = new Date()): Promise<RateState> {
  const since = new Date(now.getTime() - rule.windowMs);
  const hits = await prisma.rateLimitHit.findMany({
    where: { bucket: rule.bucket, key, at: { gt: since } },
    orderBy: { at: "asc" },
    select: { at: true },
    take: rule.limit,
  });
  if (hits.length < rule.limit) return { limited: false };
  const freeAt = hits[0]!.at.getTime() + rule.windowMs;
  return { limited: true, retryAfterS: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
}

export async function recordHit(rule: RateRule, key: string, now = new Date()): Promise<void> {
  await prisma.$transaction([
    prisma.rateLimitHit.create({ data: { bucket: rule.bucket, key, at: now } }),
    // Old hits are of no use: dropped as new ones come.
    prisma.rateLimitHit.deleteMany({ where: { bucket: rule.bucket, at: { lt: new Date(now.getTime() - rule.windowMs) } } }),
  ]);
}

export async function clearHits(rule: RateRule, key: string): Promise<void> {
  await prisma.rateLimitHit.deleteMany({ where: { bucket: rule.bucket, key } });
}

/**
 * The client's address as a keyed hash (addresses are never stored raw). Behind a reverse proxy
 * the address is the first X-Forwarded-For entry; `next start` alone sets that header from the socket.
 */
export function addressKey(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || headers.get("x-real-ip")?.trim() || "unknown";
  return createHmac("sha256", getRevalidateToken()).update(address).digest("base64url").slice(0, 32);
}
