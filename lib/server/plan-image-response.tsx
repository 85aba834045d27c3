import "server-only";
import type { ReactElement } from "react";
import { ImageResponse } from "next/og";
import { isLang, type Lang } from "@/lib/domain/i18n";
import { planParamValue } from "@/lib/domain/plan/plan-param";
import { jsonError } from "./api-response";
import { readSharedPlan, type SharedPlan } from "./shared-plan";
import { shareFonts } from "./share-font";

/** The search parameters of a request, as a page's searchParams (a repeated key gives a list). */
function searchParamsOf(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length === 1 ? (all[0] as string) : all;
  }
  return out;
}

/**
 * GET of a plan image (/plan/image?plan=CODE, /plan/poster?plan=CODE, and under /en): the plan of
 * the code drawn by `draw` at `size`, or a JSON 400 when the code carries no stop the guide knows.
 */
export async function planImageResponse(
  request: Request,
  params: Promise<{ lang: string }>,
  draw: (lang: Lang, shared: SharedPlan) => Promise<{ element: ReactElement; width: number; height: number }>,
): Promise<Response> {
  const { lang } = await params;
  if (!isLang(lang)) return jsonError(404, "not_found", "No such page.");
  const { shared, problems } = await readSharedPlan(planParamValue(searchParamsOf(new URL(request.url))), lang);
  if (!shared) {
    const why = problems.map((p) => p.code).join(", ") || "no stops";
    return jsonError(400, "bad_plan", `The plan code carries no stop of this guide (${why}). Share the plan again from the planner.`);
  }
  const { element, width, height } = await draw(lang, shared);
  return new ImageResponse(element, { width, height, fonts: await shareFonts() });
}
