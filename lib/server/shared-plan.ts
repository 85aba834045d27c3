import "server-only";
import { localePath, type Lang } from "@/lib/domain/i18n";
import { encodePlan, type VisitPlan } from "@/lib/domain/plan/plan-codec";
import { chinaToday } from "@/lib/domain/plan/edit-plan";
import { readPlanParam } from "@/lib/domain/plan/read-plan-param";
import { planHref } from "@/lib/domain/plan/plan-param";
import { schedulePlanFor } from "@/lib/domain/plan/schedule-plan";
import type { PlanSchedule } from "@/lib/domain/plan/schedule-plan";
import type { PlanProblem } from "@/lib/domain/plan/plan-problem";
import { absoluteUrl } from "@/lib/domain/place-metadata";
import { getSiteUrl } from "./config";
import { getPlaces } from "./places";

export type SharedPlan = {
  plan: VisitPlan;
  schedule: PlanSchedule;
  /** The plan's code as the guide writes it (encodePlan of what was read). */
  code: string;
  /** The shared plan page, absolute, from SITE_URL (never from the request's headers). */
  url: string;
};

/**
 * The plan a link's code carries, scheduled, for the share images; null with the problems when it
 * carries no stop the guide knows (an empty, broken or hostile code), which the image routes
 * answer with a 400.
 */
export async function readSharedPlan(raw: string | string[] | undefined, lang: Lang): Promise<{ shared: SharedPlan | null; problems: PlanProblem[] }> {
  const places = await getPlaces();
  const { plan, problems } = readPlanParam(raw, places, chinaToday());
  if (plan.stops.length === 0) return { shared: null, problems };
  const bySlug = new Map(places.map((p) => [p.slug, p]));
  const code = encodePlan(plan);
  const url = absoluteUrl(getSiteUrl(), planHref(localePath(lang, "/plan"), code));
  return { shared: { plan, schedule: schedulePlanFor(plan, bySlug), code, url }, problems };
}
