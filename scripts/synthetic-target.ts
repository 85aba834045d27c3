// Where `npm run data:synthetic` may write: a database of its own, never the guide's real data.
// Refused: the default database (prisma/guide.db), the e2e databases (prisma/e2e.db,
// prisma/e2e-<port>.db) and the app's DATABASE_URL; a database that already holds a place not made
// by the generator is refused at write time too (scripts/data-synthetic.ts).
import path from "node:path";
import { resolveDatabaseTarget } from "../prisma/database-url";

export const DEFAULT_SYNTHETIC_OUT = "file:./prisma/synthetic.db";

export type SyntheticTarget = { ok: true; url: string; file: string } | { ok: false; reason: string };

export function syntheticTarget({ out, databaseUrl, cwd = process.cwd() }: { out: string | undefined; databaseUrl: string | undefined; cwd?: string }): SyntheticTarget {
  const raw = out ?? DEFAULT_SYNTHETIC_OUT;
  if (!raw.startsWith("file:")) {
    return { ok: false, reason: `--out must be a SQLite file: URL (e.g. ${DEFAULT_SYNTHETIC_OUT}); got "${raw.split(":")[0]}:…"` };
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
  return { ok: true, url: `file:${file}`, file };
}
