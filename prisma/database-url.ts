// Which database the guide uses. Shared by prisma.config.ts, scripts and lib/server/db.ts
// (plain module, no "server-only", so the Prisma CLI and tsx scripts can import it).
import path from "node:path";

const DEFAULT_SQLITE_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "guide.db");

export type DatabaseTarget = { kind: "sqlite"; url: string; file: string };

/** Returns the SQLite URL to use, or throws an error that says how to fix DATABASE_URL. */
export function resolveDatabaseUrl(raw: string | undefined): string {
  return resolveDatabaseTarget(raw).url;
}

export function resolveDatabaseTarget(raw: string | undefined): DatabaseTarget {
  const value = raw?.trim();
  if (!value) return { kind: "sqlite", url: `file:${DEFAULT_SQLITE_FILE}`, file: DEFAULT_SQLITE_FILE };
  if (value.startsWith("file:")) {
    const rel = value.slice("file:".length);
    if (!rel) throw new Error("DATABASE_URL is 'file:' without a path. Set it like file:./prisma/guide.db");
    const file = path.isAbsolute(rel) ? rel : path.join(/*turbopackIgnore: true*/ process.cwd(), rel);
    return { kind: "sqlite", url: `file:${file}`, file };
  }
  throw new Error(
    `DATABASE_URL must be a SQLite file: URL (e.g. file:./prisma/guide.db); got "${value.split(":")[0]}:…". ` +
      "PostgreSQL is not supported yet (see README, 'Databases').",
  );
}
