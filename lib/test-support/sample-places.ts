// The one set of sample places for unit tests (test support, not shipped): Place DTOs shaped like
// entries of data/guide-data.json with shortened texts. Test data only: the coordinates, statuses
// and texts are plausible stand-ins, not reviewed guide data (that lives in data/guide-data.json).
// SAMPLE_PLACES is a small township: four villages, a red site, a scenic spot, a show and a
// service. Three places share the township seat's point; 袁任远故居 is village-level (drawn at
// 株木岗村's point); 九歌山鬼 and 苗岭村 have no known spot, as most places of the real data. SAMPLE_BROWSE_PLACES is the same set as the browsing UI sees it.
import { toBrowsePlace } from "@/lib/domain/browse/to-browse-place";
import type { BrowsePlace } from "@/lib/domain/browse/types";
import type { Place, PlaceLocation, VillageRef } from "@/lib/domain/place";

const ZHUMUGANG: VillageRef = { slug: "zhumugang", nameZh: "株木岗村", nameEn: "Zhumugang Village", pinyin: "Zhūmùgǎng Cūn" };
const SANGUANSI: VillageRef = { slug: "sanguansi", nameZh: "三官寺村", nameEn: "Sanguansi Village", pinyin: "Sānguānsì Cūn" };
const LUOTAN: VillageRef = { slug: "luotan", nameZh: "罗潭村", nameEn: "Luotan Village", pinyin: "Luótán Cūn" };
const MIAOLING: VillageRef = { slug: "miaoling", nameZh: "苗岭村", nameEn: "Miaoling Village", pinyin: "Miáolǐng Cūn" };

/** The township government's point, shared by several places. */
const SEAT_POINT = { lng: 110.651389, lat: 29.428889 } as const;

/** Fields that most sample places leave empty. */
const NONE: Pick<
  Place,
    | "statusYear"
  | "statusNoteZh"
  | "statusNoteEn"
  | "descriptionEn"
  | "visitMinutes"
  | "visitMinutesEstimated"
  | "visitWindow"
  | "openingHours"
  | "studyNoteZh"
  | "studyNoteEn"
  | "homestayNumber"
  | "sources"
> = {
  statusYear: null,
  statusNoteZh: null,
  statusNoteEn: null,
  descriptionEn: null,
  visitMinutes: null,
  visitMinutesEstimated: true,
  visitWindow: "any",
  openingHours: null,
  studyNoteZh: null,
  studyNoteEn: null,
  homestayNumber: null,
  sources: [],
};

function located(lng: number, lat: number, precision: "exact" | "approximate", radiusM: number): PlaceLocation {
  return { point: { lng, lat }, precision, radiusM, noteZh: "示例位置。", noteEn: "Sample location." };
}

/** No point of its own: township-level, or village-level (drawn at its village's point when that has one). */
function unlocated(precision: "village" | "township", radiusM: number): PlaceLocation {
  return { point: null, precision, radiusM, noteZh: "位置未知。", noteEn: "Location unknown." };
}

/** 袁任远故居: red, status unknown, village-level (at 株木岗村's point), with a study note. */
export const RESIDENCE: Place = {
  slug: "yuan-renyuan-former-residence",
  kind: "red",
  red: true,
  nameZh: "袁任远故居",
  nameEn: "Former Residence of Yuan Renyuan",
  pinyin: "Yuán Rènyuǎn Gùjū",
  village: ZHUMUGANG,
  status: "unknown",
  statusYear: null,
  statusNoteZh: "没有资料说明是否对外开放",
  statusNoteEn: "No source says whether it is open to visitors",
  summaryZh: "革命家袁任远（1898–1986）在株木岗村的故居",
  summaryEn: "Home of the revolutionary Yuan Renyuan (1898–1986) in Zhumugang Village",
  descriptionZh: "袁任远（1898–1986）出生在株木岗村。",
  descriptionEn: "Yuan Renyuan (1898–1986) was born in Zhumugang Village.",
  location: unlocated("village", 3000),
  visitMinutes: 60,
  visitMinutesEstimated: true,
  visitWindow: "any",
  openingHours: null,
  studyNoteZh: "党课与现场教学点（规划）。",
  studyNoteEn: "Party lessons and teaching points (planned).",
  homestayNumber: null,
  sources: [],
};

/** 株木岗村红色文化景观: red, planned in 2022, no English summary (to test the fallback). */
export const LANDSCAPE: Place = {
  ...RESIDENCE,
  slug: "zhumugang-red-culture-landscape",
  nameZh: "株木岗村红色文化景观",
  nameEn: "Zhumugang Red-Culture Landscape",
  pinyin: "Zhūmùgǎng Cūn Hóngsè Wénhuà Jǐngguān",
  status: "planned",
  statusYear: 2022,
  statusNoteZh: "2022年报道列为“五个一”创建措施",
  statusNoteEn: null,
  summaryZh: "2022年规划的“五个一”之一",
  summaryEn: null,
  studyNoteZh: null,
  studyNoteEn: null,
};

