// How a process that writes the database (the seed) tells the running guide server to drop its
// cached reads. Shared by prisma/seed.ts and app/api/revalidate (plain module, no "server-only").
//
// Why an endpoint: the server caches reads in its own memory (Next's data cache), which another
// process cannot reach. A data-version row checked on every request would cost a query per request
// and a migration; a call to the server costs nothing until data changes.
//
// Who may call it: whoever holds the token. It is REVALIDATE_SECRET when set (needed when the seed
// runs on another machine); otherwise a random token kept in a file beside the SQLite database
// (mode 0600), created by whichever side needs it first. Anyone who can read that file can also
// rewrite the database, so the token gives no power that they do not already have.
// With PostgreSQL there is no file beside the database, and several instances must agree on the
// token (it also keys the address hashes of the rate limits): REVALIDATE_SECRET is required.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { resolveDatabaseTarget } from "./database-url";

const REVALIDATE_PATH = "/api/revalidate";

type Env = { REVALIDATE_SECRET?: string; DATABASE_URL?: string };

/** The token file beside a SQLite database file. */
export function revalidateTokenFile(databaseUrl: string | undefined): string {
  const target = resolveDatabaseTarget(databaseUrl);
  if (target.kind !== "sqlite") throw new Error(REVALIDATE_SECRET_REQUIRED);
  return `${target.file}.revalidate-token`;
}

export const REVALIDATE_SECRET_REQUIRED =
  "REVALIDATE_SECRET is required with a PostgreSQL DATABASE_URL: every instance and the seed must share it. " +
  "Set it to at least 32 random characters (e.g. `openssl rand -base64 32`).";

/** The token that authorises POST /api/revalidate (see the header for where it comes from). */
export function revalidateToken(env: Env): string {
  const secret = env.REVALIDATE_SECRET?.trim();
  if (secret) return secret;
  const file = revalidateTokenFile(env.DATABASE_URL);
  try {
    writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const token = readFileSync(file, "utf8").trim();
  if (token.length < 32) throw new Error(`${file} holds no valid token: delete it and run the seed again.`);
  return token;
}

/** Compares an Authorization header with the expected token in constant time. */
export function isAuthorized(header: string | null, token: string): boolean {
  const given = Buffer.from(header?.match(/^Bearer (.+)$/)?.[1] ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type NotifyResult = "invalidated" | "no-server" | { failed: string };

/**
 * Asks the guide server at `serverUrl` to drop its cached reads. "no-server" when nothing answers
 * (a server started later reads the new data: its cache lives in memory).
 */
export async function notifyGuideServer(serverUrl: string, token: string): Promise<NotifyResult> {
  let res: Response;
  try {
    res = await fetch(new URL(REVALIDATE_PATH, serverUrl), {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (err) {
    const code = (err as { cause?: { code?: string } }).cause?.code;
    if (code === "ECONNREFUSED") return "no-server";
    return { failed: err instanceof Error ? err.message : String(err) };
  }
  if (res.ok) return "invalidated";
  return { failed: `${res.status} ${(await res.text()).slice(0, 300)}` };
}
