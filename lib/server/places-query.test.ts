import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, PAGE_LIMIT_DEFAULT, pageSearch, parsePlacesQuery } from "./places-query";

const parse = (qs: string) => parsePlacesQuery(new URLSearchParams(qs));
const problemParams = (qs: string) => {
  const r = parse(qs);
  return r.ok ? [] : r.problems.map((p) => p.param);
};

describe("parsePlacesQuery", () => {
  it("without bbox, limit or cursor asks for every place", () => {
    expect(parse("")).toEqual({ ok: true, query: { kind: "all" } });
    expect(parse("lang=en")).toEqual({ ok: true, query: { kind: "all" } });
  });

  it("reads a bbox as west,south,east,north with the default limit", () => {
    expect(parse("bbox=110.6,29.4,110.7,29.45")).toEqual({
      ok: true,
      query: { kind: "page", bbox: { west: 110.6, south: 29.4, east: 110.7, north: 29.45 }, limit: PAGE_LIMIT_DEFAULT, after: null },
    });
    expect(parse("bbox=-180,-90,180,90&limit=1000").ok).toBe(true);
  });

  it("refuses malformed, out-of-range and inverted boxes", () => {
    for (const bbox of ["", "1,2,3", "1,2,3,4,5", "a,b,c,d", "110.6,29.4,110.7,", "1e2,0,2e2,1", "0x10,0,20,1", "Infinity,0,1,1", "110.7,29.4,110.6,29.45", "110,29.5,111,29.4", "181,0,182,1", "0,-91,1,0", " 110.6,29.4,110.7,29.45x"]) {
      expect(problemParams(`bbox=${encodeURIComponent(bbox)}`), bbox).toEqual(["bbox"]);
    }
  });

  it("refuses a limit outside 1..1000 or not a whole number, and repeated parameters", () => {
    for (const limit of ["0", "1001", "-1", "1.5", "10a", "", "99999"]) expect(problemParams(`limit=${limit}`), limit).toEqual(["limit"]);
    expect(problemParams("limit=1&limit=2")).toEqual(["limit"]);
    expect(problemParams("bbox=0,0,1,1&bbox=0,0,1,1")).toEqual(["bbox"]);
  });

  it("accepts only cursors it gave out", () => {
    const cursor = encodeCursor({ sortOrder: 12, id: 345 });
    expect(decodeCursor(cursor)).toEqual({ sortOrder: 12, id: 345 });
    expect(parse(`cursor=${cursor}`)).toEqual({ ok: true, query: { kind: "page", bbox: null, limit: PAGE_LIMIT_DEFAULT, after: { sortOrder: 12, id: 345 } } });
    const forged = ["", "abc", "p1.", "p1.!!", `p1.${Buffer.from("12").toString("base64url")}`, `p1.${Buffer.from("1.2.3").toString("base64url")}`, `p1.${Buffer.from("1.99999999999").toString("base64url")}`, `p2.${cursor.slice(3)}`, `${cursor}=`];
    for (const c of forged) expect(problemParams(`cursor=${encodeURIComponent(c)}`), c).toEqual(["cursor"]);
  });

  it("reports every bad parameter at once", () => {
    expect(problemParams("bbox=x&limit=0&cursor=y")).toEqual(["bbox", "limit", "cursor"]);
  });

  it("writes a canonical query string that parses back to the same page", () => {
    const q = { bbox: { west: 110.6, south: 29.4, east: 110.7, north: 29.45 }, limit: 20, after: { sortOrder: 3, id: 9 } };
    const again = parse(pageSearch(q));
    expect(again).toEqual({ ok: true, query: { kind: "page", ...q } });
  });
});
