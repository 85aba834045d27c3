import { localized, type Lang } from "./i18n";
import type { ViewProblem } from "./browse/view-state";
import type { ListedItems, PlanProblem } from "./plan/plan-problem";
import type { PlanWarning } from "./plan/plan-warnings";
import type { TravelMode } from "./plan/travel-model";
import { formatClock } from "./plan/local-time";
import { EVENING_START_MINUTES } from "./plan/visit-window";

/** The guide's assumed start of the evening, "18:00" (lib/domain/plan/visit-window.ts). */
const EVENING_START = formatClock(EVENING_START_MINUTES);

// The domain's problems and warnings in words, in Chinese and English: a problem in a link
// (ViewProblem, PlanProblem) or a warning about a schedule (PlanWarning) is a code with data, and
// each function below says it for a visitor. Values from the link are shown as they were written.

const MODES_ZH: Record<TravelMode, string> = { car: "驾车", walk: "步行" };
const DAMAGE_ZH = { base64url: "不是有效的 base64url", "utf-8": "不是 UTF-8 文本", json: "不是 JSON" } as const;
const listZh = ({ items, count }: ListedItems) => items.join("、") + (count > items.length ? ` 等共 ${count} 个` : "");
const nameZh = (w: { nameZh: string; nameEn: string | null }) => localized("zh", w.nameZh, w.nameEn).text;

const zh = {
  viewProblem: (p: ViewProblem): string => {
    switch (p.code) {
      case "unknown-kind":
        return `未知的类别「${p.value}」，已忽略`;
      case "unknown-village":
        return `未知的村「${p.value}」，已忽略`;
      case "invalid-village":
        return `村名「${p.value}」格式不对，已忽略`;
      case "unknown-status":
        return `未知的状态「${p.value}」，已忽略`;
      case "invalid-red":
        return `red 参数「${p.value}」无效，已忽略（应为 1）`;
      case "invalid-place":
        return `地点「${p.value}」格式不对，已忽略`;
      case "invalid-centre":
        return `地图中心「${p.value}」无效，已忽略（应为 纬度,经度,缩放级别）`;
      case "centre-outside-region":
        return `地图中心「${p.value}」不在本地区范围内，已忽略`;
      case "invalid-zoom":
        return `缩放级别「${p.value}」无效，已忽略`;
      case "zoom-clamped":
        return `缩放级别「${p.value}」已调整为 ${p.zoom}`;
      case "repeated-param":
        return `参数「${p.param}」重复出现，已使用第一个值`;
      case "too-many-values":
        return `参数「${p.param}」的值太多，只读取了前 ${p.max} 个`;
      case "query-cut":
        return `搜索文字太长，只保留了前 ${p.max} 个字符`;
    }
  },
  planProblem: (p: PlanProblem): string => {
    switch (p.code) {
      case "empty":
        return "行程链接是空的。";
      case "unreadable":
        return "无法读取行程链接。";
      case "no-version":
        return "这不是行程链接（缺少版本号）。";
      case "not-a-plan":
        return "行程链接里没有行程。";
      case "too-long":
        return `行程链接太长（${p.length} 个字符，最多 ${p.max} 个）。`;
      case "unsupported-version":
        return `这个行程链接是第 ${p.version} 版，本指南只能读取第 ${p.supported} 版。`;
      case "damaged":
        return `行程链接已损坏（${DAMAGE_ZH[p.reason]}）。`;
      case "unknown-fields":
        return `已忽略未知字段：${listZh(p)}。`;
      case "invalid-stops":
        return `已删除 ${p.count} 个无效的站点名：${listZh(p)}。`;
      case "repeated-stops":
        return `已删除 ${p.count} 个重复的站点：${listZh(p)}。`;
      case "dropped-visit-minutes":
        return `已删除 ${p.count} 个游览时长设置：${listZh(p)}。`;
      case "no-stop-list":
        return "行程中没有站点列表。";
      case "stops-not-a-list":
        return "站点列表格式不对，未读取任何站点。";
      case "pins-not-a-list":
        return "固定站点列表格式不对，已取消固定。";
      case "invalid-visit-minutes":
        return "游览时长设置无效，已删除。";
      case "too-many-stops":
        return `行程有 ${p.count} 个站点，只保留了前 ${p.max} 个。`;
      case "dropped-pins":
        return `已取消 ${p.count} 个不指向保留站点的固定。`;
      case "start-missing":
        return "缺少出发地，改为从乡政府出发。";
      case "invalid-start":
        return `出发地 ${p.value} 无效，改为从乡政府出发。`;
      case "return-missing":
        return "缺少“最后返回出发地”设置，按返回出发地安排。";
      case "invalid-return":
        return "“最后返回出发地”设置不是 0 或 1，按返回出发地安排。";
      case "date-missing":
        return p.fallback === null ? "缺少日期。" : `缺少日期，改用 ${p.fallback}。`;
      case "invalid-date":
        return p.fallback === null ? `日期 ${p.value} 无效。` : `日期 ${p.value} 无效，改用 ${p.fallback}。`;
      case "start-time-missing":
        return `缺少出发时间，改用 ${p.fallback}。`;
      case "invalid-start-time":
        return `出发时间 ${p.value} 不是“时:分”格式，改用 ${p.fallback}。`;
      case "mode-missing":
        return `缺少出行方式，改为${MODES_ZH[p.fallback]}。`;
      case "unknown-mode":
        return `无法识别出行方式 ${p.value}，改为${MODES_ZH[p.fallback]}。`;
      case "days-capped":
        return `行程要求 ${p.requested} 天，最多安排 ${p.max} 天。`;
      case "days-missing":
        return `缺少天数，改为 ${p.fallback} 天。`;
      case "invalid-days":
        return `天数 ${p.value} 无效，改为 ${p.fallback} 天。`;
      case "unknown-places":
        return `已从行程中移除 ${p.count} 个未知地点：${listZh(p)}。`;
      case "unknown-start-place":
        return `出发地点「${p.slug}」未知，改为从乡政府出发。`;
    }
  },
  planWarning: (w: PlanWarning): string => {
    switch (w.code) {
      case "after-sunset":
        return `第 ${w.day} 天预计 ${w.end} 结束，晚于当天日落（${w.sunset}）。山路天黑后难行，建议减少地点或提早出发。`;
      case "outside-opening-hours":
        return `第 ${w.day} 天 ${w.arrival} 到达「${nameZh(w)}」时不在开放时间（${w.openingHours}）内。`;
      case "closes-during-visit":
        return `第 ${w.day} 天游览「${nameZh(w)}」期间（${w.arrival}–${w.departure}）会到关门时间（${w.openingHours}）。`;
      case "past-midnight":
        return `第 ${w.day} 天的行程超过午夜（${w.end}）。`;
      case "days-reduced":
        return `地点不够分成 ${w.requested} 天，已按 ${w.used} 天安排。`;
      case "waits-for-window":
        return w.window === "evening"
          ? `第 ${w.day} 天 ${w.reached} 到达「${nameZh(w)}」，它是夜游项目，只在晚上游览：行程等到 ${w.from} 再开始（晚上从 ${EVENING_START} 算起，是本指南的假设）。`
          : `第 ${w.day} 天 ${w.reached} 到达「${nameZh(w)}」，行程等到开放时间 ${w.from} 再开始游览。`;
      case "outside-visit-window":
        return `第 ${w.day} 天游览「${nameZh(w)}」（${w.arrival}–${w.departure}）会超过 ${w.until}，而它只适合白天游览：当天排不下，请调整顺序或分到另一天。`;
      case "no-known-spot":
        return `第 ${w.day} 天的「${nameZh(w)}」位置待定：不计前往和离开它的路程与时间，实际行程会更长。`;
    }
  },
};

