// The two languages of the guide and how to pick a text in one of them. UI strings live in the
// message files (messages.ts, messages-plan.ts, messages-red.ts, messages-problems.ts); place
// content comes with *Zh / *En fields, and localized() says when an English field is missing so the
// UI can mark it untranslated. Chinese is the default language (no path prefix, see proxy.ts).
export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === "zh" || value === "en";
}

export function htmlLang(lang: Lang): string {
  return lang === "en" ? "en" : "zh-CN";
}

export type Localized = { text: string; untranslated: boolean };

/** The text in the wanted language; falls back to Chinese (marked untranslated) when English is missing. */
export function localized(lang: Lang, zh: string, en: string | null): Localized {
  if (lang === "en") return en ? { text: en, untranslated: false } : { text: zh, untranslated: true };
  return { text: zh, untranslated: false };
}

/** Path of a page in a language: Chinese pages have no prefix, English ones live under /en. */
export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (lang === "zh") return clean;
  return clean === "/" ? "/en" : `/en${clean}`;
}

/** The cookie that remembers a visitor's language: set by the language switch, read by proxy.ts. */
export const LANG_COOKIE = "guide-lang";
