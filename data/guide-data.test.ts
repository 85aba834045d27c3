// Checks the reviewed data file that prisma/seed.ts loads: it must pass validateGuideData() and
// keep the facts the review settled (17 villages with their 2021 codes, the red places, the status
// of 九歌山鬼, honest uncertainty radii), and the validator must reject typical mistakes.
import { describe, expect, it } from "vitest";
import { validateGuideData, type GuideData } from "../lib/domain/guide-data-schema";
import { sourceHostProblems, sourceHostsSchema } from "../lib/domain/source-hosts";
import raw from "./guide-data.json";
import rawHosts from "./source-hosts.json";

const data = validateGuideData(raw);

/** 2021 统计用区划代码 of the township's 17 villages (liyanjie2048/AdministrativeDivisionCn). */
const VILLAGE_CODES_2021 = [
  "430821211201", // 三官寺
  "430821211202", // 苗岭
  "430821211203", // 云山
  "430821211206", // 丰坪
  "430821211210", // 大泉
  "430821211214", // 双高
  "430821211216", // 株木岗
  "430821211218", // 罗潭
  "430821211219", // 湖南泉
  "430821211220", // 袁家庄
  "430821211224", // 张家溶
  "430821211225", // 胡家坪
  "430821211226", // 界河
  "430821211227", // 龙岗
  "430821211228", // 太华山
  "430821211229", // 大峡谷
  "430821211230", // 新民
];

const ARTICLE_PROJECTS = [
  "九歌山鬼",
  "黑骏马文化部落",
  "悬崖花开房车营地",
  "台湾风情小镇",
  "梦蝶庄精品酒店",
  "宇成国际酒店",
  "民族风情街",
];

function place(slug: string) {
  const p = data.places.find((x) => x.slug === slug);
  if (!p) throw new Error(`no place ${slug}`);
  return p;
}

/** A deep copy of the raw file to break in one way. */
/** Sources seen only in republished copies (no publisher's page found): no link, marked, facts kept. */
const SEEN_ONLY_IN_COPIES = [
  "9aivip-sanguansi",
  "ciyuzhan-sanguansi-placename",
  "maika88-yuan-renyuan",
  "victorzhang-yuan-renyuan",
  "soolun-yuan-renyuan",
  "fx361-yuan-renyuan",
  "bkbbs-luotan-route-2022",
  "yd166-yuntiandu-name",
];
/** The hosts of the copies they were seen in (data/source-hosts.json listed them as "republisher"). */
const REPUBLISHER_HOSTS = ["friendlywiki.com", "9aivip.com", "www.ciyuzhan.com", "www.maika88.com", "www.victorzhang.cn", "soolun.net", "fx361.cc", "bkbbs.net", "m.yd166.com"];

function copy(): GuideData {
  return structuredClone(raw) as GuideData;
}

