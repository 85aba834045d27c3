import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { geoJson, ifNoneMatchMatches, strongEtag, toGeoJsonBody } from "./api-response";

// ETag and If-None-Match (RFC 9110 §8.8.3, §13.1.2): a strong tag from the body bytes; 304 when any
// listed tag matches by weak comparison, or for `*`.
const body = toGeoJsonBody({ type: "FeatureCollection", features: [{ type: "Feature", id: "灯塔", geometry: null, properties: {} }] });
const ETAG = body.etag;

function get(ifNoneMatch?: string): Response {
  const headers: Record<string, string> = ifNoneMatch === undefined ? {} : { "If-None-Match": ifNoneMatch };
  return geoJson(new Request("http://localhost/api/places", { headers }), body);
}

describe("strongEtag", () => {
  it("is the quoted SHA-256 of the UTF-8 body, different for a one-byte change", () => {
    const expected = `"${createHash("sha256").update(Buffer.from(body.body, "utf8")).digest("base64url")}"`;
    expect(ETAG).toBe(expected);
    expect(ETAG).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(strongEtag(body.body + " ")).not.toBe(ETAG);
  });
});

describe("ifNoneMatchMatches", () => {
  it("matches its own tag, the weak form of it, `*`, and any tag of a list", () => {
    expect(ifNoneMatchMatches(ETAG, ETAG)).toBe(true);
    expect(ifNoneMatchMatches(`W/${ETAG}`, ETAG)).toBe(true);
    expect(ifNoneMatchMatches("*", ETAG)).toBe(true);
    expect(ifNoneMatchMatches(` "a,b", W/"old" , ${ETAG}`, ETAG)).toBe(true);
  });

  it("does not match a missing header, another tag, an unquoted tag or a tag with a comma split off", () => {
    expect(ifNoneMatchMatches(null, ETAG)).toBe(false);
    expect(ifNoneMatchMatches('"other"', ETAG)).toBe(false);
    expect(ifNoneMatchMatches('W/"other", "x"', ETAG)).toBe(false);
    expect(ifNoneMatchMatches(ETAG.slice(1, -1), ETAG)).toBe(false);
    expect(ifNoneMatchMatches('"a,b"', '"b"')).toBe(false);
    expect(ifNoneMatchMatches("", ETAG)).toBe(false);
  });
});

describe("geoJson", () => {
  it("answers 200 with the exact body, its ETag and a revalidate-every-time Cache-Control", async () => {
    const res = get();
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe(ETAG);
    expect(res.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(await res.text()).toBe(body.body);
  });

  it.each([ETAG, `W/${ETAG}`, "*", `"stale", ${ETAG}`])("answers 304 without a body and with the same ETag for If-None-Match: %s", async (header) => {
    const res = get(header);
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe(ETAG);
    expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(await res.text()).toBe("");
  });

  it("answers 200 with the body when no listed tag matches", async () => {
    const res = get('"stale", W/"older"');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(body.body);
  });
});
