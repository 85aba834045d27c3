import type { Lang } from "./i18n";

// UI strings of offline use (components/offline/) that the first view may show: the offline
// badge, the update offer and the closed "Save the township for offline" disclosure, in Chinese and
// English. What the disclosure holds has its words in messages-save-township.ts, loaded with it.
const zh = {
  offlineBadge: "离线",
  offlineStale: (date: string) =>
    `显示的是 ${date} 保存的资料：地点的状态、开放时间和介绍可能已有变化；地图只显示看过或保存过的区域。`,
  offlineStaleUndated: "显示的是此前保存的资料：地点的状态、开放时间和介绍可能已有变化；地图只显示看过或保存过的区域。",
  updateAvailable: "指南有新版本。",
  updateButton: "更新",
  saveHeading: "离线保存全乡地图",
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
  saveLoadFailed: "Saving for offline use could not be loaded; the connection may be weak.",
};

export function offlineMessages(lang: Lang): OfflineMessages {
  return lang === "en" ? en : zh;
}