describe("data/guide-data.json", () => {
  it("passes validateGuideData unchanged: nothing in the file is dropped or rewritten on the way to the seed", () => {
    expect(validateGuideData(raw)).toEqual(raw);
  });

  it("has exactly the 17 villages of the 2021 code list, named without 村委会", () => {
    expect(data.villages).toHaveLength(17);
    expect(data.villages.map((v) => v.code12).sort()).toEqual([...VILLAGE_CODES_2021].sort());
    for (const v of data.villages) {
      expect(v.nameZh.endsWith("村")).toBe(true);
      expect(v.nameZh).not.toContain("委会");
      expect(v.nameEn).toMatch(/ Village$/);
    }
    expect(data.villages.find((v) => v.code12 === "430821211229")?.slug).toBe("daxiagu");
  });

  it("has 33 places, one village place per village", () => {
    expect(data.places).toHaveLength(33);
    const villagePlaces = data.places.filter((p) => p.kind === "village");
    expect(villagePlaces.map((p) => p.slug).sort()).toEqual(data.villages.map((v) => `village-${v.slug}`).sort());
    for (const p of villagePlaces) expect(p.village).toBe(p.slug.replace(/^village-/, ""));
  });

  it("marks exactly these places as red tourism", () => {
    expect(
      data.places
        .filter((p) => p.red)
        .map((p) => p.slug)
        .sort(),
    ).toEqual([
      "village-zhumugang",
      "yuan-renyuan-former-residence",
      "zhumugang-reception-conference-centre",
      "zhumugang-red-culture-landscape",
      "zhumugang-specialty-products-hall",
    ]);
    expect(
      data.places
        .filter((p) => p.kind === "red")
        .map((p) => p.slug)
        .sort(),
    ).toEqual([
      "yuan-renyuan-former-residence",
      "zhumugang-reception-conference-centre",
      "zhumugang-red-culture-landscape",
      "zhumugang-specialty-products-hall",
    ]);
  });

  it("has 九歌山鬼 open since 2023 in 罗潭村", () => {
    const p = place("jiuge-shangui");
    expect(p.kind).toBe("performance");
    expect(p.status).toBe("open");
    expect(p.statusYear).toBe(2023);
    expect(p.village).toBe("luotan");
    expect(p.location.precision).toBe("village");
  });

  it("contains all seven projects named in the 2022 article; the six without other sources are under construction in 2022", () => {
    const byName = new Map(data.places.map((p) => [p.nameZh, p]));
    for (const name of ARTICLE_PROJECTS) {
      const p = byName.get(name);
      expect(p, name).toBeDefined();
      expect(p!.sources.map((s) => s.key)).toContain("hxw-2022-article");
      if (name === "九歌山鬼") continue;
      expect(p!.status).toBe("under_construction");
      expect(p!.statusYear).toBe(2022);
      expect(p!.village).toBeNull();
      expect(p!.location.precision).toBe("township");
    }
  });

  it("keeps the five-ones items planned (2022)", () => {
    for (const slug of [
      "zhumugang-red-culture-landscape",
      "zhumugang-specialty-products-hall",
      "zhumugang-reception-conference-centre",
    ]) {
      expect(place(slug).status).toBe("planned");
      expect(place(slug).statusYear).toBe(2022);
    }
    expect(place("yuan-renyuan-former-residence").status).toBe("unknown");
  });

  it("uses the agreed coordinates, each with its source (places-facts.md §11)", () => {
    const at = (slug: string) => [place(slug).location.lat, place(slug).location.lng];
    const cites = (slug: string) => place(slug).sources.map((s) => s.key);
    // the township seat: English Wikipedia's figure, 49 m from Vonng/adcode's (GCJ-02, converted): two
    // sources. The Wikipedia article was seen only in a copy, so its citation has no link and says so.
    for (const slug of ["village-sanguansi", "township-government", "sanguansi-old-street"]) {
      expect(at(slug)).toEqual([29.428889, 110.651389]);
      expect(place(slug).location.precision).toBe("approximate");
      expect(place(slug).location.radiusM).toBe(2000);
      expect(cites(slug)).toEqual(expect.arrayContaining(["wikipedia-sanguansi-mirror", "vonng-adcode"]));
      expect(place(slug).location.noteZh).toContain("英文维基百科“三官寺”条目给出北纬29°25′44″、东经110°39′05″");
      expect(place(slug).location.noteZh).toContain("换算为WGS-84后与前者相差约49米");
      expect(place(slug).location.noteZh).toContain("标记是乡政府所在地的坐标");
      expect(place(slug).location.noteEn).toContain("The marker is the township seat's coordinate");
    }
    expect(data.sources.find((s) => s.key === "vonng-adcode")?.url).toBe("https://github.com/Vonng/adcode");
    // the glass bridge: English Wikipedia; the canyon is drawn at the bridge
    for (const slug of ["zhangjiajie-grand-canyon-glass-bridge", "zhangjiajie-grand-canyon"]) {
      expect(at(slug)).toEqual([29.3987, 110.6982]);
      expect(cites(slug)).toContain("wikipedia-zhangjiajie-glass-bridge");
    }
    expect(place("zhangjiajie-grand-canyon-glass-bridge").location.radiusM).toBe(500);
    expect(place("zhangjiajie-grand-canyon").location.radiusM).toBe(3000);
    // only those five places have a point: no source gives one for any other (§11)
    const located = data.places.filter((p) => p.location.lat !== undefined).map((p) => p.slug);
    expect(located.sort()).toEqual(
      ["sanguansi-old-street", "township-government", "village-sanguansi", "zhangjiajie-grand-canyon", "zhangjiajie-grand-canyon-glass-bridge"].sort(),
    );
  });

  it("invents no point: a village- or township-level place has none, and its note says where it can be", () => {
    const vague = data.places.filter((p) => p.location.precision !== "approximate" && p.location.precision !== "exact");
    expect(vague).toHaveLength(28);
    for (const p of vague) {
      expect([p.location.lat, p.location.lng], p.slug).toEqual([undefined, undefined]);
      expect(p.location.noteZh, p.slug).toContain("离乡政府可能超过7公里");
      expect(p.location.noteEn, p.slug).toContain("possibly more than 7 km from the township seat");
    }
    expect(data.places.some((p) => p.location.precision === "exact")).toBe(false);
  });

  it("gives 罗潭 one precision for one point: the village has no point, and its places are village-level", () => {
    expect(place("village-luotan").location.precision).toBe("township");
    for (const slug of ["jiuge-shangui", "luotan-picking-gardens"]) {
      expect(place(slug).location.precision).toBe("village");
      expect(place(slug).village).toBe("luotan");
    }
    for (const slug of ["village-luotan", "jiuge-shangui", "luotan-picking-gardens"]) expect(place(slug).location.lat).toBeUndefined();
  });

  it("cites each source at most once per place and uses every listed source", () => {
    const used = new Set<string>();
    for (const p of data.places) {
      const keys = p.sources.map((s) => s.key);
      expect(new Set(keys).size, p.slug).toBe(keys.length);
      keys.forEach((k) => used.add(k));
    }
    for (const r of data.routes) {
      expect(new Set(r.sources).size, r.slug).toBe(r.sources.length);
      r.sources.forEach((k) => used.add(k));
    }
    expect([...used].sort()).toEqual(data.sources.map((s) => s.key).sort());
    const urls = data.sources.flatMap((s) => (s.url === undefined ? [] : [s.url]));
    expect(new Set(urls).size).toBe(urls.length);
    // Without a link: the People's Daily obituary (print, 1986, no web page) and the texts seen only
    // in republished copies, which are marked so (a copy is never linked).
    expect(data.sources.filter((s) => s.url === undefined && !s.publisherPageUnknown).map((s) => s.key)).toEqual(["peoples-daily-1986-04-13"]);
    // and English Wikipedia's "Sanguansi" (the seat's coordinate), seen only in friendlywiki.com's copy (confidence low, as before)
    expect(data.sources.filter((s) => s.publisherPageUnknown).map((s) => s.key)).toEqual(["wikipedia-sanguansi-mirror", ...SEEN_ONLY_IN_COPIES]);
    expect(data.sources.find((s) => s.key === "wikipedia-sanguansi-mirror")).toEqual({ key: "wikipedia-sanguansi-mirror", title: "Sanguansi (English Wikipedia article)", publisher: "English Wikipedia", publisherPageUnknown: true, confidence: "low" });
  });

  it("has both routes with their stops in order", () => {
    const luotan = data.routes.find((r) => r.slug === "luotan-rural-tourism-route");
    expect(luotan?.stops.map((s) => s.place ?? s.nameZh)).toEqual([
      "zhangjiajie-grand-canyon",
      "禾田居山谷",
      "luotan-picking-gardens",
      "jiuge-shangui",
      "禾田居度假酒店（路上汽车酒店）",
    ]);
    expect(luotan?.stops.filter((s) => !s.inTownship).map((s) => s.nameZh)).toEqual([
      "禾田居山谷",
      "禾田居度假酒店（路上汽车酒店）",
    ]);
    const red = data.routes.find((r) => r.slug === "zhumugang-red-study-route");
    expect(red?.red).toBe(true);
    expect(red?.summaryZh).toContain("不是官方线路");
  });
});

