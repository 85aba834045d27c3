// The staff area's route handlers and pages, found on disk when the tests run, so a route or page
// that anyone adds under app/api/staff/** or app/[lang]/staff/** is covered without editing a list.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./e2e-paths";

export const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
export type WriteMethod = (typeof WRITE_METHODS)[number];
export type HttpMethod = WriteMethod | "GET";

/** A seeded place, for [slug] segments. Other dynamic segments get "1" (a seeded id). */
export const SEEDED_SLUG = "zhangjiajie-grand-canyon";

export type StaffRoute = { file: string; url: string; methods: HttpMethod[] };

function filesNamed(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesNamed(full, name);
    return name.test(e.name) ? [full] : [];
  });
}

/** A URL path from folder segments: route groups dropped, dynamic segments filled. */
function fill(segments: string[]): string {
  return segments
    .filter((s) => !(s.startsWith("(") && s.endsWith(")")))
    .map((s) => {
      if (/^\[\[?\.\.\./.test(s)) return "x";
      if (s === "[slug]" || s === "[placeSlug]") return SEEDED_SLUG;
      if (s.startsWith("[")) return "1";
      return s;
    })
    .join("/");
}

/** The HTTP methods a route module exports (`export async function POST`, `export const PATCH =`, `export { x as DELETE }`). */
export function exportedMethods(source: string): HttpMethod[] {
  const found = new Set<HttpMethod>();
  const names = "GET|POST|PUT|PATCH|DELETE";
  for (const m of source.matchAll(new RegExp(String.raw`export\s+(?:async\s+)?function\s+(${names})\b`, "g"))) found.add(m[1] as HttpMethod);
  for (const m of source.matchAll(new RegExp(String.raw`export\s+(?:const|let|var)\s+(${names})\b`, "g"))) found.add(m[1] as HttpMethod);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of (m[1] as string).split(",")) {
      const exported = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (exported && new RegExp(`^(${names})$`).test(exported)) found.add(exported as HttpMethod);
    }
  }
  return [...found].sort();
}

/** Every route handler under app/api/staff. */
export function staffRoutes(): StaffRoute[] {
  const base = path.join(PROJECT_ROOT, "app", "api", "staff");
  return filesNamed(base, /^route\.(ts|tsx|js)$/).map((file) => {
    const rel = path.relative(base, path.dirname(file));
    const url = `/api/staff${rel ? `/${fill(rel.split(path.sep))}` : ""}`;
    return { file: path.relative(PROJECT_ROOT, file), url, methods: exportedMethods(readFileSync(file, "utf8")) };
  });
}

/** Every staff page except sign-in, as its Chinese path (/staff/...); English adds /en. */
export function staffPages(): { file: string; path: string }[] {
  const base = path.join(PROJECT_ROOT, "app", "[lang]", "staff");
  return filesNamed(base, /^page\.(ts|tsx|js)$/)
    .map((file) => {
      const rel = path.relative(base, path.dirname(file));
      return { file: path.relative(PROJECT_ROOT, file), path: `/staff${rel ? `/${fill(rel.split(path.sep))}` : ""}` };
    })
    .filter((p) => p.path !== "/staff/login");
}
