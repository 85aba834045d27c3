import type { Lang } from "./i18n";

// Strings of the phone's bottom sheet (components/sheet-handle.tsx), in Chinese and English.
const zh = {
  sheetStates: { peek: "收起", half: "半屏", full: "全屏" },
  /** The handle's name: what it is, its state, and how to change it. */
  sheetHandle: (state: string) => `列表面板（${state}）：拖动，或按 Enter 切换、上下方向键调整高度`,
};

type SheetMessages = typeof zh;

const en: SheetMessages = {
  sheetStates: { peek: "peek", half: "half screen", full: "full screen" },
  sheetHandle: (state: string) => `List sheet (${state}): drag it, or press Enter to switch, the up and down arrow keys to resize`,
};

export function sheetMessages(lang: Lang): SheetMessages {
  return lang === "en" ? en : zh;
}