/** The "five ones" (五个一) as the 2022 article words them (source-article.zh.txt). */
const FIVE_ONES_ARTICLE =
  "打造一片红色文化景观、扩印一套红色文化书籍、开发一批红色文化精品党课、建设一个特产展厅、新建一座旅游接待会务中心";
const HAN = /\p{Script=Han}/u;

describe("data/guide-data.json: corrected facts (issue 9, places-facts.md §12)", () => {
  it("names the three planned 株木岗 \"five ones\" items in the article's words and says they have no known site", () => {
    const items = ["zhumugang-red-culture-landscape", "zhumugang-specialty-products-hall", "zhumugang-reception-conference-centre"].map(place);
    expect(items.map((p) => p.nameZh)).toEqual([
      "株木岗“五个一”：一片红色文化景观",
      "株木岗“五个一”：一个特产展厅",
      "株木岗“五个一”：一座旅游接待会务中心",
    ]);
    for (const p of items) {
      const words = p.nameZh.split("：")[1]!;
      expect(FIVE_ONES_ARTICLE, p.slug).toContain(words);
      expect(p.summaryZh).toContain("尚无已知地点");
      expect(p.summaryEn).toContain("no known site");
      expect(p.descriptionEn).toContain("It is a plan with no known site.");
    }
  });

  it("says Yuan Renyuan was governor of Qinghai 1958–1962, not its Party secretary, and died aged 87", () => {
    const p = place("yuan-renyuan-former-residence");
    expect(p.descriptionZh).toContain("1958–1962年任青海省人民政府省长");
    expect(p.descriptionZh).not.toContain("青海省委书记");
    expect(p.descriptionZh).toContain("1986年1月2日逝世");
    expect(p.descriptionEn).toContain("was governor of Qinghai from 1958 to 1962");
    expect(p.descriptionEn).not.toMatch(/Party secretary/);
    expect(p.descriptionEn).toContain("died on 2 January 1986, aged 87");
    expect(p.descriptionZh).toContain("慈利县三官寺株木岗村");
    expect(p.sources.map((s) => s.key)).toContain("peoples-daily-1986-04-13");
  });

  it("gives the glass bridge's capacity with both figures and their sources, or neither", () => {
    const p = place("zhangjiajie-grand-canyon-glass-bridge");
    const text = [p.descriptionZh, p.descriptionEn, p.summaryZh, p.summaryEn, ...p.sources.map((s) => s.note ?? "")].join(" ");
    const has800 = /(^|\D)800(\D|$)/.test(text);
    const has600 = /(^|\D)600(\D|$)/.test(text);
    expect(has800).toBe(has600);
    expect(has800).toBe(false);
    expect(p.descriptionEn).toContain("Sources disagree on how many people the bridge may hold at once");
  });

  it("marks every visit length as the guide's estimate", () => {
    const timed = data.places.filter((p) => p.visitMinutes !== undefined);
    expect(timed).toHaveLength(33);
    for (const p of timed) expect(p.visitMinutesEstimated, p.slug).toBe(true);
  });

  it("lets 九歌山鬼 (a night tour, 夜游, in its sources) be visited only in the evening; every other place at any time", () => {
    expect(place("jiuge-shangui").visitWindow).toBe("evening");
    expect(data.places.filter((p) => p.visitWindow !== "any").map((p) => p.slug)).toEqual(["jiuge-shangui"]);
  });

  it("writes English names without Chinese characters and in plain English", () => {
    const names = [
      ...data.places.map((p) => [p.slug, p.nameEn ?? ""] as const),
      ...data.villages.map((v) => [v.slug, v.nameEn] as const),
      ...data.routes.flatMap((r) => [[r.slug, r.nameEn ?? ""] as const, ...r.stops.map((st) => [r.slug, st.nameEn ?? ""] as const)]),
    ];
    for (const [slug, name] of names) expect(HAN.test(name), `${slug}: ${name}`).toBe(false);
    const english = JSON.stringify(data.places.map((p) => [p.summaryEn, p.statusNoteEn, p.descriptionEn, p.studyNoteEn]).concat(data.routes.map((r) => [r.summaryEn])));
    expect(english).not.toContain("landing and under construction");
    expect(english).not.toContain("beautiful-village");
  });

  it("spells the pinyin 采摘园 as one word and 太华山 with huà", () => {
    expect(place("luotan-picking-gardens").pinyin).toBe("Luótán Cūn Cǎizhāiyuán");
    expect(data.villages.find((v) => v.slug === "taihuashan")?.pinyin).toBe("Tàihuàshān");
  });
});

