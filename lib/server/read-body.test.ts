import { describe, expect, it, vi } from "vitest";
import { readBodyText } from "./read-body";

// Request bodies are read only up to each route's limit. A body sent without Content-Length
// (chunked) used to be read whole by request.text() / request.json() before any check: one
// anonymous POST of a few hundred MB to /api/staff/sign-in or /api/corrections held that much
// of the server's memory. The stream below counts what the server pulled from the client.

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: "http://localhost:3000", host: "localhost:3000", "x-forwarded-for": "203.0.113.9" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));

const CHUNK = 64 * 1024;

/** A JSON-ish body of `total` bytes sent in 64 kB chunks, without Content-Length; `pulled()` says how much was read. */
function endlessBody(total: number) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = new Uint8Array(CHUNK).fill(0x61); // "aaaa…"
      if (sent === 0) chunk.set(new TextEncoder().encode('{"name":"'));
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

function post(path: string, body: ReadableStream<Uint8Array>, contentType = "application/json"): Request {
  return new Request(`http://localhost:3000${path}`, { method: "POST", body, headers: { "content-type": contentType }, duplex: "half" } as RequestInit);
}

describe("readBodyText", () => {
  it("returns the text of a body within the limit, multi-byte characters intact", async () => {
    const text = '{"message":"入口在停车场旁 👨‍👩‍👧"}';
    expect(await readBodyText(new Request("http://x/", { method: "POST", body: text }), 1000)).toBe(text);
    expect(await readBodyText(new Request("http://x/", { method: "POST", body: text }), Buffer.byteLength(text))).toBe(text);
    expect(await readBodyText(new Request("http://x/", { method: "POST", body: text }), Buffer.byteLength(text) - 1)).toBeNull();
    expect(await readBodyText(new Request("http://x/"), 10)).toBe("");
  });

  it("refuses a declared Content-Length over the limit without reading, and stops a chunked body at the limit", async () => {
    const declared = endlessBody(10 * CHUNK);
    const request = new Request("http://x/", { method: "POST", body: declared.stream, headers: { "content-length": String(10 * CHUNK) }, duplex: "half" } as RequestInit);
    expect(await readBodyText(request, CHUNK)).toBeNull();
    expect(declared.pulled()).toBeLessThanOrEqual(CHUNK * 2); // the stream's own read-ahead at most

    const chunked = endlessBody(100 * 1024 * 1024);
    expect(await readBodyText(post("/", chunked.stream), 3 * CHUNK)).toBeNull();
    expect(chunked.pulled()).toBeLessThanOrEqual(5 * CHUNK);
  });
});

describe("routes refuse an oversized chunked body with a JSON 413, having read no more than their limit", () => {
  const HUNDRED_MB = 100 * 1024 * 1024;

  it.each([
    ["/api/staff/sign-in", "application/json", 16 * 1024],
    ["/api/staff/sign-in", "application/x-www-form-urlencoded", 16 * 1024],
    ["/api/corrections", "application/json", 64 * 1024],
  ])("POST %s (%s)", async (path, contentType, limit) => {
    const { POST } = (await import(`@/app${path}/route`)) as { POST: (request: Request) => Promise<Response> };
    const body = endlessBody(HUNDRED_MB);
    const res = await POST(post(path, body.stream, contentType));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { status: 413, code: "body_too_large", message: "The body is too large." } });
    expect(body.pulled()).toBeLessThanOrEqual(limit + 2 * CHUNK);
  });
});
