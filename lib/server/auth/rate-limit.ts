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
 * The client's address as a keyed hash (addresses are never stored raw): the LAST X-Forwarded-For
 * entry, the one added by the hop nearest this server. `next start` fills the header from the
 * socket only when the client sent none, and a reverse proxy that appends (nginx
 * `$proxy_add_x_forwarded_for`) puts the address it saw last, so entries a client wrote itself come
 * earlier and are ignored. Served directly by `next start`, a client that sends its own header can
 * still choose its key; the per-account limit does not depend on it (README, "Staff area").
 */
export function addressKey(headers: Headers): string {
  return hashAddress(clientAddress(headers));
}

export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}

// The key of the address hashes: the server's secret, read once per process (reading it checks
// the environment and touches the token file, too much for every sign-in and correction).
let addressHashKey: string | undefined;

function hashAddress(address: string): string {
  addressHashKey ??= getRevalidateToken();
  return createHmac("sha256", addressHashKey).update(address).digest("base64url").slice(0, 32);
}
