// The map page's address: the selected place in the path (/places/[slug], /en/...), the view
// (filters, search, map centre and zoom) and the visitor's plan code in the query. Pure functions;
// components/use-guide-url.ts is the one writer of the address bar and uses them.
import { localePath, type Lang } from "../i18n";
import { PLAN_PARAM } from "../plan/plan-param";
import { parseViewState, serializeViewState, type ViewState } from "./view-state";

const PLACE_PATH = /^(?:\/en)?\/places\/([^/]+)\/?$/;

/** The selected place's slug from a map page's path, or null (home page, or an undecodable slug). */
export function slugFromPath(pathname: string): string | null {
  const m = PLACE_PATH.exec(pathname);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

/**
 * The path and query of a view: the place in the path, the view's parameters in their canonical
 * order, then the plan (null = no plan in the URL). The language is the path's, never `lang=`.
 */
export function guideHref(lang: Lang, slug: string | null, view: ViewState, planCode: string | null): string {
  const query = [serializeViewState({ ...view, place: undefined }), planCode ? `${PLAN_PARAM}=${planCode}` : ""]
    .filter(Boolean)
    .join("&");
  return localePath(lang, slug ? `/places/${slug}` : "/") + (query ? `?${query}` : "");
}

/** The view and the selected place an address shows (bad parameters are dropped, as on the server). */
export function readGuideUrl(
  location: { pathname: string; search: string },
  knownVillages: ReadonlySet<string>,
): { view: ViewState; slug: string | null } {
  const { state } = parseViewState(new URLSearchParams(location.search), { knownVillages });
  return { view: state, slug: slugFromPath(location.pathname) };
}

/**
 * The same address with the plan parameter set to `planCode` (null: removed), every other
 * parameter kept as it is. Null when the address already carries exactly that plan.
 */
export function withPlanCode(location: { pathname: string; search: string }, planCode: string | null): string | null {
  const params = new URLSearchParams(location.search);
  if (params.get(PLAN_PARAM) === planCode && params.getAll(PLAN_PARAM).length <= 1) return null;
  if (planCode) params.set(PLAN_PARAM, planCode);
  else params.delete(PLAN_PARAM);
  const search = params.toString().replace(/%2C/g, ",");
  return location.pathname + (search ? `?${search}` : "");
}
