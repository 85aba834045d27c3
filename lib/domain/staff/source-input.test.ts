import { describe, expect, it } from "vitest";
import { HOSTILE_URLS } from "@/e2e/support/xss-payloads";
import { isHttpUrl, needsSource, parseSourceInput, surveyTitle } from "./source-input";

describe("the source rule", () => {
  it("needs a source for a change of location or status, not for a name", () => {
    expect(needsSource([{ field: "lat", old: 1, new: 2 }])).toBe(true);
    expect(needsSource([{ field: "precision", old: "village", new: "exact" }])).toBe(true);
    expect(needsSource([{ field: "statusYear", old: 2022, new: 2025 }])).toBe(true);
    expect(needsSource([{ field: "nameEn", old: "a", new: "b" }])).toBe(false);
  });

  it("accepts an existing key, a publication with an http(s) URL, and a survey date", () => {
    expect(parseSourceInput({ type: "existing", key: "gov-cili" })).toEqual({ ok: true, value: { type: "existing", key: "gov-cili" } });
    const pub = { type: "publication", title: "T", publisher: "P", url: "https://www.cili.gov.cn/a.html", published: "", confidence: "high" };
    expect(parseSourceInput(pub)).toEqual({ ok: true, value: { ...pub, published: null, publisherPageUnknown: false } });
    expect(parseSourceInput({ type: "survey", surveyedOn: "2026-11-29" })).toEqual({ ok: true, value: { type: "survey", surveyedOn: "2026-11-29" } });
  });

  it("refuses every non-http URL, with the error on source.url", () => {
    for (const url of [...HOSTILE_URLS, "ftp://x.cn/", "/relative", "https://"]) {
      const r = parseSourceInput({ type: "publication", title: "T", publisher: "P", url, published: null, confidence: "low" });
      expect(r, url).toEqual({ ok: false, errors: { "source.url": "http_url" } });
      expect(isHttpUrl(url)).toBe(false);
    }
  });

  it("accepts a text seen only in a republished copy without a URL, and never with one", () => {
    const copy = { type: "publication", title: "袁任远生平", publisher: "", url: "", publisherPageUnknown: true, published: "", confidence: "medium" };
    expect(parseSourceInput(copy)).toEqual({
      ok: true,
      value: { type: "publication", title: "袁任远生平", publisher: null, url: null, publisherPageUnknown: true, published: null, confidence: "medium" },
    });
    // a copy's URL is never kept, even an http one
    expect(parseSourceInput({ ...copy, url: "http://www.maika88.com/content/2021/10/29/10345689.html" })).toEqual({
      ok: false,
      errors: { "source.url": "url_with_unknown_page" },
    });
    // without the mark, a publication needs its URL and its publisher
    expect(parseSourceInput({ ...copy, publisherPageUnknown: false })).toEqual({ ok: false, errors: { "source.url": "http_url", "source.publisher": "required" } });
    expect(parseSourceInput({ ...copy, publisherPageUnknown: "yes" })).toEqual({ ok: false, errors: { "source.publisherPageUnknown": "invalid" } });
  });

  it("refuses direction controls in a new source's title and publisher", () => {
    const pub = { type: "publication", title: "\u202Eevil", publisher: "P\u2066", url: "https://www.cili.gov.cn/", published: null, confidence: "low" };
    expect(parseSourceInput(pub)).toEqual({ ok: false, errors: { "source.title": "bidi", "source.publisher": "bidi" } });
  });

  it("refuses a missing type and a bad survey date", () => {
    expect(parseSourceInput({ type: "rumour" })).toEqual({ ok: false, errors: { "source.type": "choice" } });
    expect(parseSourceInput({ type: "survey", surveyedOn: "29/11/2026" })).toEqual({ ok: false, errors: { "source.surveyedOn": "date" } });
  });

  it("names the surveyor and date in both languages", () => {
    expect(surveyTitle("li", "2026-11-29")).toBe("li 于 2026-11-29 实地核查 / Surveyed on site by li on 2026-11-29");
  });
});
