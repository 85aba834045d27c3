"use client";
import { useEffect, useState } from "react";
import { localized, type Lang } from "@/lib/domain/i18n";
import { knownSpots } from "@/lib/domain/known-spot";
import type { Place } from "@/lib/domain/place";
import { chinaToday } from "@/lib/domain/plan/edit-plan";
import { encodePlan } from "@/lib/domain/plan/plan-codec";
import { planParamValue } from "@/lib/domain/plan/plan-param";
import { readPlanParam } from "@/lib/domain/plan/read-plan-param";
import { resolvePlan } from "@/lib/domain/plan/resolve-plan";
import { schedulePlanFor, type PlanSchedule } from "@/lib/domain/plan/schedule-plan";
import type { PlanProblem } from "@/lib/domain/plan/plan-problem";
import type { MapPlace } from "../map/guide-map";
import { planMapPlaces } from "../map/to-map-place";
import { PLACES_API } from "@/lib/domain/offline/sw-protocol";
import { slugsOfPlaces } from "@/lib/domain/offline/offline-urls";

export type AddressPlan = {
  schedule: PlanSchedule | null;
  stops: (MapPlace & { number: number })[];
  code: string;
  problems: PlanProblem[];
  unlocatedNames: string[];
};

/**
 * A shared plan read in the browser: when the page was rendered without the address's ?plan= (the
 * copy kept for offline use has no query), its plan is decoded here, against the places
 * (GET /api/places and /api/places/[slug], kept offline). Null while there is nothing to do or the list cannot be had.
 */
export function useAddressPlan(lang: Lang, serverSawPlan: boolean): AddressPlan | null {
  const [found, setFound] = useState<AddressPlan | null>(null);
  useEffect(() => {
    if (serverSawPlan) return;
    const raw = planParamValue(Object.fromEntries(new URLSearchParams(window.location.search)));
    if (raw === undefined || raw === "") return;
    const controller = new AbortController();
    const getJson = (url: string) =>
      fetch(url, { signal: controller.signal }).then((res) => (res.ok ? (res.json() as Promise<unknown>) : null));
    // The list has summaries; the planner's rules need each place in full (kept for offline too).
    // The Feature parser (zod) loads with the first plan read here, not with the page.
    const parser = import("@/lib/domain/parse-place-feature");
    parser.catch(() => undefined); // a failed load is met below, where it is awaited
    void getJson(PLACES_API)
      .then((list) => Promise.all(slugsOfPlaces(list).map((slug) => getJson(`${PLACES_API}/${encodeURIComponent(slug)}`))))
      .then(async (features) => {
        const { parsePlaceFeature } = await parser;
        const places: Place[] = features.flatMap((f) => parsePlaceFeature(f) ?? []);
        if (places.length === 0) return;
        const bySlug = new Map(places.map((p) => [p.slug, p]));
        const { plan, problems } = readPlanParam(raw, places, chinaToday());
        const resolved = resolvePlan(plan, bySlug);
        setFound({
          schedule: resolved.stops.length > 0 ? schedulePlanFor(plan, bySlug) : null,
          stops: planMapPlaces(plan.stops, bySlug, lang, knownSpots(places)),
          code: encodePlan(plan),
          problems,
          unlocatedNames: resolved.unlocatedStops.map((s) => {
            const p = bySlug.get(s);
            return p ? localized(lang, p.nameZh, p.nameEn).text : s;
          }),
        });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [lang, serverSawPlan]);
  return found;
}
