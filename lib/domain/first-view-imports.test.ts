// What the first view's scripts may hold: the modules the browser loads with `/` are the "use client"
// modules its pages, layouts and error pages import statically, and everything they import
// statically in turn. Code needed only later is imported dynamically (`import()`, next/dynamic) and
// loads when it is used. This test walks those static imports in the sources and names what must
// stay out of the first view (issue 8's first-load JS budget; bench/web.bench.ts measures the bytes):
// - zod: Turbopack keeps most of zod's core for zod/mini (about 26 kB gzip in the first view);
// - the planner's schedule (suncalc, sunset and opening-hours warnings): the plan panel loads it;
// - the words for a link's unreadable parts (messages-problems.ts): shown only when a link has them;
// - the API Feature parser: it loads with the first panel opened in the browser;
// - the selected place's panel (selected-place.tsx and what it holds) and its words
//   (messages-place.ts): it loads when a place is first opened, or with a place page;
// - the planner's words (messages-plan.ts): they load with the plan panel;
// - the plan's code (plan-state.ts: the codec, the edits, the reducer): a page without a plan
//   starts with the empty plan (empty-plan.ts), and the code loads with a plan or a first edit;
// - the answer of "Near me" (near-me-result.tsx, near-me-places.ts): it loads with the first "Near me";
// - next/link: the first view's links are plain <a> (a page is a full load);
// - next/dynamic: parts loaded later are read with lazyModule (components/lazy-module.ts);
// - the search (its index and ranking, components/search-code.ts): it loads on the visitor's intent
//   or with search text (components/use-search-rank.ts);
// - the inside of "save the township for offline" (save-township-body.tsx) and its words
//   (messages-save-township.ts): they load when it is opened;
// - the words only the server renders (messages-page.ts: titles, the header, the not-found page).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

/**
 * Server modules the home page starts from (its route, the layouts, the error pages, and the
 * not-found page, which Next renders into every page's payload as the layout's fallback).
 */
const ENTRIES = [
  "app/[lang]/layout.tsx",
  "app/[lang]/cached/page.tsx",
  "app/[lang]/page.tsx",
  "app/[lang]/error.tsx",
  "app/[lang]/not-found.tsx",
  "app/global-error.tsx",
];
/** Files the browser always runs, "use client" or not (Next's client instrumentation, when there is one). */
const CLIENT_FILES = ["instrumentation-client.ts"].filter((file) => existsSync(path.join(ROOT, file)));

/** Static value imports and re-exports of a source: `import … from "x"`, `import "x"`, `export … from "x"`. */
function staticImports(source: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(import|export)\s+([^;'"]*?)\s*(?:from\s+)?["']([^"']+)["']/gm;
  for (const m of source.matchAll(statement)) {
    const [, keyword, clause = "", specifier = ""] = m;
    if (keyword === "export" && !/\bfrom\b/.test(m[0])) continue;
    if (/^type\b/.test(clause)) continue; // import type / export type: erased
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    if (named && named[1]!.split(",").every((part) => part.trim() === "" || /^type\s/.test(part.trim()))) continue;
    found.push(specifier);
  }
  return found;
}

function resolveModule(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && /\.(tsx?|mjs)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every .ts and .tsx source under `dirs` (relative to the repository), tests excluded. */
function sourceFiles(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name))),
  );
}

/**
 * The project modules and packages the browser gets with the first view, starting from server
 * `entries`; `serverPackages` are the packages server modules import (a package's "use client"
 * components, next/link among them, reach the browser when a server component renders them).
 */
