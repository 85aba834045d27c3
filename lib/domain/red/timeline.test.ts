import { describe, expect, it } from "vitest";
import type { TimelineEntry } from "./timeline-schema";
import { resolveTimeline } from "./timeline";

const SOURCES = [
  {
    key: "maika88-yuan-renyuan",
    title: "袁任远、袁意奋父子长征（转载文章）",
    publisherPageUnknown: true as const,
    confidence: "medium" as const,
  },
  {
    key: "hxw-2022-article",
    title: "慈利县三官寺土家族乡：“三增三促三聚焦”助力乡村振兴出实效",
    publisher: "hxw.gov.cn",
    url: "https://www.hxw.gov.cn/content/2022/06/30/13822606.html",
    published: "2022-06-30",
    confidence: "medium" as const,
  },
];

const PLACES = [
  { slug: "yuan-renyuan-former-residence", nameZh: "袁任远故居", nameEn: "Former Residence of Yuan Renyuan" },
  { slug: "village-zhumugang", nameZh: "株木岗村", nameEn: null },
];

const ENTRIES: TimelineEntry[] = [
  {
    id: "later",
    sortKey: 20,
    dateLabelZh: "后来",
    dateLabelEn: "Later",
    textZh: "后来的事。",
    textEn: "Later things.",
    sources: ["hxw-2022-article"],
    sourceNoteZh: "说明。",
    sourceNoteEn: "Note.",
  },
  {
    id: "birth",
    sortKey: 10,
    date: "1898-05",
    dateLabelZh: "1898年5月",
    dateLabelEn: "May 1898",
    textZh: "出生。",
    textEn: "Born.",
    places: ["yuan-renyuan-former-residence", "village-zhumugang", "gone-from-the-database"],
    sources: ["maika88-yuan-renyuan", "not-a-source"],
  },
];

describe("resolveTimeline", () => {
  it("sorts, localizes to Chinese and resolves sources and places (unknown ones left out)", () => {
    expect(resolveTimeline(ENTRIES, SOURCES, PLACES, "zh")).toEqual([
      {
        id: "birth",
        date: "1898-05",
        dateLabel: "1898年5月",
        text: "出生。",
        sources: [
          {
            key: "maika88-yuan-renyuan",
            title: "袁任远、袁意奋父子长征（转载文章）",
            publisher: null,
            url: null,
            publisherPageUnknown: true,
            published: null,
            confidence: "medium",
          },
        ],
        sourceNote: null,
        places: [
          {
            slug: "yuan-renyuan-former-residence",
            name: { text: "袁任远故居", untranslated: false },
            href: "/places/yuan-renyuan-former-residence",
          },
          { slug: "village-zhumugang", name: { text: "株木岗村", untranslated: false }, href: "/places/village-zhumugang" },
        ],
      },
      {
        id: "later",
        date: null,
        dateLabel: "后来",
        text: "后来的事。",
        sources: [
          {
            key: "hxw-2022-article",
            title: "慈利县三官寺土家族乡：“三增三促三聚焦”助力乡村振兴出实效",
            publisher: "hxw.gov.cn",
            url: "https://www.hxw.gov.cn/content/2022/06/30/13822606.html",
            publisherPageUnknown: false,
            published: "2022-06-30",
            confidence: "medium",
          },
        ],
        sourceNote: "说明。",
        places: [],
      },
    ]);
  });

  it("uses the English labels, texts, notes and /en paths", () => {
    const [birth, later] = resolveTimeline(ENTRIES, SOURCES, PLACES, "en");
    expect([birth?.dateLabel, birth?.text, later?.dateLabel, later?.text, later?.sourceNote]).toEqual([
      "May 1898",
      "Born.",
      "Later",
      "Later things.",
      "Note.",
    ]);
    expect(birth?.places).toEqual([
      {
        slug: "yuan-renyuan-former-residence",
        name: { text: "Former Residence of Yuan Renyuan", untranslated: false },
        href: "/en/places/yuan-renyuan-former-residence",
      },
      { slug: "village-zhumugang", name: { text: "株木岗村", untranslated: true }, href: "/en/places/village-zhumugang" },
    ]);
  });
});
