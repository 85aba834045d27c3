import { describe, expect, it } from "vitest";
import { KEEP_EVERY_PLACE_MAX, OFFLINE_PLACE_LIST, offlineUrls, slugsOfPlaces } from "./offline-urls";

describe("offlineUrls", () => {
  it("lists the pages and data of every place in the visitor's language", () => {
    expect(offlineUrls("en", ["jiuge-shangui", "zhumugang"])).toEqual([
      "/en",
      "/en/red",
      "/en/plan",
      "/en/places/jiuge-shangui",
      "/en/places/zhumugang",
      "/api/places",
      "/api/place-summaries",
      "/api/places/jiuge-shangui",
      "/api/places/zhumugang",
    ]);
    expect(offlineUrls("zh", ["a"]).slice(0, 4)).toEqual(["/", "/red", "/plan", "/places/a"]);
  });

  it("keeps every place's page and data up to KEEP_EVERY_PLACE_MAX places; above it, the pages and every summary only", () => {
    const slugs = (n: number) => Array.from({ length: n }, (_, i) => `p-${i}`);
    const township = offlineUrls("zh", slugs(KEEP_EVERY_PLACE_MAX));
    expect(township).toHaveLength(3 + KEEP_EVERY_PLACE_MAX + 2 + KEEP_EVERY_PLACE_MAX);
    expect(offlineUrls("zh", slugs(KEEP_EVERY_PLACE_MAX + 1))).toEqual(["/", "/red", "/plan", "/api/place-summaries"]);
    expect(offlineUrls("en", slugs(10_000))).toEqual(["/en", "/en/red", "/en/plan", "/api/place-summaries"]);
    // the list asked for says whether there are more (one more than the limit)
    expect(OFFLINE_PLACE_LIST).toBe(`/api/places?limit=${KEEP_EVERY_PLACE_MAX + 1}`);
  });

  it("reads the slugs of /api/places and ignores what is not one", () => {
    const body = { type: "FeatureCollection", features: [{ id: "jiuge-shangui" }, { id: "../staff" }, { id: 7 }, null, { id: "a-1" }] };
    expect(slugsOfPlaces(body)).toEqual(["jiuge-shangui", "a-1"]);
    expect(slugsOfPlaces({ error: {} })).toEqual([]);
    expect(slugsOfPlaces(null)).toEqual([]);
  });
});
