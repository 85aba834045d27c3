import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, tileImageSource } from "./content-security-policy";

/** The sources of one directive of a policy, e.g. img-src → ["'self'", "data:", …]. */
function sources(policy: string, directive: string): string[] {
  const found = policy.split(";").map((d) => d.trim().split(/\s+/)).find(([name]) => name === directive);
  return found ? found.slice(1) : [];
}

describe("tileImageSource", () => {
  it("is the origin of the tile template, port included", () => {
    expect(tileImageSource("http://127.0.0.1:3099/tiles/{z}/{x}/{y}.png")).toBe("http://127.0.0.1:3099");
    expect(tileImageSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://tile.openstreetmap.org");
    expect(tileImageSource("HTTPS://Tiles.Example.ORG:8443/a/{z}/{x}/{y}.png?key=1")).toBe("https://tiles.example.org:8443");
  });

  it("turns a subdomain placeholder into a wildcard host", () => {
    expect(tileImageSource("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://*.tile.openstreetmap.org");
    expect(tileImageSource("http://tile-{s}.example.org/{z}/{x}/{y}.png")).toBe("http://*.example.org");
  });

  it("refuses what is not an http(s) origin or could inject a directive", () => {
    expect(tileImageSource("ftp://tiles.example.org/{z}/{x}/{y}.png")).toBeNull();
    expect(tileImageSource("/tiles/{z}/{x}/{y}.png")).toBeNull();
    expect(tileImageSource("https://a.org;script-src *;/{z}/{x}/{y}.png")).toBeNull();
    expect(tileImageSource("https://user@a.org/{z}/{x}/{y}.png")).toBeNull();
  });
});

describe("contentSecurityPolicy", () => {
  it("allows images from the app, data:, blob: and the configured tile origin only", () => {
    const policy = contentSecurityPolicy({ tileUrls: ["http://127.0.0.1:3099/tiles/{z}/{x}/{y}.png"] });
    expect(sources(policy, "img-src")).toEqual(["'self'", "data:", "blob:", "http://127.0.0.1:3099"]);
    expect(sources(contentSecurityPolicy(), "img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("allows exactly the configured basemaps' tile hosts, each once", () => {
    const policy = contentSecurityPolicy({
      tileUrls: [
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "https://t0.tianditu.gov.cn/DataServer?T=vec_w&x={x}&y={y}&l={z}&tk=k",
        "https://t0.tianditu.gov.cn/DataServer?T=cva_w&x={x}&y={y}&l={z}&tk=k",
        "https://t1.tianditu.gov.cn/DataServer?T=vec_w&x={x}&y={y}&l={z}&tk=k",
        "ftp://ignored.example.org/{z}/{x}/{y}.png",
      ],
    });
    expect(sources(policy, "img-src")).toEqual(["'self'", "data:", "blob:", "https://tile.openstreetmap.org", "https://t0.tianditu.gov.cn", "https://t1.tianditu.gov.cn"]);
    expect(sources(contentSecurityPolicy({ tileUrls: [] }), "img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("allows eval only in development", () => {
    expect(sources(contentSecurityPolicy(), "script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(sources(contentSecurityPolicy({ dev: true }), "script-src")).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
  });

  it("keeps the other directives whatever the tiles", () => {
    const policy = contentSecurityPolicy({ tileUrls: ["https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"] });
    expect(sources(policy, "default-src")).toEqual(["'self'"]);
    expect(sources(policy, "connect-src")).toEqual(["'self'"]);
    expect(sources(policy, "object-src")).toEqual(["'none'"]);
    expect(sources(policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(sources(policy, "worker-src")).toEqual(["'self'"]);
    expect(policy.split(";")).toHaveLength(11);
  });

  it("lets the service worker's script fetch tiles from the tile origin, and nothing else more", () => {
    const page = contentSecurityPolicy({ tileUrls: ["http://127.0.0.1:3099/tiles/{z}/{x}/{y}.png"] });
    const worker = contentSecurityPolicy({ tileUrls: ["http://127.0.0.1:3099/tiles/{z}/{x}/{y}.png"], serviceWorker: true });
    expect(sources(worker, "connect-src")).toEqual(["'self'", "http://127.0.0.1:3099"]);
    expect(sources(worker, "img-src")).toEqual(["'self'", "data:", "blob:"]);
    const others = (policy: string) => policy.split(";").map((d) => d.trim()).filter((d) => !/^(connect|img)-src /.test(d));
    expect(others(worker)).toEqual(others(page));
  });
});