describe("source links: every host is on the allow-list kept with the data (data/source-hosts.json)", () => {
  const hosts = sourceHostsSchema.parse(rawHosts);

  it("accepts every source of the data file", () => {
    expect(sourceHostProblems(data.sources, hosts)).toEqual([]);
  });

  it("does not list the spam and hijacked hosts that carried copies of the reports", () => {
    const listed = hosts.hosts.map((h) => h.host);
    for (const bad of ["foiredespotiers.com", "usamodel.cn", "www.ttav89.com", "factpedia.org"]) expect(listed).not.toContain(bad);
  });

  it("rejects a source that points to a host not on the list (the old mirror of The Paper's report)", () => {
    const bad = copy();
    bad.sources.find((s) => s.key === "thepaper-jiuge-shangui-2023")!.url = "http://usamodel.cn/newsDetail_forward_23525439";
    expect(sourceHostProblems(bad.sources, hosts)).toEqual([
      'source "thepaper-jiuge-shangui-2023": host "usamodel.cn" is not on the allow-list (data/source-hosts.json)',
    ]);
  });

  it("compares whole host names: a look-alike or a sub-domain of a listed host is refused", () => {
    const probe = (url: string) => sourceHostProblems([{ key: "probe", url }], hosts);
    expect(probe("https://www.thepaper.cn.evil.example/x")).toHaveLength(1);
    expect(probe("https://evil.github.com/x")).toHaveLength(1);
    expect(probe("https://WWW.THEPAPER.CN/newsDetail_forward_1")).toEqual([]);
    expect(probe("javascript:alert(1)")).toEqual(['source "probe": "javascript:alert(1)" is not an http(s) URL']);
  });

  it("rejects an allow-list entry that is not a lower-case host name", () => {
    const bad = structuredClone(rawHosts);
    bad.hosts[0]!.host = "https://www.hxw.gov.cn/";
    expect(sourceHostsSchema.safeParse(bad).success).toBe(false);
  });

  it("lists only publishers and archives: a \"republisher\" entry (or any other kind) is rejected", () => {
    expect(new Set(hosts.hosts.map((h) => h.kind))).toEqual(new Set(["publisher", "archive"]));
    for (const kind of ["republisher", "mirror", ""]) {
      const bad = structuredClone(rawHosts) as { hosts: { kind: string }[] };
      bad.hosts[0]!.kind = kind;
      expect(sourceHostsSchema.safeParse(bad).success, kind).toBe(false);
    }
    const withCopy = structuredClone(rawHosts) as { hosts: { host: string; kind: string; note: string }[] };
    withCopy.hosts.push({ host: "www.maika88.com", kind: "republisher", note: "a copy" });
    expect(sourceHostsSchema.safeParse(withCopy).success).toBe(false);
  });

  it("refuses a link to any of the republishing sites the eight copies were seen on", () => {
    const listed = hosts.hosts.map((h) => h.host);
    for (const host of REPUBLISHER_HOSTS) {
      expect(listed).not.toContain(host);
      expect(sourceHostProblems([{ key: "copy", url: `https://${host}/a.html` }], hosts)).toEqual([
        `source "copy": host "${host}" is not on the allow-list (data/source-hosts.json)`,
      ]);
    }
    // the old link of a copy, put back in the data file, is refused
    const bad = copy();
    const maika = bad.sources.find((s) => s.key === "maika88-yuan-renyuan")!;
    delete maika.publisherPageUnknown;
    maika.url = "http://www.maika88.com/content/2021/10/29/10345689.html";
    expect(sourceHostProblems(bad.sources, hosts)).toEqual([
      'source "maika88-yuan-renyuan": host "www.maika88.com" is not on the allow-list (data/source-hosts.json)',
    ]);
  });

  it("keeps each copy's citation without a link, marked, and no more certain than before (MEDIUM)", () => {
    for (const key of SEEN_ONLY_IN_COPIES) {
      const s = data.sources.find((x) => x.key === key)!;
      expect(s.url, key).toBeUndefined();
      expect(s.publisherPageUnknown, key).toBe(true);
      expect(s.confidence, key).toBe("medium");
    }
    // the facts stay: every place and route that cited a copy still does
    const cites = (slug: string) => data.places.find((p) => p.slug === slug)!.sources.map((s) => s.key);
    expect(cites("yuan-renyuan-former-residence")).toEqual(
      expect.arrayContaining(["maika88-yuan-renyuan", "victorzhang-yuan-renyuan", "soolun-yuan-renyuan", "fx361-yuan-renyuan"]),
    );
    expect(cites("luotan-picking-gardens")).toEqual(["bkbbs-luotan-route-2022"]);
    expect(cites("township-government")).toContain("9aivip-sanguansi");
    expect(data.routes.find((r) => r.slug === "luotan-rural-tourism-route")!.sources).toEqual(["bkbbs-luotan-route-2022"]);
  });
});