export type ProblemMessages = typeof zh;

const MODES_EN: Record<TravelMode, string> = { car: "car", walk: "walking" };
const DAMAGE_EN = { base64url: "not valid base64url", "utf-8": "not UTF-8 text", json: "not JSON" } as const;
const listEn = ({ items, count }: ListedItems) => items.join(", ") + (count > items.length ? ` and ${count - items.length} more` : "");
const nameEn = (w: { nameZh: string; nameEn: string | null }) => localized("en", w.nameZh, w.nameEn).text;

const en: ProblemMessages = {
  viewProblem: (p: ViewProblem): string => {
    switch (p.code) {
      case "unknown-kind":
        return `unknown kind '${p.value}' ignored`;
      case "unknown-village":
        return `unknown village '${p.value}' ignored`;
      case "invalid-village":
        return `invalid village '${p.value}' ignored`;
      case "unknown-status":
        return `unknown status '${p.value}' ignored`;
      case "invalid-red":
        return `invalid red value '${p.value}' ignored (expected 1)`;
      case "invalid-place":
        return `invalid place '${p.value}' ignored`;
      case "invalid-centre":
        return `invalid map centre '${p.value}' ignored (expected lat,lng,zoom)`;
      case "centre-outside-region":
        return `map centre '${p.value}' is outside the region; ignored`;
      case "invalid-zoom":
        return `invalid zoom '${p.value}' ignored`;
      case "zoom-clamped":
        return `zoom '${p.value}' clamped to ${p.zoom}`;
      case "repeated-param":
        return `repeated parameter '${p.param}'; the first value was used`;
      case "too-many-values":
        return `too many '${p.param}' values; only the first ${p.max} were read`;
      case "query-cut":
        return `search text cut to ${p.max} characters`;
    }
  },
  planProblem: (p: PlanProblem): string => {
    switch (p.code) {
      case "empty":
        return "The plan link is empty.";
      case "unreadable":
        return "The plan link could not be read.";
      case "no-version":
        return "This is not a plan link (no version prefix).";
      case "not-a-plan":
        return "The plan link holds no plan.";
      case "too-long":
        return `The plan link is too long (${p.length} characters; at most ${p.max}).`;
      case "unsupported-version":
        return `This plan link uses version ${p.version}; this guide reads version ${p.supported}.`;
      case "damaged":
        return `The plan link is damaged (${DAMAGE_EN[p.reason]}).`;
      case "unknown-fields":
        return `Ignored unknown field(s): ${listEn(p)}.`;
      case "invalid-stops":
        return `Dropped ${p.count} invalid stop name(s): ${listEn(p)}.`;
      case "repeated-stops":
        return `Dropped ${p.count} repeated stop(s): ${listEn(p)}.`;
      case "dropped-visit-minutes":
        return `Dropped ${p.count} visit-length override(s): ${listEn(p)}.`;
      case "no-stop-list":
        return "The plan has no stop list.";
      case "stops-not-a-list":
        return "The stop list is not a list; no stops were read.";
      case "pins-not-a-list":
        return "The pinned-stop list is not a list; pins were dropped.";
      case "invalid-visit-minutes":
        return "The visit-length overrides are not valid; they were dropped.";
      case "too-many-stops":
        return `The plan has ${p.count} stops; only the first ${p.max} were kept.`;
      case "dropped-pins":
        return `Dropped ${p.count} pin(s) that did not point at a kept stop.`;
      case "start-missing":
        return "The start point is missing; starting from the township seat.";
      case "invalid-start":
        return `The start point ${p.value} is not valid; starting from the township seat.`;
      case "return-missing":
        return '"Return to start" is missing; returning to the start.';
      case "invalid-return":
        return '"Return to start" is not 0 or 1; returning to the start.';
      case "date-missing":
        return p.fallback === null ? "The date is missing." : `The date is missing; using ${p.fallback}.`;
      case "invalid-date":
        return p.fallback === null ? `The date ${p.value} is not valid.` : `The date ${p.value} is not valid; using ${p.fallback}.`;
      case "start-time-missing":
        return `The start time is missing; using ${p.fallback}.`;
      case "invalid-start-time":
        return `The start time ${p.value} is not HH:MM; using ${p.fallback}.`;
      case "mode-missing":
        return `The travel mode is missing; using ${MODES_EN[p.fallback]}.`;
      case "unknown-mode":
        return `The travel mode ${p.value} is unknown; using ${MODES_EN[p.fallback]}.`;
      case "days-capped":
        return `The plan asks for ${p.requested} days; at most ${p.max} are planned.`;
      case "days-missing":
        return `The number of days is missing; using ${p.fallback}.`;
      case "invalid-days":
        return `The number of days ${p.value} is not valid; using ${p.fallback}.`;
      case "unknown-places":
        return `Removed ${p.count} unknown place(s) from the plan: ${listEn(p)}.`;
      case "unknown-start-place":
        return `The start place "${p.slug}" is unknown; starting from the township seat.`;
    }
  },
  planWarning: (w: PlanWarning): string => {
    switch (w.code) {
      case "after-sunset":
        return `Day ${w.day} ends at ${w.end}, after sunset (${w.sunset}): mountain roads are unlit.`;
      case "outside-opening-hours":
        return `Day ${w.day}: ${nameEn(w)} is reached at ${w.arrival}, outside its opening hours ${w.openingHours}.`;
      case "closes-during-visit":
        return `Day ${w.day}: ${nameEn(w)} closes (${w.openingHours}) before the planned departure at ${w.departure}.`;
      case "past-midnight":
        return `Day ${w.day} runs past midnight (ends ${w.end}).`;
      case "days-reduced":
        return `${w.used} stop(s) fill only ${w.used} of the ${w.requested} requested days.`;
      case "waits-for-window":
        return w.window === "evening"
          ? `Day ${w.day}: ${nameEn(w)} is an evening-only night tour; reached at ${w.reached}, the visit waits until ${w.from} (the guide assumes evening starts at ${EVENING_START}).`
          : `Day ${w.day}: ${nameEn(w)} is reached at ${w.reached}; the visit waits until it opens at ${w.from}.`;
      case "outside-visit-window":
        return `Day ${w.day}: ${nameEn(w)} is for daytime visits only, but the visit (${w.arrival}–${w.departure}) runs past ${w.until}: it does not fit that day; reorder the stops or move it to another day.`;
      case "no-known-spot":
        return `Day ${w.day}: ${nameEn(w)} has no known spot, so no distance or travel time to or from it is counted; the real trip is longer.`;
    }
  },
};

export function problemMessages(lang: Lang): ProblemMessages {
  return lang === "en" ? en : zh;
}
