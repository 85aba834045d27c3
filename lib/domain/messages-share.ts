import type { Lang } from "./i18n";

// Strings of the share images (Open Graph cards, the plan poster),
// in Chinese and English.
const zh = {
  placeImageAlt: (name: string) => `${name}：三官寺乡村指南的地点卡片`,
  planImageAlt: "三官寺游览行程卡片：各站名称与日期",
  planStops: (n: number) => `共 ${n} 站`,
  moreStops: (n: number) => `另有 ${n} 站`,
  planDates: (first: string, days: number) => (days > 1 ? `${first} 起，共 ${days} 天` : first),
  posterTitle: "三官寺游览行程",
  posterQr: "扫码打开此行程：地图、导航与导出",
  posterUnlocated: "位置待定",
  posterNote: "时间均为估算，实际可能不同。",
  savePoster: "保存行程海报（图片）",
  savePosterHint: "手机上：打开图片后长按，即可保存到相册或发给朋友。",
};

type ShareMessages = typeof zh;

const en: ShareMessages = {
  placeImageAlt: (name: string) => `${name}: a place card of the Sanguansi village guide`,
  planImageAlt: "A Sanguansi visit plan card: its stops and date",
  planStops: (n: number) => (n === 1 ? "1 stop" : `${n} stops`),
  moreStops: (n: number) => `and ${n} more`,
  planDates: (first: string, days: number) => (days > 1 ? `${days} days from ${first}` : first),
  posterTitle: "A visit to Sanguansi",
  posterQr: "Scan to open this plan: map, navigation and exports",
  posterUnlocated: "place to be confirmed",
  posterNote: "All times are estimates and may differ.",
  savePoster: "Save the plan as a poster (image)",
  savePosterHint: "On a phone: open the image, then press and hold it to save it to your photos or send it.",
};

export function shareMessages(lang: Lang): ShareMessages {
  return lang === "en" ? en : zh;
}
