// A synthetic, county-wide set of places for load and scale tests (issue 11: "10,000 places"):
// homestays, sights and services scattered around village centres across Cili County. NOT real
// data: every slug starts with SYNTHETIC_PREFIX, every summary says "合成测试数据 / synthetic test
// data", and the writer (scripts/data-synthetic.ts) cites one source, SYNTHETIC_SOURCE, for all.
//
// Method: a seeded mulberry32 stream (same seed, same set). The township's 17 real villages (2021
// codes, from data/guide-data.json) keep their codes and names but get a generated centre inside
// the township; the rest of the county gets generated villages (code "SYN-…", slug
// "synthetic-village-…"). Places are drawn around a village centre with a normal spread of
// ~600 m (homestays line the valleys near a village, not the ridges). Names are Tujia-area
// surnames + 家 + a lodging word, with pinyin from pinyin-pro and an English name. Cost: linear.
import { pinyin } from "pinyin-pro";
import { mulberry32 } from "../plan/seeded-random";
import type { LocationPrecision, PlaceKind, PlaceStatus, VisitWindow } from "../place-kinds";

export const SYNTHETIC_PREFIX = "synthetic-";
export const SYNTHETIC_SOURCE = {
  key: "synthetic-test-data",
  title: "synthetic test data (npm run data:synthetic): not real places",
  confidence: "very_low",
} as const;

/** Cili County's rough extent (WGS-84), an estimate for test data only; its west edge ≈110.57 E. */
export const CILI_EXTENT = { west: 110.57, south: 29.1, east: 111.4, north: 29.72 } as const;
/** Where the township's real villages get their (generated) centres: the township's inferred envelope. */
const TOWNSHIP_EXTENT = { west: 110.56, south: 29.36, east: 110.76, north: 29.51 } as const;

export type RealVillage = { code12: string; slug: string; nameZh: string; nameEn: string; pinyin: string };
export type SyntheticVillage = RealVillage & { lng: number; lat: number; synthetic: boolean };
export type SyntheticPlace = {
  slug: string;
  kind: PlaceKind;
  red: boolean;
  nameZh: string;
  nameEn: string;
  pinyin: string;
  villageSlug: string;
  status: PlaceStatus;
  statusYear: number;
  summaryZh: string;
  summaryEn: string;
  lng: number | null;
  lat: number | null;
  precision: LocationPrecision;
  precisionRadiusM: number;
  visitMinutes: number;
  visitWindow: VisitWindow;
  openingHours: string | null;
  sortOrder: number;
};
export type SyntheticGuide = { villages: SyntheticVillage[]; places: SyntheticPlace[] };

const SURNAMES = ["向", "覃", "田", "彭", "张", "李", "王", "杜", "卓", "熊", "邓", "唐", "谷", "吴", "朱", "袁", "胡", "龙"];
const VILLAGE_CHARS = ["青", "石", "龙", "溪", "坪", "岗", "峪", "桥", "河", "山", "田", "竹", "枫", "茶", "杉", "白", "黄", "马", "鹤", "云", "水", "岩", "塔", "洞", "柳", "梅", "高", "新"];
/** Kinds and their shares, homestays first (a county's places are mostly lodgings). */
const KIND_SHARES: [PlaceKind, number, string, string][] = [
  ["lodging", 0.72, "民宿", "Homestay"],
  ["scenic", 0.08, "观景台", "Viewpoint"],
  ["service", 0.07, "便民服务点", "Service point"],
  ["camp", 0.05, "露营地", "Campsite"],
  ["street", 0.05, "农家集市", "Farm market"],
  ["performance", 0.02, "山歌堂", "Folk song hall"],
  ["red", 0.01, "红色教育点", "Red education site"],
];
const LODGING_WORDS: [string, string][] = [["民宿", "Homestay"], ["客栈", "Inn"], ["农家乐", "Farmstay"]];
const STATUSES: [PlaceStatus, number][] = [["open", 0.8], ["under_construction", 0.08], ["planned", 0.07], ["unknown", 0.05]];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length) % items.length] as T;
}

function weighted<T>(rand: () => number, shares: readonly (readonly [T, number, ...unknown[]])[]): readonly [T, number, ...unknown[]] {
  let r = rand();
  for (const share of shares) {
    r -= share[1];
    if (r < 0) return share;
  }
  return shares[0] as readonly [T, number, ...unknown[]];
}

