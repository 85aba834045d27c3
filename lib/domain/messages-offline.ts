import type { Lang } from "./i18n";

// UI strings of offline use (components/offline/): the offline badge, the update offer and
// "Save the township for offline", in Chinese and English.
const zh = {
  offlineBadge: "离线",
  offlineStale: (date: string) =>
    `显示的是 ${date} 保存的资料：地点的状态、开放时间和介绍可能已有变化；地图只显示看过或保存过的区域。`,
  offlineStaleUndated: "显示的是此前保存的资料：地点的状态、开放时间和介绍可能已有变化；地图只显示看过或保存过的区域。",
  updateAvailable: "指南有新版本。",
  updateButton: "更新",
  saveHeading: "离线保存全乡地图",
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
  saveLoadFailed: "离线保存功能未能加载，可能是网络不稳。",
};

export type OfflineMessages = typeof zh;

const en: OfflineMessages = {
  offlineBadge: "Offline",
  offlineStale: (date: string) =>
    `Showing data saved on ${date}: places' status, opening hours and descriptions may have changed since; the map shows only areas you have viewed or saved.`,
  offlineStaleUndated:
    "Showing data saved earlier: places' status, opening hours and descriptions may have changed since; the map shows only areas you have viewed or saved.",
  updateAvailable: "A new version of the guide is ready.",
  updateButton: "Update",
  saveHeading: "Save the township map for offline use",
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
  saveLoadFailed: "Saving for offline use could not be loaded; the connection may be weak.",
};

export function offlineMessages(lang: Lang): OfflineMessages {
  return lang === "en" ? en : zh;
}
