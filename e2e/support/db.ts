import Database from "better-sqlite3";
import { e2eDatabaseFile, e2ePort } from "./e2e-paths";

const DB_FILE = e2eDatabaseFile(e2ePort());

/** Reads the e2e database directly, to compare what the app shows with what is stored. */
export function dbPlaceCount(): number {
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT COUNT(*) AS n FROM Place").get() as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

export function dbRedPlaceSlugs(): string[] {
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("SELECT slug FROM Place WHERE red = 1 ORDER BY slug").all() as { slug: string }[]).map((r) => r.slug);
  } finally {
    db.close();
  }
}
