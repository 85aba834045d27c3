// Lodgings written straight into this run's database, for the homestay register tests. The seed's
// lodgings have no village, and a homestay needs one to be numbered; until the journey creates it
// with the staff form, the tests insert it here (at its village's point, village-level precision).
import { e2eDb } from "./db";

export type TestLodging = { slug: string; nameZh: string; nameEn: string | null; village: string };

/** Inserts a lodging (kind "lodging", no number) in the village with this slug. */
export async function insertLodging(lodging: TestLodging): Promise<void> {
  const db = e2eDb();
  const village = await db.village.findUnique({ where: { slug: lodging.village }, select: { id: true } });
  if (!village) throw new Error(`No village ${lodging.village} in the e2e database`);
  const point = await db.place.findUniqueOrThrow({ where: { slug: `village-${lodging.village}` }, select: { lat: true, lng: true } });
  await db.place.create({
    data: {
      slug: lodging.slug,
      kind: "lodging",
      nameZh: lodging.nameZh,
      nameEn: lodging.nameEn,
      pinyin: "minsu",
      villageId: village.id,
      status: "open",
      summaryZh: "端到端测试民宿",
      descriptionZh: "端到端测试用的民宿。",
      lat: point.lat,
      lng: point.lng,
      precision: "village",
      precisionRadiusM: 3000,
      locationNoteZh: "标在所在村的位置。",
      sortOrder: 999,
    },
  });
}

/** The register numbers of a village's numbered, not archived homestays. */
export async function villageNumbers(village: string): Promise<string[]> {
  const rows = await e2eDb().homestayNumber.findMany({
    where: { village: { slug: village }, place: { archivedAt: null } },
    select: { number: true },
    orderBy: { seq: "asc" },
  });
  return rows.map((r) => r.number);
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
