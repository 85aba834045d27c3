import type { Lang } from "../i18n";

// Times in the staff area are the township's local time (China Standard Time, no DST), written
// the same way whatever the server's or browser's time zone: "2026-11-29 12:09" (24-hour).

const FORMAT = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** An ISO instant as local township time, "2026-11-29 12:09", with "(UTC+8)" in English. */
export function formatStaffTime(iso: string, lang: Lang): string {
  const parts = Object.fromEntries(FORMAT.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const text = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  return lang === "en" ? `${text} (UTC+8)` : text;
}
