import { describe, expect, it } from "vitest";
import { parseViewState, type ViewProblem } from "./browse/view-state";
import { SAMPLE_VILLAGES } from "@/lib/test-support/sample-places";
import { problemMessages } from "./messages-problems";
import { decodePlan } from "./plan/plan-codec";
import type { PlanProblem } from "./plan/plan-problem";
import type { PlanWarning } from "./plan/plan-warnings";

const zh = problemMessages("zh");
const en = problemMessages("en");

describe("view problems in words", () => {
  const cases: [ViewProblem, string, string][] = [
    [{ code: "unknown-kind", value: "castle" }, "未知的类别「castle」，已忽略", "unknown kind 'castle' ignored"],
    [{ code: "unknown-village", value: "atlantis" }, "未知的村「atlantis」，已忽略", "unknown village 'atlantis' ignored"],
    [{ code: "invalid-village", value: "bad slug!" }, "村名「bad slug!」格式不对，已忽略", "invalid village 'bad slug!' ignored"],
    [{ code: "unknown-status", value: "closed" }, "未知的状态「closed」，已忽略", "unknown status 'closed' ignored"],
    [{ code: "invalid-red", value: "yes" }, "red 参数「yes」无效，已忽略（应为 1）", "invalid red value 'yes' ignored (expected 1)"],
    [{ code: "invalid-place", value: "../x" }, "地点「../x」格式不对，已忽略", "invalid place '../x' ignored"],
    [
      { code: "invalid-centre", value: "1e400,abc,99" },
      "地图中心「1e400,abc,99」无效，已忽略（应为 纬度,经度,缩放级别）",
      "invalid map centre '1e400,abc,99' ignored (expected lat,lng,zoom)",
    ],
    [
      { code: "centre-outside-region", value: "39.9,116.4" },
      "地图中心「39.9,116.4」不在本地区范围内，已忽略",
      "map centre '39.9,116.4' is outside the region; ignored",
    ],
    [{ code: "invalid-zoom", value: "x" }, "缩放级别「x」无效，已忽略", "invalid zoom 'x' ignored"],
    [{ code: "zoom-clamped", value: "99", zoom: 18 }, "缩放级别「99」已调整为 18", "zoom '99' clamped to 18"],
    [{ code: "repeated-param", param: "q" }, "参数「q」重复出现，已使用第一个值", "repeated parameter 'q'; the first value was used"],
    [{ code: "too-many-values", param: "kind", max: 50 }, "参数「kind」的值太多，只读取了前 50 个", "too many 'kind' values; only the first 50 were read"],
    [{ code: "query-cut", max: 100 }, "搜索文字太长，只保留了前 100 个字符", "search text cut to 100 characters"],
  ];
  it.each(cases)("%j", (problem, inChinese, inEnglish) => {
    expect(zh.viewProblem(problem)).toBe(inChinese);
    expect(en.viewProblem(problem)).toBe(inEnglish);
  });

  it("says what parseViewState found, in the visitor's language", () => {
    const { problems } = parseViewState({ kind: "castle,red", c: "29.4,110.6,99" }, { knownVillages: SAMPLE_VILLAGES });
    expect(problems.map(en.viewProblem)).toEqual(["unknown kind 'castle' ignored", "zoom '99' clamped to 18"]);
    expect(problems.map(zh.viewProblem)).toEqual(["未知的类别「castle」，已忽略", "缩放级别「99」已调整为 18"]);
  });
});

