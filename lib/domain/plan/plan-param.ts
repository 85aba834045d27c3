// The URL parameter that carries a plan code, on every page: the map pages (/?plan=…,
// /places/x?plan=…) and the shared plan page (/plan?plan=…). Defined here, in pure domain code, so
// server pages and client components import the same name.

export const PLAN_PARAM = "plan";

/** The name /plan used before (`/plan?p=CODE`): links already shared with it are still read. */
const LEGACY_PLAN_PARAM = "p";

/**
 * The raw plan code of a page's `searchParams`: `plan`, or the old `p` when `plan` is absent.
 * Undefined when neither is there.
 */
export function planParamValue(searchParams: Readonly<Record<string, string | string[] | undefined>>): string | string[] | undefined {
  return searchParams[PLAN_PARAM] ?? searchParams[LEGACY_PLAN_PARAM];
}

/** A link to `path` (already localized, e.g. "/en/plan") that carries the plan `code`. */
export function planHref(path: string, code: string): string {
  return `${path}?${PLAN_PARAM}=${code}`;
}
