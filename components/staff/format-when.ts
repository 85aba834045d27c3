import type { Lang } from "@/lib/domain/i18n";

/** A revision's time as staff read it (China time, the township's). */
export function formatWhen(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "zh-CN", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "Asia/Shanghai",
  }).format(new Date(iso));
}
