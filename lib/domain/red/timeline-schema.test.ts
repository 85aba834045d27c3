import { describe, expect, it } from "vitest";
import { validateGuideData } from "../guide-data-schema";
import guideRaw from "../../../data/guide-data.json";
import timelineRaw from "../../../data/yuan-renyuan-timeline.json";
import { timelineSchemaFor, validateTimeline, type TimelineFile } from "./timeline-schema";

const guide = validateGuideData(guideRaw);

function copy(): TimelineFile {
  return structuredClone(timelineRaw) as TimelineFile;
}

function entry(file: TimelineFile, id: string) {
  const e = file.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
}

describe("data/yuan-renyuan-timeline.json", () => {
  const timeline = validateTimeline(timelineRaw, guide);

  it("passes the schema cross-checked against data/guide-data.json", () => {
    expect(timelineSchemaFor(guide).safeParse(timelineRaw).success).toBe(true);
  });

  it("has the ten reviewed entries in order, dated only where the sources (or a stated inference) give a date", () => {
    expect(timeline.entries.map((e) => [e.id, e.date ?? null, e.dateLabelZh, e.dateLabelEn])).toEqual([
      ["birth-1898", "1898-05", "1898年5月", "May 1898"],
      ["law-school-1918", "1918", "1918–1922年", "1918–1922"],
      ["return-from-nanyang-1925", "1925-04", "1925年4月", "April 1925"],
      ["joins-party-1925", "1925-08", "1925年8月", "August 1925"],
      ["shimen-nanxiang-uprising-1928", "1928-04", "1928年4月", "April 1928"],
      ["dayong-1934", "1934-11-26", "1934年11月26日", "26 November 1934"],
      ["long-march", "1936", "1936年，长征途中", "1936, on the Long March"],
      ["qinghai-governor-1958", "1958", "1958–1962年", "1958–1962"],
      ["later-posts", null, "后来", "Later"],
      ["death-1986", "1986-01-02", "1986年1月2日", "2 January 1986"],
    ]);
  });

  it("cites the sources the facts file gives for each entry", () => {
    expect(Object.fromEntries(timeline.entries.map((e) => [e.id, e.sources]))).toEqual({
      "birth-1898": ["maika88-yuan-renyuan"],
      "law-school-1918": ["fx361-yuan-renyuan"],
      "return-from-nanyang-1925": ["fx361-yuan-renyuan"],
      "joins-party-1925": ["fx361-yuan-renyuan", "victorzhang-yuan-renyuan", "soolun-yuan-renyuan"],
      "shimen-nanxiang-uprising-1928": ["victorzhang-yuan-renyuan", "soolun-yuan-renyuan"],
      "dayong-1934": ["maika88-yuan-renyuan"],
      "long-march": ["maika88-yuan-renyuan"],
      "qinghai-governor-1958": ["victorzhang-yuan-renyuan", "soolun-yuan-renyuan"],
      "later-posts": ["victorzhang-yuan-renyuan", "soolun-yuan-renyuan"],
      "death-1986": ["peoples-daily-1986-04-13", "victorzhang-yuan-renyuan", "soolun-yuan-renyuan"],
    });
  });

  it("links the birth to the former residence and the village, and no other entry to a place", () => {
    expect(timeline.entries.filter((e) => e.places !== undefined).map((e) => [e.id, e.places])).toEqual([
      ["birth-1898", ["yuan-renyuan-former-residence", "village-zhumugang"]],
    ]);
  });

  it("keeps the sourced wording of the key facts", () => {
    expect(entry(timeline, "birth-1898").textZh).toBe("出生在慈利县三官寺株木岗村，原名袁明濂，号毓灵。");
    expect(entry(timeline, "later-posts").textZh).toBe("后来曾任中共中央纪委副书记、中央顾问委员会委员（资料未给出这些职务的年份）。");
    // Governor of Qinghai 1958–1962, not its Party secretary (places-facts.md §12).
    expect(entry(timeline, "qinghai-governor-1958").textZh).toBe("任青海省人民政府省长。");
    expect(timeline.entries.some((e) => e.textZh.includes("青海省委书记") || /Party secretary|CPC secretary of Qinghai/.test(e.textEn))).toBe(false);
    // Died 1986-01-02 aged 87; 享年88岁 is kept in Chinese only with the traditional count explained.
    expect(entry(timeline, "death-1986").textEn).toBe("Dies, aged 87.");
    expect(entry(timeline, "death-1986").textZh).toBe("逝世，享年88岁（传统算法；按周岁为87岁）。");
    expect(timeline.entries.some((e) => /aged 88/.test(e.textEn))).toBe(false);
    expect(entry(timeline, "long-march").sourceNoteEn).toContain("Ganzi in 1936");
  });
});

