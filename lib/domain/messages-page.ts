import type { Lang } from "./i18n";

// The UI strings that only the server renders, in Chinese and English: the site's titles and
// description (metadata, the manifest, share images), the header and the not-found page. Kept
// apart from messages.ts, whose words the browser's components carry in their script.
const zh = {
  siteTitle: "三官寺土家族乡 · 乡村地图与旅游指南",
  siteShort: "三官寺乡村指南",
  siteDescription: "慈利县三官寺土家族乡的行政村、旅游项目和红色旅游地点地图：每处地点注明来源和位置精度。",
  skipToList: "跳到地点列表",
  notFoundTitle: "找不到这个地点",
  notFoundBody: "链接可能有误，或该地点已被移除。",
  backToMap: "返回地图",
  language: "语言",
  redView: "红色旅游专题",
};

export type PageMessages = typeof zh;

const en: PageMessages = {
  siteTitle: "Sanguansi Tujia Ethnic Township · Village map and travel guide",
  siteShort: "Sanguansi village guide",
  siteDescription:
    "Map of the villages, tourism projects and red-tourism sites of Sanguansi Tujia Ethnic Township, Cili County: every place with its sources and how precisely its location is known.",
  skipToList: "Skip to the list of places",
  notFoundTitle: "Place not found",
  notFoundBody: "The link may be wrong, or the place has been removed.",
  backToMap: "Back to the map",
  language: "Language",
  redView: "Red tourism",
};

export function pageMessages(lang: Lang): PageMessages {
  return lang === "en" ? en : zh;
}