describe("validateGuideData rejects broken copies", () => {
  it("a source marked publisherPageUnknown that still has a URL", () => {
    const bad = copy();
    bad.sources.find((s) => s.key === "yd166-yuntiandu-name")!.url = "https://m.yd166.com/shenghuo/5656306327.html";
    expect(() => validateGuideData(bad)).toThrow('source "yd166-yuntiandu-name": publisherPageUnknown goes without a url (a copy is never linked)');
  });

  it("accepts the unbroken copy (so each rejection below is caused by its one change)", () => {
    expect(validateGuideData(copy())).toEqual(raw);
  });

  it("a place without sources", () => {
    const bad = copy();
    bad.places[0]!.sources = [];
    expect(() => validateGuideData(bad)).toThrow(/places\.0\.sources: every place needs at least one source/);
  });

  it("lat and lng swapped", () => {
    const bad = copy();
    const loc = bad.places.find((p) => p.slug === "zhangjiajie-grand-canyon-glass-bridge")!.location;
    [loc.lat, loc.lng] = [loc.lng, loc.lat];
    expect(() => validateGuideData(bad)).toThrow(/coordinates must lie inside the township's area \(check lat\/lng order\)/);
  });

  it("an invented point: a township-level place with coordinates", () => {
    const bad = copy();
    const loc = bad.places.find((p) => p.slug === "village-miaoling")!.location;
    Object.assign(loc, { lat: 29.43, lng: 110.65 });
    expect(() => validateGuideData(bad)).toThrow(/a village- or township-level location has no point of its own/);
  });

  it("an approximate location without its point, or with half of one", () => {
    const bad = copy();
    const loc = bad.places.find((p) => p.slug === "zhangjiajie-grand-canyon")!.location;
    delete loc.lat;
    expect(() => validateGuideData(bad)).toThrow(/give both lat and lng, or neither/);
    delete loc.lng;
    expect(() => validateGuideData(bad)).toThrow(/an exact or approximate location needs its point/);
  });

  it("an unknown village", () => {
    const bad = copy();
    bad.places.find((p) => p.slug === "jiuge-shangui")!.village = "wuwangpo";
    expect(() => validateGuideData(bad)).toThrow(/place "jiuge-shangui": unknown village "wuwangpo"/);
  });

  it("an unknown kind", () => {
    const bad = copy();
    (bad.places[0] as { kind: string }).kind = "castle";
    expect(() => validateGuideData(bad)).toThrow(/places\.0\.kind:/);
  });

  it("two places with one slug", () => {
    const bad = copy();
    bad.places[1]!.slug = bad.places[0]!.slug;
    expect(() => validateGuideData(bad)).toThrow(new RegExp(`duplicate place slug "${bad.places[0]!.slug}"`));
  });

  it("two villages with one 2021 code", () => {
    const bad = copy();
    bad.villages[1]!.code12 = bad.villages[0]!.code12;
    expect(() => validateGuideData(bad)).toThrow(new RegExp(`duplicate village code "${bad.villages[0]!.code12}"`));
  });

  it("a place citing a source that is not listed", () => {
    const bad = copy();
    bad.places.find((p) => p.slug === "jiuge-shangui")!.sources.push({ key: "made-up-source" });
    expect(() => validateGuideData(bad)).toThrow(/place "jiuge-shangui": unknown source "made-up-source"/);
  });

  it("a red site not marked red", () => {
    const bad = copy();
    bad.places.find((p) => p.slug === "yuan-renyuan-former-residence")!.red = false;
    expect(() => validateGuideData(bad)).toThrow(/place "yuan-renyuan-former-residence": kind red must have red: true/);
  });

  it("a route stop naming a place that does not exist", () => {
    const bad = copy();
    bad.routes.find((r) => r.slug === "luotan-rural-tourism-route")!.stops[0]!.place = "nowhere";
    expect(() => validateGuideData(bad)).toThrow(/route "luotan-rural-tourism-route": unknown place "nowhere"/);
  });

  it("an exact location with a 500 m uncertainty", () => {
    const bad = copy();
    const loc = bad.places.find((p) => p.slug === "jiuge-shangui")!.location;
    loc.precision = "exact";
    loc.radiusM = 500;
    expect(() => validateGuideData(bad)).toThrow(/an exact location must have radiusM ≤ 100/);
  });

  it.each(["ftp://example.com/article", "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "//example.com/a", "http:/x"])(
    "a source link that is not http(s): %s",
    (url) => {
      const bad = copy();
      bad.sources[0]!.url = url;
      expect(() => validateGuideData(bad)).toThrow(/sources\.0\.url: source URLs must be http\(s\)/);
    },
  );

  it("a visit length without saying whether it is an estimate", () => {
    const bad = copy();
    delete bad.places.find((p) => p.slug === "jiuge-shangui")!.visitMinutesEstimated;
    expect(() => validateGuideData(bad)).toThrow(/place "jiuge-shangui": visitMinutes and visitMinutesEstimated go together/);
  });

  it("an unknown visit window", () => {
    const bad = copy();
    (bad.places[0] as { visitWindow: string }).visitWindow = "night";
    expect(() => validateGuideData(bad)).toThrow(/places\.0\.visitWindow:/);
  });

  it("a visit window of opening hours without opening hours", () => {
    const bad = copy();
    bad.places.find((p) => p.slug === "jiuge-shangui")!.visitWindow = "hours";
    expect(() => validateGuideData(bad)).toThrow(/place "jiuge-shangui": visitWindow "hours" needs openingHours/);
  });
});
