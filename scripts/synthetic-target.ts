// Where `npm run data:synthetic` may write: a database of its own, never the guide's real data.
// Refused: the default database (prisma/guide.db), the e2e databases (prisma/e2e.db,
// prisma/e2e-<port>.db) and the app's DATABASE_URL; a database that already holds a place not made
// by the generator is refused at write time too (scripts/data-synthetic.ts). A PostgreSQL URL
// (`postgres://…?schema=synthetic`) names a schema of its own: refused when it is the app's
// DATABASE_URL (same server, database and schema) or the default schema `public`.
import path from "node:path";
import { resolveDatabaseTarget, type PostgresTarget } from "../prisma/database-url";

export const DEFAULT_SYNTHETIC_OUT = "file:./prisma/synthetic.db";

export type SyntheticTarget =
  | { ok: true; kind: "sqlite"; url: string; file: string }
  | { ok: true; kind: "postgres"; url: string; target: PostgresTarget }
  | { ok: false; reason: string };

/** The same PostgreSQL database and schema (user, password and pool settings aside). */
function samePostgres(a: PostgresTarget, b: PostgresTarget): boolean {
  const where = (t: PostgresTarget) => {
    const u = new URL(t.connectionString);
    return `${u.hostname}:${u.port || "5432"}/${u.pathname.replace(/^\//, "")}/${t.schema}`;
  };
  return where(a) === where(b);
}

function postgresTarget(raw: string, databaseUrl: string | undefined): SyntheticTarget {
  let target;
  try {
    target = resolveDatabaseTarget(raw);
  } catch (err) {
    return { ok: false, reason: `--out: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (target.kind !== "postgres") return { ok: false, reason: "--out is not a PostgreSQL URL" };
  if (!new URL(raw).searchParams.has("schema") || target.schema === "public") {
    return { ok: false, reason: "--out must name a PostgreSQL schema of its own (?schema=synthetic), not the default schema public" };
  }
  const app = databaseUrl?.trim();
  if (app && (app.startsWith("postgres://") || app.startsWith("postgresql://"))) {
    const appTarget = resolveDatabaseTarget(app);
    if (appTarget.kind === "postgres" && samePostgres(appTarget, target)) {
      return { ok: false, reason: `refusing to write synthetic places into the app's DATABASE_URL (schema ${target.schema}). Name another schema with --out.` };
    }
  }
  return { ok: true, kind: "postgres", url: target.url, target };
}

export function syntheticTarget({ out, databaseUrl, cwd = process.cwd() }: { out: string | undefined; databaseUrl: string | undefined; cwd?: string }): SyntheticTarget {
  const raw = out ?? DEFAULT_SYNTHETIC_OUT;
  if (raw.startsWith("postgres://") || raw.startsWith("postgresql://")) return postgresTarget(raw, databaseUrl);
  if (!raw.startsWith("file:")) {
    return { ok: false, reason: `--out must be a SQLite file: URL (e.g. ${DEFAULT_SYNTHETIC_OUT}) or a postgres:// URL with ?schema=; got "${raw.split(":")[0]}:…"` };
  }
  const resolve = (url: string) => {
    const rel = url.slice("file:".length);
    return path.isAbsolute(rel) ? rel : path.join(cwd, rel);
  };
  const file = resolve(raw);
  if (raw === "file:") return { ok: false, reason: "--out is 'file:' without a path" };
  const fallback = resolveDatabaseTarget(undefined);
  const real = [path.join(cwd, "prisma", "guide.db"), ...(fallback.kind === "sqlite" ? [fallback.file] : [])];
  if (real.includes(file)) return { ok: false, reason: `refusing to write synthetic places into the guide's real database ${file}` };
  if (path.dirname(file) === path.join(cwd, "prisma") && /^e2e(-\d+)?\.db$/.test(path.basename(file))) {
    return { ok: false, reason: `refusing to write synthetic places into the e2e database ${file}` };
  }
  if (databaseUrl?.trim().startsWith("file:") && resolve(databaseUrl.trim()) === file) {
    const how = out === undefined ? "" : " Name another file with --out.";
    return { ok: false, reason: `refusing to write synthetic places into the app's DATABASE_URL (${file}).${how}` };
  }
  return { ok: true, kind: "sqlite", url: `file:${file}`, file };
}
