// Place DTOs for unit tests, shaped like two real entries of data/guide-data.json (shortened texts).
// Test data only; the reviewed data lives in data/guide-data.json.
import type { Place } from "@/lib/domain/place";

const ZHUMUGANG = { slug: "zhumugang", nameZh: "株木岗村", nameEn: "Zhumugang Village", pinyin: "Zhūmùgǎng Cūn" };

/** 袁任远故居: red, status unknown, township-level placeholder location, with a study note. */
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
  location: { lng: 110.65, lat: 29.43, precision: "township", radiusM: 6000, noteZh: "位置未知。", noteEn: "Location unknown." },
  visitMinutes: 60,
  openingHours: null,
  studyNoteZh: "党课与现场教学点（规划）。",
  studyNoteEn: "Party lessons and teaching points (planned).",
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
  location: { lng: 110.6962, lat: 29.3982, precision: "approximate", radiusM: 1000, noteZh: "估计位置。", noteEn: "Estimated." },
  studyNoteZh: null,
  studyNoteEn: null,
};