/** 张家界大峡谷玻璃桥: scenic, not red, approximate location, no village in the data. */
export const GLASS_BRIDGE: Place = {
  ...RESIDENCE,
  slug: "zhangjiajie-grand-canyon-glass-bridge",
  kind: "scenic",
  red: false,
  nameZh: "张家界大峡谷玻璃桥（云天渡）",
  nameEn: "Zhangjiajie Grand Canyon Glass Bridge (Yuntiandu)",
  pinyin: "Zhāngjiājiè Dàxiágǔ Bōli Qiáo (Yúntiāndù)",
  village: null,
  status: "open",
  statusYear: 2016,
  summaryZh: "430米长的玻璃桥，2016年开放",
  summaryEn: "430 m glass bridge, opened in 2016",
  descriptionZh: "张家界大峡谷景区的玻璃桥。",
  descriptionEn: null,
  location: { point: { lng: 110.6962, lat: 29.3982 }, precision: "approximate", radiusM: 1000, noteZh: "估计位置。", noteEn: "Estimated." },
  studyNoteZh: null,
  studyNoteEn: null,
};

/** 株木岗村: the village of RESIDENCE. */
export const VILLAGE_ZHUMUGANG: Place = {
  ...NONE,
  slug: "village-zhumugang",
  kind: "village",
  red: false,
  nameZh: "株木岗村",
  nameEn: "Zhumugang Village",
  pinyin: "Zhūmùgǎng Cūn",
  village: ZHUMUGANG,
  status: "open",
  summaryZh: "三官寺土家族乡下辖行政村。",
  summaryEn: "An administrative village of Sanguansi Township.",
  descriptionZh: "袁任远故居所在的村。",
  descriptionEn: "The village of the former residence of Yuan Renyuan.",
  location: located(110.6301, 29.4512, "approximate", 1500),
};

/** 罗潭村: a village whose description mentions 大峡谷; no English texts. */
export const VILLAGE_LUOTAN: Place = {
  ...NONE,
  slug: "village-luotan",
  kind: "village",
  red: false,
  nameZh: "罗潭村",
  nameEn: "Luotan Village",
  pinyin: "Luótán Cūn",
  village: LUOTAN,
  status: "open",
  summaryZh: "三官寺土家族乡下辖行政村。",
  summaryEn: null,
  descriptionZh: "靠近张家界大峡谷的行政村。",
  location: located(110.6712, 29.4105, "approximate", 1500),
};

/** 九歌山鬼: a show, no village, no known spot (township-level). */
export const JIUGE_SHANGUI: Place = {
  ...NONE,
  slug: "jiuge-shangui",
  kind: "performance",
  red: false,
  nameZh: "九歌山鬼",
  nameEn: "Jiuge Shangui night tour",
  pinyin: "Jiǔgē Shānguǐ",
  village: null,
  status: "open",
  summaryZh: "山水实景夜游演出。",
  summaryEn: "A night-time show staged in the landscape.",
  descriptionZh: "在张家界大峡谷一带上演。",
  descriptionEn: "Staged in the Grand Canyon area, below the glass bridge.",
  location: unlocated("township", 0),
};

/** 三官寺村: the seat's village, at the seat. */
const VILLAGE_SANGUANSI: Place = {
  ...NONE,
  slug: "village-sanguansi",
  kind: "village",
  red: false,
  nameZh: "三官寺村",
  nameEn: "Sanguansi Village",
  pinyin: "Sānguānsì Cūn",
  village: SANGUANSI,
  status: "open",
  summaryZh: "乡政府驻地。",
  summaryEn: "Seat of the township government.",
  descriptionZh: "乡政府驻地，老街所在。",
  location: located(SEAT_POINT.lng, SEAT_POINT.lat, "approximate", 1500),
};

/** 苗岭村: a village without a known spot; no English texts. */
const VILLAGE_MIAOLING: Place = {
  ...NONE,
  slug: "village-miaoling",
  kind: "village",
  red: false,
  nameZh: "苗岭村",
  nameEn: "Miaoling Village",
  pinyin: "Miáolǐng Cūn",
  village: MIAOLING,
  status: "open",
  summaryZh: "三官寺土家族乡下辖行政村。",
  summaryEn: null,
  descriptionZh: "三官寺土家族乡下辖行政村。",
  location: unlocated("township", 0),
};

/** 三官寺乡人民政府: a service in 三官寺村, at the seat. */
const TOWNSHIP_GOVERNMENT: Place = {
  ...NONE,
  slug: "township-government",
  kind: "service",
  red: false,
  nameZh: "三官寺乡人民政府",
  nameEn: "Sanguansi Township Government",
  pinyin: "Sānguānsì Xiāng Rénmín Zhèngfǔ",
  village: SANGUANSI,
  status: "open",
  summaryZh: "乡人民政府。",
  summaryEn: null,
  descriptionZh: "位于三官寺村老街。",
  location: located(SEAT_POINT.lng, SEAT_POINT.lat, "exact", 50),
};

/** The sample township, in a fixed order (LANDSCAPE is kept out: one red site is enough here). */
export const SAMPLE_PLACES: readonly Place[] = [
  VILLAGE_ZHUMUGANG,
  RESIDENCE,
  VILLAGE_LUOTAN,
  JIUGE_SHANGUI,
  GLASS_BRIDGE,
  VILLAGE_SANGUANSI,
  VILLAGE_MIAOLING,
  TOWNSHIP_GOVERNMENT,
];

/** SAMPLE_PLACES as the browsing UI sees them. */
export const SAMPLE_BROWSE_PLACES: readonly BrowsePlace[] = SAMPLE_PLACES.map(toBrowsePlace);

/** The villages of SAMPLE_PLACES. */
export const SAMPLE_VILLAGES: ReadonlySet<string> = new Set([ZHUMUGANG, SANGUANSI, LUOTAN, MIAOLING].map((v) => v.slug));
