import { GuideShell } from "./guide-shell";
import { mapPreviewScript } from "@/lib/server/map-preview-script";
import { SiteHeader } from "./site-header";
import type { Lang } from "@/lib/domain/i18n";
import { mapViewOf, parseViewState, type ViewState } from "@/lib/domain/browse/view-state";
import { chinaToday } from "@/lib/domain/plan/edit-plan";
import { readPlanParam } from "@/lib/domain/plan/read-plan-param";
import { getRoutes } from "@/lib/server/routes";
import { getCompactPlaces } from "@/lib/server/compact-places";
import { PLAN_PARAM } from "@/lib/domain/plan/plan-param";
import type { Place } from "@/lib/domain/place";
import { getPlaceSummaries } from "@/lib/server/places";
import { getVillages } from "@/lib/server/villages";
import { getBasemaps, getPlacesInlineMax } from "@/lib/server/config";
import { listLength } from "@/lib/domain/browse/list-length";
import { PLACE_SUMMARIES_API, decodeSearchablePlaces, encodeCompactPlaces } from "@/lib/domain/browse/compact-places";
import { firstViewOf } from "@/lib/domain/browse/first-view";
import { sanitizeQuery } from "@/lib/domain/browse/sanitize-query";
import { buildSearchIndex } from "@/lib/domain/browse/build-search-index";
import { searchPlaces } from "@/lib/domain/browse/search-places";
import { toBrowsePlace } from "@/lib/domain/browse/to-browse-place";
import type { VillageRef } from "@/lib/domain/place";
import type { CompactPlaces } from "@/lib/server/compact-places";
import type { FirstViewProps } from "./guide-shell";
import type { SearchAnswer } from "./use-search-rank";

// Server part of the map pages (home and /places/[slug]): loads places and villages, reads the
// view from the URL (bad parameters are dropped and reported, never an error), and gets the pinyin
// of the names for search (computed on the server, so the browser never loads the dictionary).
// The browser gets only summaries, in a compact string (lib/domain/browse/compact-places.ts): all of
// them when there are few (up to PLACES_INLINE_MAX), else those of the first view
// (lib/domain/browse/first-view.ts) and the rest by a fetch after the first paint. The selected
// place (a place page) also comes in full.
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
  const n = listLength(searchParams.n);
  const inline = compact.count <= getPlacesInlineMax();
  const needed = [...(selected ? [selected.slug] : []), ...(plan?.plan.stops ?? []), ...(plan?.plan.start.type === "place" ? [plan.plan.start.slug] : [])];
  return (
    <>
      {/* with many places every summary is fetched after hydration: its download starts while the HTML is read (React puts the link in the head) */}
      {inline ? null : <link rel="preload" href={PLACE_SUMMARIES_API} as="fetch" crossOrigin="anonymous" />}
      <SiteHeader lang={lang} path={path} />
      <main>
        <GuideShell
          lang={lang}
          compactPlaces={inline ? compact.text : null}
          firstView={inline ? null : firstViewProps(compact, villages, state, n, needed)}
          villages={villages}
          villageSyllables={compact.villageSyllables}
          initialListLength={n}
          basemaps={getBasemaps()}
          initialSlug={selected?.slug ?? null}
          initialPlace={selected}
          initialView={state}
          initialSearch={inline ? searchAnswer(compact, villages, state) : null}
          initialProblems={problems}
          routes={routes}
          today={today}
          initialPlan={plan?.plan ?? null}
          planProblems={plan?.problems ?? []}
          mapPreviewScript={await mapPreviewScript()}
        />
      </main>
    </>
  );
}

/** The first view of many places (firstViewOf), as the shell takes it: its places as a compact string. */
function firstViewProps(compact: CompactPlaces, villages: VillageRef[], state: ViewState, listLength: number, needed: string[]): FirstViewProps {
  const { places, searchSyllables } = decodeSearchablePlaces(compact.text, villages, compact.villageSyllables);
  // the search index only when the view has search text (it is the costly part)
  const searchIndex = sanitizeQuery(state.q) === "" ? { entries: [] } : buildSearchIndex(places.map(toBrowsePlace), searchSyllables);
  // the map opens at the address's view (c=) when it has one, else it fits the places shown
  const view = firstViewOf(places, state, searchIndex, { listLength, needed, mapView: mapViewOf(state) });
  return { places: encodeCompactPlaces(view.places, villages, {}), listed: view.listed, counts: view.counts, count: places.length, clusters: view.clusters };
}

/**
 * The address's search text answered on the server (every place inline): the shell shows it until
 * the browser's search code has come, so a link with search text has its list in the HTML.
 */
function searchAnswer(compact: CompactPlaces, villages: VillageRef[], state: ViewState): SearchAnswer | null {
  const q = sanitizeQuery(state.q);
  if (q === "") return null;
  const { places, searchSyllables } = decodeSearchablePlaces(compact.text, villages, compact.villageSyllables);
  return { q, slugs: searchPlaces(buildSearchIndex(places.map(toBrowsePlace), searchSyllables), q) };
}

