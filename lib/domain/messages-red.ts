import type { Lang } from "./i18n";

// UI strings of the red-tourism view (/red, /en/red), in Chinese and English. Shared words
// (confidence levels, status, precision, …) stay in messages.ts so the panel and this view agree.
const zh = {
  pageTitle: "袁任远与株木岗村红色旅游",
  pageDescription:
    "革命家袁任远（1898–1986）生平时间线（每条注明资料来源及可信度）和三官寺土家族乡株木岗村的红色旅游地点：状态、位置精度和研学内容。",
  skipToTimeline: "跳到时间线",
  intro:
    "袁任远（1898–1986）出生在三官寺土家族乡株木岗村。下面的时间线只收录有资料来源的事实，每条都附来源链接及其可信度；来源多为转载文章，可信度据此标注。",
  timelineHeading: "袁任远生平时间线",
  timelineLabel: "袁任远生平时间线，按时间先后排列",
  entrySources: "来源",
  seeAlso: "相关地点",
  sitesHeading: "红色旅游地点",
  sitesIntro: (n: number) => `指南中标为红色旅游的地点共 ${n} 处。`,
  visitingUnknown:
    "资料没有说明这些地点能否参观、开放时间或门票；下面显示的是资料所载的状态（有的只是2022年的规划）。出发前请向当地确认。",
  showRedOnMap: "在地图上只看红色旅游地点",
  noSites: "数据库中暂无红色旅游地点。",
  locationPrecision: "位置精度",
};

export type RedMessages = typeof zh;

const en: RedMessages = {
  pageTitle: "Yuan Renyuan and red tourism in Zhumugang",
  pageDescription:
    "A timeline of the revolutionary Yuan Renyuan (1898–1986), each entry with its sources and their confidence, and the red-tourism sites of Zhumugang Village, Sanguansi Township: status, location precision and what study groups can do.",
  skipToTimeline: "Skip to the timeline",
  intro:
    "Yuan Renyuan (1898–1986) was born in Zhumugang Village, Sanguansi Tujia Ethnic Township. The timeline below holds only facts that have a source; every entry links its sources with their confidence. Most sources are republished articles, and their confidence says so.",
  timelineHeading: "Timeline of Yuan Renyuan's life",
  timelineLabel: "Timeline of Yuan Renyuan's life, oldest first",
  entrySources: "Sources",
  seeAlso: "Related places",
  sitesHeading: "Red-tourism sites",
  sitesIntro: (n: number) => (n === 1 ? "The guide marks 1 place as red tourism." : `The guide marks ${n} places as red tourism.`),
  visitingUnknown:
    "No source says whether these sites can be visited, or gives opening hours or tickets; the status shown is what the sources say (some are only plans from 2022). Please check locally before you go.",
  showRedOnMap: "Show only the red-tourism sites on the map",
  noSites: "There are no red-tourism places in the database yet.",
  locationPrecision: "Location precision",
};

export function redMessages(lang: Lang): RedMessages {
  return lang === "en" ? en : zh;
}
