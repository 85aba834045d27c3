import { describe, expect, it } from "vitest";
import { getYuanRenyuanTimeline } from "./red-timeline";

describe("getYuanRenyuanTimeline (reads data/ from disk)", () => {
  it("returns the validated entries in order and the five sources they cite", async () => {
    const { entries, sources } = await getYuanRenyuanTimeline();
    expect(entries.map((e) => e.id)).toEqual([
      "birth-1898",
      "law-school-1918",
      "return-from-nanyang-1925",
      "joins-party-1925",
      "shimen-nanxiang-uprising-1928",
      "dayong-1934",
      "long-march",
      "qinghai-governor-1958",
      "later-posts",
      "death-1986",
    ]);
    // The four articles were seen only in republished copies: no link, the mark, confidence medium.
    expect(sources.map((s) => [s.key, s.url, s.publisherPageUnknown, s.confidence])).toEqual([
      ["maika88-yuan-renyuan", undefined, true, "medium"],
      ["victorzhang-yuan-renyuan", undefined, true, "medium"],
      ["soolun-yuan-renyuan", undefined, true, "medium"],
      ["fx361-yuan-renyuan", undefined, true, "medium"],
      ["peoples-daily-1986-04-13", undefined, undefined, "high"],
    ]);
  });

  it("reads and validates the files once per process", async () => {
    expect(await getYuanRenyuanTimeline()).toBe(await getYuanRenyuanTimeline());
  });
});