function firstViewGraph(
  entries: readonly string[],
  clientFiles: readonly string[] = [],
): { modules: Set<string>; packages: Set<string>; serverPackages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const serverPackages = new Set<string>();
  const seen = new Set<string>();
  const queue = [
    ...entries.map((file) => ({ file: path.join(ROOT, file), client: false })),
    ...clientFiles.map((file) => ({ file: path.join(ROOT, file), client: true })),
  ];
  while (queue.length > 0) {
    const { file, client: parentClient } = queue.shift()!;
    const source = readFileSync(file, "utf8");
    const client = parentClient || /^\s*["']use client["']/.test(source);
    const key = `${client}:${file}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (client) modules.add(path.relative(ROOT, file));
    for (const specifier of staticImports(source)) {
      const target = resolveModule(file, specifier);
      if (target) queue.push({ file: target, client });
      else if (!specifier.startsWith(".") && !specifier.startsWith("@/")) (client ? packages : serverPackages).add(specifier);
    }
  }
  return { modules, packages, serverPackages };
}

describe("the first view's scripts", () => {
  it("the import reader keeps value imports and re-exports and skips type-only ones (control)", () => {
    const source = [
      'import { a } from "./a";',
      'import type { B } from "./b";',
      'import { type C } from "./c";',
      'import { type D, e } from "./d";',
      'import "./side-effect";',
      'import * as z from "zod/mini";',
      'export { f } from "./f";',
      'export type { G } from "./g";',
      'const later = () => import("./lazy");',
      "import {\n  h,\n  i,\n} from \"./multi\";",
    ].join("\n");
    expect(staticImports(source)).toEqual(["./a", "./d", "./side-effect", "zod/mini", "./f", "./multi"]);
  });

  it("the walk finds zod when a client module imports it (control: the check below can fail)", () => {
    const { packages, modules } = firstViewGraph(["components/corrections/correction-form.tsx"]);
    expect(modules.has("lib/domain/corrections/correction-input.ts")).toBe(true);
    expect([...packages].some((p) => p === "zod" || p.startsWith("zod/"))).toBe(true);
  });

  it("the home page's client modules are found (the map page's shell and the error pages)", () => {
    const { modules } = firstViewGraph(ENTRIES);
    expect(modules.has("components/guide-shell.tsx")).toBe(true);
    expect(modules.has("components/plan/plan-context.tsx")).toBe(true);
    expect(modules.has("lib/domain/browse/view-state.ts")).toBe(true);
    // the filters without the search, and the hook that loads the search
    expect(modules.has("lib/domain/browse/compile-filters.ts")).toBe(true);
    expect(modules.has("components/use-search-rank.ts")).toBe(true);
    expect(modules.has("app/[lang]/error.tsx")).toBe(true);
  });

  it("hold no zod, no schedule, no problem texts, no Feature parser, no place panel, no plan code and no answer of Near me", () => {
    const { modules, packages } = firstViewGraph(ENTRIES, CLIENT_FILES);
    expect([...packages].filter((p) => p === "zod" || p.startsWith("zod/") || p === "suncalc" || p === "@turf/bearing")).toEqual([]);
    const later = [
      "lib/domain/plan/schedule-plan.ts",
      "lib/domain/messages-problems.ts",
      "lib/domain/parse-place-feature.ts",
      "lib/domain/slug-schema.ts",
      "lib/domain/plan/plan-schema.ts",
      "components/plan/plan-panel.tsx",
      "components/url-problems.tsx",
      // the selected place's panel and what it offers: loaded when a place is first opened
      "components/selected-place.tsx",
      "components/place-panel.tsx",
      "components/navigate-links.tsx",
      "components/nearby-places.tsx",
      "components/share-button.tsx",
      "components/use-place-detail.ts",
      "components/corrections/suggest-correction.tsx",
      // their words: the panel's (messages-place.ts) and the planner's (messages-plan.ts, all but
      // the few of messages-plan-basics.ts that the tabs and the list's buttons show)
      "lib/domain/messages-place.ts",
      "lib/domain/messages-plan.ts",
      // the plan's code (codec, edits, reducer): it loads when the visitor has or starts a plan
      "components/plan/plan-state.ts",
      "lib/domain/plan/plan-codec.ts",
      "lib/domain/plan/edit-plan.ts",
      "lib/domain/plan/plan-reducer.ts",
      "lib/domain/plan/read-plan-param.ts",
      "lib/domain/plan/base64url.ts",
      // the answer of "Near me" and its words: they load with the first "Near me"
      "components/near-me-result.tsx",
      "lib/domain/near-me-places.ts",
      "lib/domain/browse/find-nearest.ts",
      "lib/domain/messages-near-me.ts",
      // the search: its index and ranking load on intent or with search text
      "components/search-code.ts",
      "lib/domain/browse/search-places.ts",
      "lib/domain/browse/build-search-index.ts",
      "lib/domain/browse/match-syllables.ts",
      "lib/domain/browse/compile-view-filters.ts",
      // the inside of "save the township for offline": it loads when the disclosure is first opened
      "components/offline/save-township-body.tsx",
      "lib/domain/offline/township-tiles.ts",
      "lib/domain/messages-save-township.ts",
      // words only the server renders
      "lib/domain/messages-page.ts",
    ];
    expect(later.filter((m) => modules.has(m))).toEqual([]);
  });

  it("hold no next/link, and no module of the guide imports it: the guide's links are plain <a> (its code is about 5 kB gzipped, and it prefetches)", () => {
    const { packages, serverPackages } = firstViewGraph(ENTRIES, CLIENT_FILES);
    expect(packages.has("next/link")).toBe(false);
    expect(serverPackages.has("next/link")).toBe(false);
    // nor does another page or part of the guide (/red, the panel, "Near me", the planner)
    const importers = sourceFiles(["app", "components", "lib"]).filter((file) =>
      staticImports(readFileSync(path.join(ROOT, file), "utf8")).includes("next/link"),
    );
    expect(importers).toEqual([]);
    // control: the reader sees next/link where a module imports it
    expect(staticImports('import Link from "next/link";')).toEqual(["next/link"]);
  });

  it("hold no next/dynamic: the parts loaded later are read with lazyModule (its code is about 1.3 kB gzipped)", () => {
    const { packages } = firstViewGraph(ENTRIES, CLIENT_FILES);
    expect(packages.has("next/dynamic")).toBe(false);
    // the map's own code loads after the first paint, and it has none either
    expect(firstViewGraph([], ["components/map/leaflet-map.tsx"]).packages.has("next/dynamic")).toBe(false);
    // control: the walk sees next/dynamic where a client module imports it (the staff's location fields)
    expect(firstViewGraph([], ["components/staff/location-fields.tsx"]).packages.has("next/dynamic")).toBe(true);
  });

  it("the map's code holds no gcoord: the GCJ-02 shift (datum-shift.ts) loads when such a basemap is chosen", () => {
    // leaflet-map.tsx is loaded by every map page after its first paint; the Amap shift only with Amap
    const map = firstViewGraph([], ["components/map/leaflet-map.tsx"]);
    // control: the walk reaches the module that draws through the datum (it imported the shift before)
    expect(map.modules.has("components/map/map-datum.tsx")).toBe(true);
    expect(map.packages.has("gcoord")).toBe(false);
    expect(map.modules.has("lib/domain/map/datum-shift.ts")).toBe(false);
    const firstView = firstViewGraph(ENTRIES, CLIENT_FILES);
    expect(firstView.packages.has("gcoord")).toBe(false);
    // control: the staff's location picker imports it, and the walk sees it there
    expect(firstViewGraph([], ["components/map/location-picker-map.tsx"]).packages.has("gcoord")).toBe(true);
  });

  it("the error pages carry their own few strings, not every message of the guide", () => {
    for (const page of ["app/[lang]/error.tsx", "app/global-error.tsx"]) {
      const { modules } = firstViewGraph([page]);
      expect(modules.has("lib/domain/messages-error.ts"), page).toBe(true);
      expect(modules.has("lib/domain/messages.ts"), page).toBe(false);
    }
  });
});
