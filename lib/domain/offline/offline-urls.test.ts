import { describe, expect, it } from "vitest";
import { offlineUrls, slugsOfPlaces } from "./offline-urls";

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

  it("reads the slugs of /api/places and ignores what is not one", () => {
    const body = { type: "FeatureCollection", features: [{ id: "jiuge-shangui" }, { id: "../staff" }, { id: 7 }, null, { id: "a-1" }] };
    expect(slugsOfPlaces(body)).toEqual(["jiuge-shangui", "a-1"]);
    expect(slugsOfPlaces({ error: {} })).toEqual([]);
    expect(slugsOfPlaces(null)).toEqual([]);
  });
});
