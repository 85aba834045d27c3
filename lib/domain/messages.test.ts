// The message files keep Chinese and English in step, and hold no key that nothing shows.
//
// "Same shape": the same keys at every level (nested objects such as confidenceLevels included),
// strings where the other language has a string, functions of the same arity where it has one.
// "Used": some source file outside the message files (app/, components/, lib/; tests excluded)
// reads the key from a message object: `t.key` / `t?.key` where `t` was bound by
// `const t = messages(…)`, `messages(…).key`, or `const { key } = messages(…)`. A key read any
// other way (the whole object passed on and read under another name) counts as unused: read it
// from a bound message object instead.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "./i18n";
import { messages } from "./messages";
import { pageMessages } from "./messages-page";
import { planMessages } from "./messages-plan";
import { planBasicMessages } from "./messages-plan-basics";
import { placeMessages } from "./messages-place";
import { problemMessages } from "./messages-problems";
import { redMessages } from "./messages-red";
import { correctionMessages } from "./messages-corrections";
import { staffPlaceMessages } from "./messages-staff-places";
import { homestayMessages } from "./messages-homestay";
import { staffMessages } from "./messages-staff";
import { userAdminMessages } from "./messages-users";
import { worklistMessages } from "./messages-worklist";
import { mapMessages } from "./messages-map";
import { offlineMessages } from "./messages-offline";
import { saveTownshipMessages } from "./messages-save-township";
import { shareMessages } from "./messages-share";
import { sheetMessages } from "./messages-sheet";
import { errorMessages } from "./messages-error";

const MODULES: Record<string, (lang: Lang) => object> = {
  messages,
  pageMessages,
  planMessages,
  planBasicMessages,
  placeMessages,
  redMessages,
  problemMessages,
  homestayMessages,
  staffMessages,
  userAdminMessages,
  worklistMessages,
  correctionMessages,
  staffPlaceMessages,
  mapMessages,
  offlineMessages,
  saveTownshipMessages,
  shareMessages,
  sheetMessages,
  errorMessages,
};
const ROOT = path.resolve(__dirname, "../..");
const SCANNED = ["app", "components", "lib"];

/** Where two message objects differ in shape: "path: …" lines, empty when they agree. */
function shapeDifferences(a: unknown, b: unknown, at = "(root)"): string[] {
  if (typeof a === "function" || typeof b === "function") {
    if (typeof a !== "function" || typeof b !== "function") return [`${at}: function in one language only`];
    return a.length === b.length ? [] : [`${at}: arity ${a.length} vs ${b.length}`];
  }
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    const child = (k: string) => (at === "(root)" ? k : `${at}.${k}`);
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const out = [
      ...ka.filter((k) => !kb.includes(k)).map((k) => `${child(k)}: missing in the second language`),
      ...kb.filter((k) => !ka.includes(k)).map((k) => `${child(k)}: missing in the first language`),
    ];
    for (const k of ka.filter((key) => kb.includes(key))) {
      out.push(...shapeDifferences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], child(k)));
    }
    return out;
  }
  return typeof a === typeof b ? [] : [`${at}: ${typeof a} vs ${typeof b}`];
}

const CALL_ARGS = String.raw`\((?:[^()]|\([^()]*\))*\)`;

/** Message keys a source text reads, per message function (see the header for what counts). */
function usedKeys(source: string, functions: readonly string[]): Map<string, Set<string>> {
  const used = new Map(functions.map((f) => [f, new Set<string>()]));
  const names = functions.join("|");
  const add = (fn: string | undefined, key: string | undefined) => {
    if (fn !== undefined && key !== undefined) used.get(fn)?.add(key);
  };
  for (const m of source.matchAll(new RegExp(String.raw`\b(${names})${CALL_ARGS}\s*\??\.\s*([A-Za-z_$][\w$]*)`, "g"))) add(m[1], m[2]);
  for (const m of source.matchAll(new RegExp(String.raw`\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(${names})\(`, "g"))) {
    const variable = m[1] as string;
    for (const k of source.matchAll(new RegExp(String.raw`(?<![\w$.])${variable.replace(/\$/g, "\\$")}\s*\??\.\s*([A-Za-z_$][\w$]*)`, "g"))) {
      add(m[2], k[1]);
    }
  }
  for (const m of source.matchAll(new RegExp(String.raw`\b(?:const|let|var)\s*\{([^{}]*)\}\s*=\s*(${names})\(`, "g"))) {
    for (const part of (m[1] as string).split(",")) add(m[2], part.split(":")[0]?.trim() || undefined);
  }
  return used;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(full);
    const isSource = /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name);
    const isMessageFile = /^messages(-[a-z]+)?\.ts$/.test(entry.name) && dir === path.join(ROOT, "lib", "domain");
    return isSource && !isMessageFile ? [full] : [];
  });
}

describe("message files", () => {
  it("the shape check finds missing keys, type and arity mismatches (control)", () => {
    expect(shapeDifferences({ a: "x", b: { c: "y" }, f: (n: number) => `${n}` }, { a: "x", b: { c: "y" }, f: (n: number) => `${n}` })).toEqual([]);
    expect(
      shapeDifferences(
        { a: "x", b: { c: "y", d: "z" }, f: (n: number) => `${n}`, g: "s" },
        { a: "x", b: { c: "y" }, f: () => "", g: () => "", h: "new" },
      ),
    ).toEqual(["h: missing in the first language", "b.d: missing in the second language", "f: arity 1 vs 0", "g: function in one language only"]);
  });

  for (const [name, of] of Object.entries(MODULES)) {
    it(`${name}: Chinese and English have the same keys, nested keys and function arities`, () => {
      expect(LANGS).toEqual(["zh", "en"]);
      expect(shapeDifferences(of("zh"), of("en"))).toEqual([]);
    });
  }

  it("the usage scan reads bound objects, direct calls and destructuring, and nothing else (control)", () => {
    const source = [
      "const t = messages(lang); t.foo; t?.maybe; notT.zap; x.t.nope;",
      "const { bar, baz: q } = planMessages(x);",
      'messages(isLang(l) ? l : "zh").qux; other.zap; messages.length;',
    ].join("\n");
    const used = usedKeys(source, ["messages", "planMessages"]);
    expect([...(used.get("messages") ?? [])].sort()).toEqual(["foo", "maybe", "qux"]);
    expect([...(used.get("planMessages") ?? [])].sort()).toEqual(["bar", "baz"]);
  });

  it("every key is used somewhere outside the message files", () => {
    const used = new Map(Object.keys(MODULES).map((name) => [name, new Set<string>()]));
    const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      for (const [name, keys] of usedKeys(readFileSync(file, "utf8"), Object.keys(MODULES))) {
        for (const key of keys) used.get(name)?.add(key);
      }
    }
    const unused = Object.entries(MODULES).flatMap(([name, of]) =>
      Object.keys(of("zh"))
        .filter((key) => !used.get(name)?.has(key))
        .map((key) => `${name}.${key}`),
    );
    expect(unused).toEqual([]);
  });
});
