import type { Lang } from "./i18n";

// UI strings inside "Save the township for offline" (components/offline/save-township-body.tsx):
// the estimate, the save with its progress and cancel, and why a basemap cannot be saved, in
// Chinese and English. Kept apart from messages-offline.ts so that they load with the disclosure's
// inside, not with the first view.
const zh = {
  saveEstimate: (tiles: number, mb: string, kb: number) =>
    `缩放级别 10–15 共 ${tiles} 张地图瓦片，估计约 ${mb} MB（按每张约 ${kb} KB 估算，实际大小视地图内容而定）。`,
  saveButton: "保存全乡地图",
  saveProgress: (done: number, total: number) => `正在保存：${done} / ${total} 张`,
  saveCancel: "取消保存",
  saveCancelled: (done: number) => `已取消。已保存的 ${done} 张瓦片会保留。`,
  saveDone: (saved: number) => `已保存 ${saved} 张瓦片：没有网络时也能查看全乡地图。`,
  saveSomeFailed: (saved: number, failed: number) => `已保存 ${saved} 张瓦片，${failed} 张没能下载（网络中断？）。可以再试一次。`,
  saveNotAllowed: (basemap: string) =>
    `当前底图（${basemap}）服务的使用条款不允许批量下载（例如 OpenStreetMap 公共瓦片服务器的使用政策不鼓励批量下载），所以这里不能一次保存全乡地图。你浏览过的地图区域会自动保存在本机（最多约 50 MB）。`,
  saveNoBasemap: "当前没有底图：没有可保存的地图瓦片。",
  saveNeedsWorker: "这个浏览器（或当前页面）不支持离线保存。",
};

export type SaveTownshipMessages = typeof zh;

const en: SaveTownshipMessages = {
  saveEstimate: (tiles: number, mb: string, kb: number) =>
    `${tiles} map tiles at zooms 10–15, about ${mb} MB (an estimate at about ${kb} kB a tile; the real size depends on the map).`,
  saveButton: "Save the township map",
  saveProgress: (done: number, total: number) => `Saving: ${done} / ${total} tiles`,
  saveCancel: "Cancel saving",
  saveCancelled: (done: number) => `Cancelled. The ${done} tiles saved so far are kept.`,
  saveDone: (saved: number) => `Saved ${saved} tiles: the township's map works without a network.`,
  saveSomeFailed: (saved: number, failed: number) => `Saved ${saved} tiles; ${failed} could not be downloaded (network lost?). You can try again.`,
  saveNotAllowed: (basemap: string) =>
    `The current basemap's provider (${basemap}) does not allow bulk downloads in its terms (OpenStreetMap's public tile servers' usage policy, for one, discourages them), so the whole township cannot be saved at once here. Map areas you view are kept on this device automatically (up to about 50 MB).`,
  saveNoBasemap: "No basemap is shown: there are no map tiles to save.",
  saveNeedsWorker: "This browser (or this page) cannot save for offline use.",
};

export function saveTownshipMessages(lang: Lang): SaveTownshipMessages {
  return lang === "en" ? en : zh;
}