/** A normally distributed offset (Box–Muller), in metres. */
function gaussian(rand: () => number, sigma: number): number {
  const u = Math.max(rand(), 1e-12);
  return sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

function within(rand: () => number, e: { west: number; south: number; east: number; north: number }) {
  return { lng: e.west + rand() * (e.east - e.west), lat: e.south + rand() * (e.north - e.south) };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Pinyin with tone marks, syllables of a word joined, words capitalised ("向家" → "Xiàngjiā"). */
function pinyinWord(zh: string): string {
  const word = pinyin(zh, { toneType: "symbol", type: "array" }).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function plainPinyin(zh: string): string {
  const word = pinyin(zh, { toneType: "none", type: "array" }).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function generatedVillages(rand: () => number, n: number): SyntheticVillage[] {
  const villages: SyntheticVillage[] = [];
  for (let i = 1; i <= n; i++) {
    const stem = pick(rand, VILLAGE_CHARS) + pick(rand, VILLAGE_CHARS);
    const id = String(i).padStart(4, "0");
    const at = within(rand, CILI_EXTENT);
    villages.push({
      code12: `SYN-${id}`,
      slug: `${SYNTHETIC_PREFIX}village-${id}`,
      nameZh: `${stem}村`,
      nameEn: `${plainPinyin(stem)} Village`,
      pinyin: `${pinyinWord(stem)} Cūn`,
      lng: round6(at.lng),
      lat: round6(at.lat),
      synthetic: true,
    });
  }
  return villages;
}

/** Villages to spread `count` places over: the real ones first, then one generated per ~40 places. */
function villagesFor(rand: () => number, count: number, real: readonly RealVillage[]): SyntheticVillage[] {
  const located = real.map((v) => ({ ...v, ...within(rand, TOWNSHIP_EXTENT), synthetic: false }));
  const extra = Math.max(0, Math.ceil(count / 40) - real.length);
  return [...located.map((v) => ({ ...v, lng: round6(v.lng), lat: round6(v.lat) })), ...generatedVillages(rand, extra)];
}

function placeAt(rand: () => number, village: SyntheticVillage, sigmaM: number) {
  const dLat = gaussian(rand, sigmaM) / 111_320;
  const dLng = gaussian(rand, sigmaM) / (111_320 * Math.cos((village.lat * Math.PI) / 180));
  return {
    lng: round6(clamp(village.lng + dLng, CILI_EXTENT.west, CILI_EXTENT.east)),
    lat: round6(clamp(village.lat + dLat, CILI_EXTENT.south, CILI_EXTENT.north)),
  };
}

/**
 * `count` synthetic places (count ≥ 1): one `village` place per village (at its centre) while
 * count allows, then places of the other kinds. Deterministic for a given seed.
 */
export function syntheticGuide({ count, seed, realVillages }: { count: number; seed: number; realVillages: readonly RealVillage[] }): SyntheticGuide {
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a whole number ≥ 1, got ${count}`);
  const rand = mulberry32(seed);
  const villages = villagesFor(rand, count, realVillages);
  const places: SyntheticPlace[] = [];
  const id = (i: number) => `${SYNTHETIC_PREFIX}${String(i).padStart(5, "0")}`;
  for (const village of villages) {
    if (places.length >= count) break;
    places.push({
      ...base(id(places.length + 1), places.length, village, rand),
      kind: "village",
      nameZh: village.nameZh,
      nameEn: village.nameEn,
      pinyin: village.pinyin,
      summaryZh: `合成测试数据：${village.nameZh}（非真实村庄信息）`,
      summaryEn: `Synthetic test data: ${village.nameEn} (not real)`,
      lng: village.lng,
      lat: village.lat,
      precision: "approximate",
      precisionRadiusM: 500,
    });
  }
  while (places.length < count) {
    const village = pick(rand, villages);
    const [kind, , wordZh, wordEn] = weighted(rand, KIND_SHARES) as [PlaceKind, number, string, string];
    const surname = pick(rand, SURNAMES);
    const [lodgingZh, lodgingEn] = pick(rand, LODGING_WORDS);
    const [zh, en] = kind === "lodging" ? [lodgingZh, lodgingEn] : [wordZh, wordEn];
    const stem = village.nameZh.replace(/村$/, "");
    const ownerZh = `${surname}家`;
    const nameZh = kind === "lodging" ? `${stem}${ownerZh}${zh}` : `${stem}${zh}`;
    const r = rand();
    const precision: LocationPrecision = r < 0.7 ? "exact" : r < 0.92 ? "approximate" : "village";
    const at = precision === "village" ? null : placeAt(rand, village, 600);
    const owner = plainPinyin(surname);
    const stemEn = village.nameEn.replace(/ Village$/, "");
    places.push({
      ...base(id(places.length + 1), places.length, village, rand),
      kind,
      red: kind === "red",
      nameZh,
      nameEn: kind === "lodging" ? `${owner} Family ${en}, ${stemEn}` : `${stemEn} ${en}`,
      pinyin: kind === "lodging" ? `${pinyinWord(stem)} ${pinyinWord(ownerZh)} ${pinyinWord(zh)}` : `${pinyinWord(stem)} ${pinyinWord(zh)}`,
      summaryZh: `合成测试数据：${village.nameZh}的${zh}（非真实地点）`,
      summaryEn: `Synthetic test data: ${en.toLowerCase()} in ${village.nameEn} (not a real place)`,
      lng: at?.lng ?? null,
      lat: at?.lat ?? null,
      precision,
      precisionRadiusM: precision === "exact" ? 30 + Math.floor(rand() * 21) : precision === "approximate" ? 200 + Math.floor(rand() * 9) * 100 : 1000,
    });
  }
  return { villages, places };
}

function base(slug: string, sortOrder: number, village: SyntheticVillage, rand: () => number) {
  const [status] = weighted(rand, STATUSES) as [PlaceStatus, number];
  return {
    slug,
    red: false,
    villageSlug: village.slug,
    status,
    statusYear: 2021 + Math.floor(rand() * 5),
    visitMinutes: 30 + Math.floor(rand() * 6) * 30,
    visitWindow: "any" as VisitWindow,
    openingHours: null,
    sortOrder,
  };
}
