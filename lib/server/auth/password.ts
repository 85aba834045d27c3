// Not "server-only": the `user:add` command (scripts/user-add.ts) hashes with it too.
import argon2 from "argon2";

// Passwords are hashed with argon2id (the argon2 package's default type), with its default cost
// (64 MiB, 3 passes). A hash is never logged or returned by any API.

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/domain/staff/user-input";

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

// Verified against when the account does not exist, so a sign-in takes as long either way and its
// timing does not reveal which names are accounts.
let dummyHash: Promise<string> | undefined;

/** Whether the password matches the stored hash; `null` (no such account) always fails, in equal time. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hashPassword("not-an-account-password");
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await argon2.verify(storedHash, password);
  } catch {
    return false;
  }
}
