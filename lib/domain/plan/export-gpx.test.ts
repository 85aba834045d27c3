import { readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import { describe, expect, it } from "vitest";
import { exportGpx } from "./export-gpx";
import { fixtureSchedule } from "@/lib/test-support/fixture-schedule";

const xsd = readFileSync(path.join(__dirname, "gpx-1-1.xsd"), "utf8");

async function validate(xml: string) {
  return validateXML({ xml: [{ fileName: "plan.gpx", contents: xml }], schema: [{ fileName: "gpx.xsd", contents: xsd }] });
}

describe("exportGpx", () => {
  it("the schema file is the official Topografix GPX 1.1 schema", () => {
    expect(xsd).toContain('targetNamespace="http://www.topografix.com/GPX/1/1"');
    expect(xsd).toContain("GPX schema version 1.1");
  });

  it("validates against the GPX 1.1 XSD", { timeout: 60_000 }, async () => {
    const result = await validate(exportGpx(fixtureSchedule()));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("the validator does reject a broken document (control)", { timeout: 60_000 }, async () => {
    const broken = exportGpx(fixtureSchedule()).replace('<wpt lat="29.400000" lon="110.600000">', '<wpt lat="99.000000">');
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it("writes one wpt per stop with name, description and UTC time, and one rte per day", () => {
    const gpx = exportGpx(fixtureSchedule());
    expect(gpx.match(/<wpt /g)).toHaveLength(3);
    expect(gpx.match(/<rte>/g)).toHaveLength(2);
    // Day 1: origin, shimen, origin; day 2: origin, laojie, hongjun-jiuzhi, origin.
    expect(gpx.match(/<rtept /g)).toHaveLength(3 + 4);
    expect(gpx).toContain(
      [
        '  <wpt lat="29.400000" lon="110.600000">',
        "    <time>2026-06-21T00:50:00Z</time>",
        "    <name>石门 &amp; &lt;洞&gt; (Stone &quot;Gate&quot;; the, best\\)</name>",
        "    <desc>Day 1, stop 1 · arrive 08:50, leave 09:50 (UTC+8) · 60 min visit · scenic</desc>",
        "    <type>scenic</type>",
        "  </wpt>",
      ].join("\n"),
    );
    expect(gpx).toContain(
      ["  <rte>", "    <name>Day 2 (2026-06-22)</name>", "    <desc>08:30–10:45 UTC+8, about 15.0 km</desc>", "    <number>2</number>"].join("\n"),
    );
    expect(gpx).toContain('<rtept lat="29.428889" lon="110.651389">\n      <time>2026-06-22T02:45:00Z</time>');
    expect(gpx.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="sanguansi-guide"')).toBe(true);
  });

  it("escapes markup and drops characters XML cannot carry", () => {
    /** The plan name as written in <metadata><name>. */
    const nameAs = (name: string) => /<metadata>\n {4}<name>([\s\S]*?)<\/name>/.exec(exportGpx(fixtureSchedule(), { name }))?.[1];
    expect(nameAs(`a<b>&"c"'d'`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
    expect(nameAs("x\u0000y\u0007z\uD800w\uFFFE")).toBe("xyzw");
    expect(nameAs("tab\tnl\n😀")).toBe("tab\tnl\n😀");
  });

  it("an escaped hostile name still validates", { timeout: 60_000 }, async () => {
    const s = fixtureSchedule();
    const hostile = { ...s, origin: { ...s.origin, nameZh: "]]><evil/>\u0001&#x0;" } };
    const result = await validate(exportGpx(hostile, { name: "<x>", creator: '"q"' }));
    expect(result.valid).toBe(true);
  });
});
