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
    expect(sources.map((s) => [s.key, s.url, s.confidence])).toEqual([
      ["maika88-yuan-renyuan", "http://www.maika88.com/content/2021/10/29/10345689.html", "medium"],
      ["victorzhang-yuan-renyuan", "http://www.victorzhang.cn/page/2021/0520/8358551.shtml", "medium"],
      ["soolun-yuan-renyuan", "https://soolun.net/periodical/15e177c23839b964c682a34d0d257694.html", "medium"],
      ["fx361-yuan-renyuan", "https://fx361.cc/page/2014/0922/1542326.shtml", "medium"],
      ["peoples-daily-1986-04-13", undefined, "high"],
    ]);
  });

  it("reads and validates the files once per process", async () => {
    expect(await getYuanRenyuanTimeline()).toBe(await getYuanRenyuanTimeline());
  });
});
