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