describe("validateTimeline rejects broken copies", () => {
  it("an unknown source key", () => {
    const bad = copy();
    entry(bad, "death-1986").sources = ["baidu-baike-yuan-renyuan"];
    expect(() => validateTimeline(bad, guide)).toThrow('- entry "death-1986": unknown source "baidu-baike-yuan-renyuan"');
  });

  it("an unknown place slug", () => {
    const bad = copy();
    entry(bad, "birth-1898").places = ["yuan-renyuan-memorial-hall"];
    expect(() => validateTimeline(bad, guide)).toThrow('- entry "birth-1898": unknown place "yuan-renyuan-memorial-hall"');
  });

  it("an entry without sources", () => {
    const bad = copy();
    bad.entries[0]!.sources = [];
    expect(() => validateTimeline(bad, guide)).toThrow("- entries.0.sources: every entry needs at least one source");
  });

  it("a date that is not YYYY, YYYY-MM or YYYY-MM-DD", () => {
    const bad = copy();
    bad.entries[0]!.date = "1898-13";
    expect(() => validateTimeline(bad, guide)).toThrow("- entries.0.date: date is YYYY, YYYY-MM or YYYY-MM-DD");
  });

  it("a date whose year is not in its labels", () => {
    const bad = copy();
    entry(bad, "death-1986").date = "1985";
    expect(() => validateTimeline(bad, guide)).toThrow('- entry "death-1986": both date labels must show the year 1985');
  });

  it("dated entries out of order", () => {
    const bad = copy();
    entry(bad, "law-school-1918").sortKey = 55;
    expect(() => validateTimeline(bad, guide)).toThrow(
      'timeline is invalid:\n- entry "law-school-1918" (1918) is sorted after "shimen-nanxiang-uprising-1928" (1928-04)',
    );
  });

  it("a duplicate id, a duplicate sortKey and a source cited twice", () => {
    const bad = copy();
    bad.entries[1]!.id = "birth-1898";
    bad.entries[2]!.sortKey = 10;
    bad.entries[3]!.sources = ["fx361-yuan-renyuan", "fx361-yuan-renyuan"];
    expect(() => validateTimeline(bad, guide)).toThrow(
      [
        "timeline is invalid:",
        '- duplicate entry id "birth-1898"',
        "- duplicate sortKey 10",
        '- entry "joins-party-1925": source "fx361-yuan-renyuan" cited twice',
      ].join("\n"),
    );
  });

  it("a source note in one language only", () => {
    const bad = copy();
    delete entry(bad, "joins-party-1925").sourceNoteEn;
    expect(() => validateTimeline(bad, guide)).toThrow('- entry "joins-party-1925": sourceNoteZh and sourceNoteEn go together');
  });

  it("an unknown field (everything must be reviewed)", () => {
    const bad = copy() as { entries: Record<string, unknown>[] };
    bad.entries[0]!.hours = "09:00–17:00";
    expect(() => validateTimeline(bad, guide)).toThrow(/entries\.0: Unrecognized key: "hours"/);
  });
});
