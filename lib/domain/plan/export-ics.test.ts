import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { exportIcs } from "./export-ics";
import { planMessages } from "../messages-plan";
import { fixtureSchedule } from "@/lib/test-support/fixture-schedule";

const NOW = new Date("2026-06-01T12:00:00Z");
const PRODID = "-//sanguansi-guide//Visit planner//EN";

/** The content lines of the calendar named `name` that carry its name (X-WR-CALNAME, folded). */
function calendarNameLines(name: string): string[] {
  const lines = exportIcs(fixtureSchedule(), { now: NOW, calendarName: name }).split("\r\n");
  const first = lines.findIndex((line) => line.startsWith("X-WR-CALNAME:"));
  let last = first + 1;
  while (lines[last]?.startsWith(" ")) last++;
  return lines.slice(first, last);
}

describe("exportIcs", () => {
  const ics = exportIcs(fixtureSchedule(), {
    now: NOW,
    address: "三官寺土家族乡, 慈利县, 张家界",
    describeStop: planMessages("en").icsStopDescription,
  });

  it("parses with ical.js: one VEVENT per stop with UTC start/end and summary", () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue("prodid")).toBe(PRODID);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    const events = calendar.getAllSubcomponents("vevent");
    expect(events).toHaveLength(3);
    const rows = events.map((e) => [
      String(e.getFirstPropertyValue("dtstart")),
      String(e.getFirstPropertyValue("dtend")),
      e.getFirstPropertyValue("summary"),
      e.getFirstPropertyValue("uid"),
    ]);
    expect(rows).toEqual([
      ["2026-06-21T00:50:00Z", "2026-06-21T01:50:00Z", '石门 & <洞> (Stone "Gate"; the, best\\)', "2026-06-21-d1-s1-shimen@sanguansi-guide"],
      ["2026-06-22T00:50:00Z", "2026-06-22T01:35:00Z", "老街", "2026-06-22-d2-s2-laojie@sanguansi-guide"],
      [
        "2026-06-22T01:55:00Z",
        "2026-06-22T02:25:00Z",
        "红军长征革命纪念地旧址与纪念广场及周边遗存陈列馆 (Red Army Long March revolutionary memorial site and museum)",
        "2026-06-22-d2-s3-hongjun-jiuzhi@sanguansi-guide",
      ],
    ]);
    const first = events[0]!;
    expect(String(first.getFirstPropertyValue("dtstamp"))).toBe("2026-06-01T12:00:00Z");
    expect(first.getFirstPropertyValue("geo")).toEqual([29.4, 110.6]);
    expect(first.getFirstPropertyValue("description")).toBe(
      [
        "Day 1, stop 1 of the plan.",
        "Arrive 08:50, leave 09:50 (China Standard Time, UTC+8).",
        "Travel to here: about 5.0 km, 20 min (car, estimate).",
      ].join("\n"),
    );
    expect(events[1]!.getFirstPropertyValue("location")).toBe("老街, 三官寺土家族乡, 慈利县, 张家界");
  });

  it("describes each stop in the language it is given, and not at all without a describer", () => {
    const description = (options: Parameters<typeof exportIcs>[1]) =>
      new ICAL.Component(ICAL.parse(exportIcs(fixtureSchedule(), { now: NOW, ...options })))
        .getAllSubcomponents("vevent")[0]!
        .getFirstPropertyValue("description");
    expect(description({ describeStop: planMessages("zh").icsStopDescription })).toBe(
      ["行程第 1 天，第 1 站。", "到达 08:50，离开 09:50（北京时间）。", "前往此处：约 5.0 公里，20 分钟（驾车，估计）。"].join("\n"),
    );
    expect(description({})).toBeNull();
  });

  it("writes the address it is given after the place's name, and the name alone without one", () => {
    const location = (text: string) =>
      new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((e) => e.getFirstPropertyValue("location"));
    expect(location(exportIcs(fixtureSchedule(), { now: NOW, address: "Cili County, Hunan" }))[1]).toBe("老街, Cili County, Hunan");
    expect(location(exportIcs(fixtureSchedule(), { now: NOW }))[1]).toBe("老街");
  });

  it("uses CRLF line endings only and folds every line to at most 75 octets", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = ics.split("\r\n").slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // The long Chinese summary was folded (continuation lines start with a space).
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    expect(lines.slice(0, 3)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODID}`]);
  });

  it("escapes TEXT values", () => {
    expect(calendarNameLines("a,b;c\\d\ne\r\nf")).toEqual(["X-WR-CALNAME:a\\,b\\;c\\\\d\\ne\\nf"]);
    expect(ics).toContain('SUMMARY:石门 & <洞> (Stone "Gate"\\; the\\, best\\\\)');
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    const name = "汉".repeat(50);
    const parts = calendarNameLines(name); // "X-WR-CALNAME:" (13 octets) + 150 octets
    // 13 + 20×3 = 73 octets (a 21st character would make 76); then " " + 24×3 = 73; then " " + 6×3 = 19.
    expect(parts.map((p) => new TextEncoder().encode(p).length)).toEqual([73, 73, 19]);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(`X-WR-CALNAME:${name}`);
    expect(calendarNameLines("x")).toEqual(["X-WR-CALNAME:x"]);
    // ASCII: 13 + 62 = 75 octets, then " " + the other 38.
    expect(calendarNameLines("x".repeat(100)).map((p) => p.length)).toEqual([75, 39]);
  });
});
