// Lodgings written straight into this run's database, for the homestay register tests. The seed's
// lodgings have no village, and a homestay needs one to be numbered; until the journey creates it
// with the staff form, the tests insert it here (at its village's point, village-level precision).
import Database from "better-sqlite3";
import { e2eDatabaseFile, e2ePort } from "./e2e-paths";

const DB_FILE = e2eDatabaseFile(e2ePort());

export type TestLodging = { slug: string; nameZh: string; nameEn: string | null; village: string };

/** Inserts a lodging (kind "lodging", no number) in the village with this slug. */
export function insertLodging(lodging: TestLodging): void {
  const db = new Database(DB_FILE, { fileMustExist: true });
  try {
    const village = db.prepare("SELECT id FROM Village WHERE slug = ?").get(lodging.village) as { id: number } | undefined;
    if (!village) throw new Error(`No village ${lodging.village} in the e2e database`);
    const point = db.prepare("SELECT lat, lng FROM Place WHERE slug = ?").get(`village-${lodging.village}`) as { lat: number; lng: number };
    db.prepare(
      `INSERT INTO Place (slug, kind, nameZh, nameEn, pinyin, villageId, status, summaryZh, descriptionZh, lat, lng, precision, precisionRadiusM, locationNoteZh, sortOrder, updatedAt)
       VALUES (?, 'lodging', ?, ?, 'minsu', ?, 'open', '端到端测试民宿', '端到端测试用的民宿。', ?, ?, 'village', 3000, '标在所在村的位置。', 999, ?)`,
    ).run(lodging.slug, lodging.nameZh, lodging.nameEn, village.id, point.lat, point.lng, new Date().toISOString());
  } finally {
    db.close();
  }
}

/** The register numbers of a village's numbered, not archived homestays. */
export function villageNumbers(village: string): string[] {
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `SELECT h.number FROM HomestayNumber h JOIN Village v ON v.id = h.villageId JOIN Place p ON p.id = h.placeId
         WHERE v.slug = ? AND p.archivedAt IS NULL ORDER BY h.seq`,
      )
      .all(village) as { number: string }[];
    return rows.map((r) => r.number);
  } finally {
    db.close();
  }
}

/** A PDF's pages (page objects, not the /Pages tree) and their MediaBox sizes in points. */
export function pdfPages(pdf: Buffer): { count: number; sizes: [number, number][] } {
  const text = pdf.toString("latin1");
  const count = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map(
    (m): [number, number] => [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])],
  );
  return { count, sizes };
}
