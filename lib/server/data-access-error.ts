import "server-only";

/** The database could not be read (unreachable, missing file, …). Route handlers answer 503. */
export class DataAccessError extends Error {
  constructor(cause: unknown) {
    super(`The database could not be read: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "DataAccessError";
  }
}

/** Runs a database read; any failure of the driver becomes a DataAccessError. */
export async function dbRead<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    throw new DataAccessError(err);
  }
}

/** Seconds a client should wait before asking again while the database is away (Retry-After). */
export const DATABASE_RETRY_AFTER_S = 5;

// What the drivers say when the database cannot be reached or has no connection to spare:
// Prisma's codes (P1001 unreachable, P1002/P1008 timed out, P1017 connection closed, P2024 no
// connection from the pool in time), the driver adapters' error kinds, and node-postgres' and
// PostgreSQL's own words (57P01 admin shutdown, 57P03 starting up, 53300 too many connections).
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "57P01", "57P02", "57P03", "53300", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "SQLITE_CANTOPEN", "SQLITE_BUSY"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "DatabaseDoesNotExist", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionStartTimeout"]);
const UNAVAILABLE_WORDS =
  /ECONNREFUSED|ECONNRESET|Connection terminated|timeout exceeded when trying to connect|terminating connection|the database system is (shutting down|starting up)|Can't reach database|unable to open database|Unable to start a transaction in the given time|too many clients/i;

/** Whether an error (or any error in its cause chain) means the database is away, not that the request was wrong. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (depth > 5 || typeof err !== "object" || err === null) return false;
  if (err instanceof DataAccessError) return true;
  const e = err as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; name?: unknown };
  if (e.name === "PrismaClientInitializationError") return true;
  if (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && UNAVAILABLE_WORDS.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
