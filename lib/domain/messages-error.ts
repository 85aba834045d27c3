import type { Lang } from "./i18n";

// Strings of the error pages (app/[lang]/error.tsx, app/global-error.tsx), in Chinese and English.
// A file of their own because Next loads both error boundaries with every page: importing the whole
// of messages.ts there sent every UI string twice more in the first view's scripts.
const zh = {
  errorTitle: "出了点问题",
  errorBody: "页面暂时无法显示。请稍后重试。",
  retry: "重试",
  errorRef: (digest: string) => `错误编号：${digest}`,
};

type ErrorMessages = typeof zh;

const en: ErrorMessages = {
  errorTitle: "Something went wrong",
  errorBody: "This page cannot be shown right now. Please try again.",
  retry: "Try again",
  errorRef: (digest: string) => `Ref: ${digest}`,
};

export function errorMessages(lang: Lang): ErrorMessages {
  return lang === "en" ? en : zh;
}
