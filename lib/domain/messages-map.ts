import type { Lang } from "./i18n";
import type { BasemapId } from "./map/basemap";
import type { CompassPoint } from "./near-me";

// The map's basemap switch and "Near me", in Chinese and English.
const zh = {
  basemapLegend: "底图",
  basemapNames: { osm: "OpenStreetMap", tianditu: "天地图", amap: "高德地图", custom: "自定义底图", none: "无底图" } satisfies Record<BasemapId, string>,
  basemapShifted: "高德底图使用 GCJ-02 坐标，标记已随之平移；数据仍为 WGS-84。",
  nearMeHeading: "我附近",
  nearMeFind: "查找我附近的地点",
  nearMeAgain: "重新定位",
  nearMeClear: "清除我的位置",
  nearMeAsking: "正在获取你的位置…浏览器可能会询问是否允许。",
  nearMeDenied: "你没有允许本站获取位置。请在浏览器的网站设置中允许定位，然后重试。",
  nearMeUnavailable: "暂时无法获取你的位置（没有定位信号或超时）。请到开阔处重试。",
  nearMeUnsupported: "这个浏览器无法提供位置。",
  nearMeAccuracy: (m: number) => `定位误差约 ${m} 米。`,
  nearMeLowAccuracy: (m: number) => `定位不够精确：误差约 ${m} 米，下面的距离和方向可能有偏差。`,
  nearMeNotThereYet: (km: string) => `你离三官寺土家族乡还有约 ${km} 公里，还没到这里。到了乡里再看附近的地点吧。`,
  nearMeListHeading: "离你最近的地点（直线距离）",
  nearMeNone: "附近没有已知位置的地点。",
  nearMeDirection: (direction: string, distance: string) => `${direction}方 ${distance}`,
  nearMeSameSpot: "就在你的位置",
  compass: { N: "北", NE: "东北", E: "东", SE: "东南", S: "南", SW: "西南", W: "西", NW: "西北" } satisfies Record<CompassPoint, string>,
  nearMeVillageLevel: "（只知所在村）",
  startPlanHere: "从这里开始我的行程",
  startPlanDone: "行程的起点已设为你的位置。",
  hereMarker: (m: number) => `你在这里（误差约 ${m} 米）`,
};

export type MapMessages = typeof zh;

const en: MapMessages = {
  basemapLegend: "Basemap",
  basemapNames: { osm: "OpenStreetMap", tianditu: "Tianditu (天地图)", amap: "Amap (高德)", custom: "Custom tiles", none: "No basemap" },
  basemapShifted: "Amap's tiles use GCJ-02: the markers are shifted to match; the data stays WGS-84.",
  nearMeHeading: "Near me",
  nearMeFind: "Find places near me",
  nearMeAgain: "Locate me again",
  nearMeClear: "Clear my location",
  nearMeAsking: "Finding your location… your browser may ask for permission.",
  nearMeDenied: "Location permission was denied. Allow location for this site in your browser's settings, then try again.",
  nearMeUnavailable: "Your location is not available right now (no signal, or it took too long). Try again in the open.",
  nearMeUnsupported: "This browser cannot give a location.",
  nearMeAccuracy: (m: number) => `Accurate to about ${m} m.`,
  nearMeLowAccuracy: (m: number) => `Low accuracy: your position is only known to within about ${m} m, so the distances and directions below may be off.`,
  nearMeNotThereYet: (km: string) => `You are about ${km} km from Sanguansi Tujia Ethnic Township: you are not there yet. Nearby places are shown once you arrive.`,
  nearMeListHeading: "Nearest places (straight line)",
  nearMeNone: "No place with a known spot is near.",
  nearMeDirection: (direction: string, distance: string) => `${distance} ${direction}`,
  nearMeSameSpot: "right where you are",
  compass: { N: "north", NE: "northeast", E: "east", SE: "southeast", S: "south", SW: "southwest", W: "west", NW: "northwest" },
  nearMeVillageLevel: " (village only)",
  startPlanHere: "Start my plan here",
  startPlanDone: "Your plan now starts at your location.",
  hereMarker: (m: number) => `You are here (within about ${m} m)`,
};

export function mapMessages(lang: Lang): MapMessages {
  return lang === "en" ? en : zh;
}
