import type { Lang } from "./i18n";
import type { BasemapId } from "./map/basemap";

// The map's basemap switch and "Near me" (its answer: messages-near-me.ts), in Chinese and English.
const zh = {
  basemapLegend: "底图",
  basemapNames: { osm: "OpenStreetMap", tianditu: "天地图", amap: "高德地图", custom: "自定义底图", none: "无底图" } satisfies Record<BasemapId, string>,
  basemapShifted: "高德底图使用 GCJ-02 坐标，标记已随之平移；数据仍为 WGS-84。",
  basemapLoadFailed: "所选底图未能加载，可能是网络不稳；地图仍显示原来的底图。",
  mapLoadFailed: "地图未能加载，可能是网络不稳；列表和地点详情仍可使用。",
  nearMeHeading: "我附近",
  nearMeFind: "查找我附近的地点",
  nearMeAgain: "重新定位",
  nearMeClear: "清除我的位置",
  nearMeAsking: "正在获取你的位置…浏览器可能会询问是否允许。",
  nearMeDenied: "你没有允许本站获取位置。请在浏览器的网站设置中允许定位，然后重试。",
  nearMeUnavailable: "暂时无法获取你的位置（没有定位信号或超时）。请到开阔处重试。",
  nearMeLoadFailed: "附近的地点未能加载，可能是网络不稳。",
  nearMeUnsupported: "这个浏览器无法提供位置。",
  hereMarker: (m: number) => `你在这里（误差约 ${m} 米）`,
};

export type MapMessages = typeof zh;

const en: MapMessages = {
  basemapLegend: "Basemap",
  basemapNames: { osm: "OpenStreetMap", tianditu: "Tianditu (天地图)", amap: "Amap (高德)", custom: "Custom tiles", none: "No basemap" },
  basemapShifted: "Amap's tiles use GCJ-02: the markers are shifted to match; the data stays WGS-84.",
  basemapLoadFailed: "The chosen basemap could not be loaded; the connection may be weak. The map keeps the basemap it had.",
  mapLoadFailed: "The map could not be loaded; the connection may be weak. The list and the places' details still work.",
  nearMeHeading: "Near me",
  nearMeFind: "Find places near me",
  nearMeAgain: "Locate me again",
  nearMeClear: "Clear my location",
  nearMeAsking: "Finding your location… your browser may ask for permission.",
  nearMeDenied: "Location permission was denied. Allow location for this site in your browser's settings, then try again.",
  nearMeUnavailable: "Your location is not available right now (no signal, or it took too long). Try again in the open.",
  nearMeLoadFailed: "The nearest places could not be loaded; the connection may be weak.",
  nearMeUnsupported: "This browser cannot give a location.",
  hereMarker: (m: number) => `You are here (within about ${m} m)`,
};

export function mapMessages(lang: Lang): MapMessages {
  return lang === "en" ? en : zh;
}