describe("plan problems in words", () => {
  const cases: [PlanProblem, string, string][] = [
    [{ code: "empty" }, "行程链接是空的。", "The plan link is empty."],
    [{ code: "unreadable" }, "无法读取行程链接。", "The plan link could not be read."],
    [{ code: "no-version" }, "这不是行程链接（缺少版本号）。", "This is not a plan link (no version prefix)."],
    [{ code: "not-a-plan" }, "行程链接里没有行程。", "The plan link holds no plan."],
    [{ code: "too-long", length: 20_002, max: 20_000 }, "行程链接太长（20002 个字符，最多 20000 个）。", "The plan link is too long (20002 characters; at most 20000)."],
    [
      { code: "unsupported-version", version: 2, supported: 1 },
      "这个行程链接是第 2 版，本指南只能读取第 1 版。",
      "This plan link uses version 2; this guide reads version 1.",
    ],
    [{ code: "damaged", reason: "base64url" }, "行程链接已损坏（不是有效的 base64url）。", "The plan link is damaged (not valid base64url)."],
    [{ code: "damaged", reason: "utf-8" }, "行程链接已损坏（不是 UTF-8 文本）。", "The plan link is damaged (not UTF-8 text)."],
    [{ code: "damaged", reason: "json" }, "行程链接已损坏（不是 JSON）。", "The plan link is damaged (not JSON)."],
    [{ code: "unknown-fields", items: ['"x"', '"evil"'], count: 2 }, '已忽略未知字段："x"、"evil"。', 'Ignored unknown field(s): "x", "evil".'],
    [
      { code: "invalid-stops", items: ['"Bad Slug"', "7"], count: 2 },
      '已删除 2 个无效的站点名："Bad Slug"、7。',
      'Dropped 2 invalid stop name(s): "Bad Slug", 7.',
    ],
    [{ code: "repeated-stops", items: ['"ok"'], count: 1 }, '已删除 1 个重复的站点："ok"。', 'Dropped 1 repeated stop(s): "ok".'],
    [
      { code: "dropped-visit-minutes", items: ['"s59"'], count: 1 },
      '已删除 1 个游览时长设置："s59"。',
      'Dropped 1 visit-length override(s): "s59".',
    ],
    [{ code: "no-stop-list" }, "行程中没有站点列表。", "The plan has no stop list."],
    [{ code: "stops-not-a-list" }, "站点列表格式不对，未读取任何站点。", "The stop list is not a list; no stops were read."],
    [{ code: "pins-not-a-list" }, "固定站点列表格式不对，已取消固定。", "The pinned-stop list is not a list; pins were dropped."],
    [{ code: "invalid-visit-minutes" }, "游览时长设置无效，已删除。", "The visit-length overrides are not valid; they were dropped."],
    [{ code: "too-many-stops", count: 60, max: 50 }, "行程有 60 个站点，只保留了前 50 个。", "The plan has 60 stops; only the first 50 were kept."],
    [{ code: "dropped-pins", count: 4 }, "已取消 4 个不指向保留站点的固定。", "Dropped 4 pin(s) that did not point at a kept stop."],
    [{ code: "start-missing" }, "缺少出发地，改为从乡政府出发。", "The start point is missing; starting from the township seat."],
    [
      { code: "invalid-start", value: "[500,0]" },
      "出发地 [500,0] 无效，改为从乡政府出发。",
      "The start point [500,0] is not valid; starting from the township seat.",
    ],
    [{ code: "return-missing" }, "缺少“最后返回出发地”设置，按返回出发地安排。", '"Return to start" is missing; returning to the start.'],
    [{ code: "invalid-return" }, "“最后返回出发地”设置不是 0 或 1，按返回出发地安排。", '"Return to start" is not 0 or 1; returning to the start.'],
    [{ code: "date-missing", fallback: null }, "缺少日期。", "The date is missing."],
    [{ code: "date-missing", fallback: "2026-07-01" }, "缺少日期，改用 2026-07-01。", "The date is missing; using 2026-07-01."],
    [{ code: "invalid-date", value: '"2026-02-30"', fallback: null }, '日期 "2026-02-30" 无效。', 'The date "2026-02-30" is not valid.'],
    [
      { code: "invalid-date", value: '"2026-02-30"', fallback: "2026-07-01" },
      '日期 "2026-02-30" 无效，改用 2026-07-01。',
      'The date "2026-02-30" is not valid; using 2026-07-01.',
    ],
    [{ code: "start-time-missing", fallback: "09:00" }, "缺少出发时间，改用 09:00。", "The start time is missing; using 09:00."],
    [
      { code: "invalid-start-time", value: '"25:00"', fallback: "09:00" },
      '出发时间 "25:00" 不是“时:分”格式，改用 09:00。',
      'The start time "25:00" is not HH:MM; using 09:00.',
    ],
    [{ code: "mode-missing", fallback: "car" }, "缺少出行方式，改为驾车。", "The travel mode is missing; using car."],
    [{ code: "unknown-mode", value: '"bike"', fallback: "walk" }, '无法识别出行方式 "bike"，改为步行。', 'The travel mode "bike" is unknown; using walking.'],
    [{ code: "days-capped", requested: 30, max: 7 }, "行程要求 30 天，最多安排 7 天。", "The plan asks for 30 days; at most 7 are planned."],
    [{ code: "days-missing", fallback: 1 }, "缺少天数，改为 1 天。", "The number of days is missing; using 1."],
    [{ code: "invalid-days", value: "0", fallback: 1 }, "天数 0 无效，改为 1 天。", "The number of days 0 is not valid; using 1."],
    [
      { code: "unknown-places", items: ['"gone"'], count: 1 },
      '已从行程中移除 1 个未知地点："gone"。',
      'Removed 1 unknown place(s) from the plan: "gone".',
    ],
    [
      { code: "unknown-start-place", slug: "old-start" },
      "出发地点「old-start」未知，改为从乡政府出发。",
      'The start place "old-start" is unknown; starting from the township seat.',
    ],
  ];
  it.each(cases)("%j", (problem, inChinese, inEnglish) => {
    expect(zh.planProblem(problem)).toBe(inChinese);
    expect(en.planProblem(problem)).toBe(inEnglish);
  });

  it("names the first five items of a long list and counts the rest", () => {
    const problem: PlanProblem = { code: "unknown-places", items: ['"a"', '"b"', '"c"', '"d"', '"e"'], count: 8 };
    expect(en.planProblem(problem)).toBe('Removed 8 unknown place(s) from the plan: "a", "b", "c", "d", "e" and 3 more.');
    expect(zh.planProblem(problem)).toBe('已从行程中移除 8 个未知地点："a"、"b"、"c"、"d"、"e" 等共 8 个。');
  });

  it("says what decodePlan found, in the visitor's language", () => {
    const code = `1.${Buffer.from(JSON.stringify({ s: ["a"], d: "2026-06-21", o: 0, r: 1, t: "9", m: "c", n: 30 })).toString("base64url")}`;
    const { problems } = decodePlan(code);
    expect(problems.map(en.planProblem)).toEqual([
      'The start time "9" is not HH:MM; using 09:00.',
      "The plan asks for 30 days; at most 7 are planned.",
    ]);
    expect(problems.map(zh.planProblem)).toEqual(['出发时间 "9" 不是“时:分”格式，改用 09:00。', "行程要求 30 天，最多安排 7 天。"]);
  });
});

