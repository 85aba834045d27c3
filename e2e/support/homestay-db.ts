// Lodgings written straight into this run's database, for the homestay register tests. The seed's
// lodgings have no village, and a homestay needs one to be numbered; until the journey creates it
// with the staff form, the tests insert it here (at its village's point, village-level precision).
import { e2eQuery } from "./db";

export type TestLodging = { slug: string; nameZh: string; nameEn: string | null; village: string };

/** Inserts a lodging (kind "lodging", no number) in the village with this slug. */
export async function insertLodging(lodging: TestLodging): Promise<void> {
  const [village] = await e2eQuery(`SELECT "id" FROM "Village" WHERE "slug" = ?`, [lodging.village]);
  if (!village) throw new Error(`No village ${lodging.village} in the e2e database`);
  const [point] = await e2eQuery(`SELECT "lat", "lng" FROM "Place" WHERE "slug" = ?`, [`village-${lodging.village}`]);
  await e2eQuery(
    `INSERT INTO "Place" ("slug", "kind", "nameZh", "nameEn", "pinyin", "villageId", "status", "summaryZh", "descriptionZh", "lat", "lng", "precision", "precisionRadiusM", "locationNoteZh", "sortOrder", "updatedAt")
     VALUES (?, 'lodging', ?, ?, 'minsu', ?, 'open', '端到端测试民宿', '端到端测试用的民宿。', ?, ?, 'village', 3000, '标在所在村的位置。', 999, ?)`,
    [lodging.slug, lodging.nameZh, lodging.nameEn, village.id, point?.lat, point?.lng, new Date().toISOString()],
  );
}

/** The register numbers of a village's numbered, not archived homestays. */
export async function villageNumbers(village: string): Promise<string[]> {
  const rows = await e2eQuery(
    `SELECT h."number" FROM "HomestayNumber" h JOIN "Village" v ON v."id" = h."villageId" JOIN "Place" p ON p."id" = h."placeId"
     WHERE v."slug" = ? AND p."archivedAt" IS NULL ORDER BY h."seq"`,
    [village],
  );
  return rows.map((r) => String(r.number));
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
