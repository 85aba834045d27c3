import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW_STATE, type ViewState } from "./view-state";
import { SAMPLE_VILLAGES } from "@/lib/test-support/sample-places";
import { guideHref, readGuideUrl, slugFromPath, withPlanCode } from "./guide-url";

const view = (change: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...change });
const at = (href: string) => {
  const url = new URL(href, "http://guide.test");
  return { pathname: url.pathname, search: url.search };
};

describe("slugFromPath", () => {
  it("reads the place from /places/[slug] and /en/places/[slug]", () => {
    expect(slugFromPath("/places/jiuge-shangui")).toBe("jiuge-shangui");
    expect(slugFromPath("/en/places/jiuge-shangui/")).toBe("jiuge-shangui");
  });

  it("gives null for the home page, other pages and a broken escape", () => {
    expect(slugFromPath("/")).toBeNull();
    expect(slugFromPath("/en")).toBeNull();
    expect(slugFromPath("/plan")).toBeNull();
    expect(slugFromPath("/places/a/b")).toBeNull();
    expect(slugFromPath("/places/%E0%A4%A")).toBeNull();
  });
});

describe("guideHref", () => {
  it("puts the place in the path, the view in the query and the plan last", () => {
    expect(guideHref("zh", "jiuge-shangui", view({ kinds: ["red", "village"], q: "株木", lat: 29.4289, lng: 110.6514, z: 13 }), "1.abc")).toBe(
      "/places/jiuge-shangui?kind=village,red&q=%E6%A0%AA%E6%9C%A8&c=29.4289,110.6514,13&plan=1.abc",
    );
  });

  it("keeps English pages English without a lang parameter, and leaves out a missing plan", () => {
    expect(guideHref("en", null, view({ red: true, place: "x" }), null)).toBe("/en?red=1");
    expect(guideHref("en", "township-government", view({}), null)).toBe("/en/places/township-government");
    expect(guideHref("zh", null, view({}), null)).toBe("/");
    expect(guideHref("zh", null, view({}), "1.abc")).toBe("/?plan=1.abc");
  });

  it("is read back by readGuideUrl as the same view and place", () => {
    const v = view({ villages: ["zhumugang"], statuses: ["open"], q: "glass bridge", lat: 29.41, lng: 110.62, z: 14.5 });
    expect(readGuideUrl(at(guideHref("en", "jiuge-shangui", v, "1.abc")), SAMPLE_VILLAGES)).toEqual({ view: v, slug: "jiuge-shangui" });
  });
});

describe("readGuideUrl", () => {
  it("drops bad parameters like the server does", () => {
    expect(readGuideUrl(at("/?kind=castle,red&c=1,2,3&plan=1.x"), SAMPLE_VILLAGES)).toEqual({ view: view({ kinds: ["red"] }), slug: null });
  });
});

describe("withPlanCode", () => {
  it("adds, replaces and removes the plan, keeping every other parameter", () => {
    expect(withPlanCode(at("/places/x?kind=red,village&q=a"), "1.new")).toBe("/places/x?kind=red,village&q=a&plan=1.new");
    expect(withPlanCode(at("/?plan=1.old&kind=red"), "1.new")).toBe("/?plan=1.new&kind=red");
    expect(withPlanCode(at("/en?kind=red&plan=1.old"), null)).toBe("/en?kind=red");
    expect(withPlanCode(at("/?plan=random-bytes"), null)).toBe("/");
  });

  it("gives null when the address already carries that plan (nothing to write)", () => {
    expect(withPlanCode(at("/?kind=red&plan=1.same"), "1.same")).toBeNull();
    expect(withPlanCode(at("/?kind=red"), null)).toBeNull();
  });

  it("collapses a repeated plan parameter into one", () => {
    expect(withPlanCode(at("/?plan=1.a&plan=1.b"), "1.a")).toBe("/?plan=1.a");
  });
});
