import "server-only";
import { prisma } from "@/lib/server/db";
import { verifyPassword } from "./password";
import { clearHits, rateState, recordHit, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS } from "./rate-limit";
import { startSession } from "./session";

export type SignInResult = { ok: true } | { ok: false; code: "invalid" } | { ok: false; code: "locked"; retryAfterS: number };

/**
 * Checks a name and password and starts a session. Failures count against the account and the
 * address; when either is used up, sign-in is refused with the time to wait, even with the right
 * password. An unknown name, a wrong password and a disabled account all answer "invalid".
 */
export async function signIn(name: string, password: string, address: string): Promise<SignInResult> {
  const accountKey = name.normalize("NFC").toLowerCase();
  for (const [rule, key] of [
    [SIGN_IN_PER_ACCOUNT, accountKey],
    [SIGN_IN_PER_ADDRESS, address],
  ] as const) {
    const state = await rateState(rule, key);
    if (state.limited) return { ok: false, code: "locked", retryAfterS: state.retryAfterS };
  }
  const user = await prisma.user.findUnique({ where: { name }, select: { id: true, passwordHash: true, disabledAt: true } });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.disabledAt !== null) {
    await recordHit(SIGN_IN_PER_ACCOUNT, accountKey);
    await recordHit(SIGN_IN_PER_ADDRESS, address);
    return { ok: false, code: "invalid" };
  }
  await clearHits(SIGN_IN_PER_ACCOUNT, accountKey);
  await startSession(user.id);
  return { ok: true };
}