describe("plan warnings in words", () => {
  const stop = { day: 2, slug: "b", nameZh: "乙", nameEn: null, arrival: "08:48", departure: "09:33", openingHours: "09:00-17:00" };
  const cases: [PlanWarning, string, string][] = [
    [
      { code: "after-sunset", day: 1, end: "20:25", sunset: "19:40" },
      "第 1 天预计 20:25 结束，晚于当天日落（19:40）。山路天黑后难行，建议减少地点或提早出发。",
      "Day 1 ends at 20:25, after sunset (19:40): mountain roads are unlit.",
    ],
    [
      { code: "outside-opening-hours", ...stop },
      "第 2 天 08:48 到达「乙」时不在开放时间（09:00-17:00）内。",
      "Day 2: 乙 is reached at 08:48, outside its opening hours 09:00-17:00.",
    ],
    [
      { code: "closes-during-visit", ...stop, nameEn: "Yi" },
      "第 2 天游览「乙」期间（08:48–09:33）会到关门时间（09:00-17:00）。",
      "Day 2: Yi closes (09:00-17:00) before the planned departure at 09:33.",
    ],
    [{ code: "past-midnight", day: 1, end: "01:25" }, "第 1 天的行程超过午夜（01:25）。", "Day 1 runs past midnight (ends 01:25)."],
    [{ code: "days-reduced", requested: 5, used: 3 }, "地点不够分成 5 天，已按 3 天安排。", "3 stop(s) fill only 3 of the 5 requested days."],
    [
      { code: "waits-for-window", day: 1, slug: "jiuge-shangui", nameZh: "九歌山鬼", nameEn: "Jiuge Shangui", window: "evening", reached: "09:14", from: "18:00" },
      "第 1 天 09:14 到达「九歌山鬼」，它是夜游项目，只在晚上游览：行程等到 18:00 再开始（晚上从 18:00 算起，是本指南的假设）。",
      "Day 1: Jiuge Shangui is an evening-only night tour; reached at 09:14, the visit waits until 18:00 (the guide assumes evening starts at 18:00).",
    ],
    [
      { code: "waits-for-window", day: 2, slug: "b", nameZh: "乙", nameEn: null, window: "hours", reached: "08:48", from: "09:00" },
      "第 2 天 08:48 到达「乙」，行程等到开放时间 09:00 再开始游览。",
      "Day 2: 乙 is reached at 08:48; the visit waits until it opens at 09:00.",
    ],
    [
      { code: "outside-visit-window", day: 1, slug: "b", nameZh: "乙", nameEn: "Yi", window: "daytime", arrival: "17:10", departure: "18:40", until: "18:00" },
      "第 1 天游览「乙」（17:10–18:40）会超过 18:00，而它只适合白天游览：当天排不下，请调整顺序或分到另一天。",
      "Day 1: Yi is for daytime visits only, but the visit (17:10–18:40) runs past 18:00: it does not fit that day; reorder the stops or move it to another day.",
    ],
  ];
  it.each(cases)("%j", (warning, inChinese, inEnglish) => {
    expect(zh.planWarning(warning)).toBe(inChinese);
    expect(en.planWarning(warning)).toBe(inEnglish);
  });
});
