import { GuideShell } from "./guide-shell";
import { SiteHeader } from "./site-header";
import type { Lang } from "@/lib/domain/i18n";
import { parseViewState } from "@/lib/domain/browse/view-state";
import { chinaToday } from "@/lib/domain/plan/edit-plan";
import { readPlanParam } from "@/lib/domain/plan/read-plan-param";
import { getRoutes } from "@/lib/server/routes";
import { getCompactPlaces } from "@/lib/server/compact-places";
import { PLAN_PARAM } from "@/lib/domain/plan/plan-param";
import type { Place } from "@/lib/domain/place";
import { getPlaceSummaries } from "@/lib/server/places";
import { getVillages } from "@/lib/server/villages";
import { getBasemaps } from "@/lib/server/config";
import { listLength } from "@/lib/domain/browse/list-length";

// Server part of the map pages (home and /places/[slug]): loads places and villages, reads the
// view from the URL (bad parameters are dropped and reported, never an error), and gets the pinyin
// of the names for search (computed on the server, so the browser never loads the dictionary).
// The browser gets only summaries, in a compact string (lib/domain/browse/compact-places.ts); the
// selected place (a place page) also comes in full.
export async function GuidePage({
  lang,
  selected,
  searchParams,
}: {
  lang: Lang;
  selected: Place | null;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const [villages, routes, compact] = await Promise.all([getVillages(), getRoutes(), getCompactPlaces()]);
  const { state, problems } = parseViewState(searchParams, { knownVillages: new Set(villages.map((v) => v.slug)) });
  const today = chinaToday();
  const planCode = searchParams[PLAN_PARAM];
  // All places' summaries are read (from the cache) only for a shared plan, to check its stops.
  const plan = planCode === undefined ? null : readPlanParam(planCode, await getPlaceSummaries(), today);
  const path = selected ? `/places/${selected.slug}` : "/";
  return (
    <>
      <SiteHeader lang={lang} path={path} />
      <main>
        <GuideShell
          lang={lang}
          compactPlaces={compact.text}
          villages={villages}
          villageSyllables={compact.villageSyllables}
          initialListLength={listLength(searchParams.n)}
          basemaps={getBasemaps()}
          initialSlug={selected?.slug ?? null}
          initialPlace={selected}
          initialView={state}
          initialProblems={problems}
          routes={routes}
          today={today}
          initialPlan={plan?.plan ?? null}
          planProblems={plan?.problems ?? []}
        />
      </main>
    </>
  );
}
