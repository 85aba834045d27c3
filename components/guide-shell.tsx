"use client";
import { Suspense, use, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { localePath, localized, type Lang } from "@/lib/domain/i18n";
import type { Place, PlaceSummary, VillageRef } from "@/lib/domain/place";
import { messages } from "@/lib/domain/messages";
import type { SearchSyllables } from "@/lib/domain/browse/types";
import { decodeCompactPlaces, decodeSearchablePlaces } from "@/lib/domain/browse/compact-places";
import { useAllPlaces, type AllPlaces } from "./use-all-places";
import { afterNextPaint } from "./after-next-paint";
import { LIST_PAGE } from "@/lib/domain/browse/list-length";
import { sanitizeQuery } from "@/lib/domain/browse/sanitize-query";
import { facetCounts, type FacetCounts } from "@/lib/domain/browse/facet-counts";
import { filterPlaces } from "@/lib/domain/browse/filter-places";
import { compileFilters } from "@/lib/domain/browse/compile-filters";
import { DEFAULT_VIEW_STATE, serializeViewState, type ViewProblem, type ViewState } from "@/lib/domain/browse/view-state";
import { toBrowsePlace } from "@/lib/domain/browse/to-browse-place";
import { knownSpots } from "@/lib/domain/known-spot";
import { firstClusterSingles, type FirstClusters } from "@/lib/domain/first-clusters";
import { GuideMap, type MapPick } from "./map/guide-map";
import type { Basemap } from "@/lib/domain/map/basemap";
import { MapPickProvider } from "./map-pick";
import { unlocatedLabels } from "./map/unlocated-labels";
import { guideMapPlaces, planMapPlaces, planPathOf } from "./map/to-map-place";
import { PlaceList } from "./place-list";
import { GuideTabs, type GuideTab } from "./guide-tabs";
import { Legend } from "./legend";
import { Filters } from "./filters";
import { NearMe } from "./near-me";
import { NOT_THERE_YET_M, distanceFromTownshipM, type Fix } from "@/lib/domain/near-me";
import { useGuideUrl } from "./use-guide-url";
import { useReturnFocus } from "./use-return-focus";
import { searchCode, useSearchRank, type SearchAnswer } from "./use-search-rank";
import { useBottomSheet, useRevealOn } from "./use-bottom-sheet";
import { SheetHandle } from "./sheet-handle";
import { PlanProvider, preloadPlanCode, usePlan } from "./plan/plan-context";
import { SaveTownship } from "./offline/save-township";
import { planBasicMessages } from "@/lib/domain/messages-plan-basics";
import { selectedPlaceCode } from "./selected-place-code";
import { lazyModule } from "./lazy-module";
import { LoadFailedBoundary } from "./load-failed-boundary";
import { RetryAlert } from "./retry-alert";
import type { CuratedRoute } from "@/lib/domain/route";
import type { VisitPlan } from "@/lib/domain/plan/plan-codec";
import type { PlanProblem } from "@/lib/domain/plan/plan-problem";

// The planner's panel (schedule, exports, routes) loads when its tab is first opened, or with the
// page when the URL brings a plan (the tab then opens on it and the server renders it). Its code
// starts loading when the pointer or the focus reaches the tab, before the click.
const planPanelCode = lazyModule(() => import("./plan/plan-panel"));
const preloadPlanPanel = () => void planPanelCode.load().catch(() => undefined);

function PlanPanel(props: React.ComponentProps<typeof import("./plan/plan-panel").PlanPanel>) {
  const { PlanPanel: Panel } = use(planPanelCode.read());
  return <Panel {...props} />;
}

// The notice of a link's unreadable parts, with the words for every problem: rendered by the server
// when the link has such parts, and its code loaded only then.
const urlProblemsCode = lazyModule(() => import("./url-problems"));

function UrlProblems(props: React.ComponentProps<typeof import("./url-problems").UrlProblems>) {
  const { UrlProblems: Notice } = use(urlProblemsCode.read());
  return <Notice {...props} />;
}

// The selected place's panel (selected-place.tsx) loads when a place is first opened: its code
// starts loading when the pointer or the focus reaches the map or the list, before the click, and
// with a place page (its server component sends the module with the page: SelectedPlaceWithPage).
// The plan's code (plan-context.tsx) starts loading then too, ahead of a first "add to plan".
const preloadOnIntent = () => {
  void selectedPlaceCode.load().catch(() => undefined);
  preloadPlanCode();
  // the search's code too (use-search-rank.ts), ahead of a first keystroke
  void searchCode.load().catch(() => undefined);
};

function SelectedPlace(props: React.ComponentProps<typeof import("./selected-place").SelectedPlace>) {
  const { SelectedPlace: Panel } = use(selectedPlaceCode.read());
  return <Panel {...props} />;
}

function PlanPanelLoading() {
  return <p className="muted" aria-busy="true">…</p>;
}

// The interactive guide: filters, map, list and detail panel, in tabs beside the plan. All view
// state (filters, search, selected place, map centre and zoom) and the plan live in the URL
// (useGuideUrl), so a shared link reopens the same view and back/forward move between views.
// The page sends every place's summary, as one compact string (compact-places.ts), or with many
// places only its first view (`firstView`, lib/domain/browse/first-view.ts): then every summary is
// fetched after hydration (useAllPlaces) and, until it arrives, the list and counts are the
// server's, the map waits, and what needs every place (the planner, near me, nearby places) says it
// is loading. The selected place's full detail comes with its page (`initialPlace`) or is fetched
// when its panel opens (usePlaceDetail).

/** The first view of many places, computed on the server (guide-page.tsx). */
export type FirstViewProps = {
  /** The first view's places, compact (encodeCompactPlaces against `villages`, without pinyin). */
  places: string;
  /** The list's first places, in order. */
  listed: string[];
  counts: FacetCounts;
  /** How many places there are in all. */
  count: number;
  /** The map's first clusters (lib/domain/first-clusters.ts), null when the places shown are too few to cluster. */
  clusters: FirstClusters | null;
};

type ShellProps = {
  lang: Lang;
  /** Every place's summary and the pinyin of its name (encodeCompactPlaces against `villages`), or null with many places. */
  compactPlaces: string | null;
  /** With many places (compactPlaces null): the first view. */
  firstView: FirstViewProps | null;
  villages: VillageRef[];
  routes: CuratedRoute[];
  /** Pinyin of the villages' Chinese names (from the server); the browser builds the rest of the index. */
  villageSyllables: SearchSyllables;
  /** How many places the list shows at first (`?n=`, lib/domain/browse/list-length.ts). */
  initialListLength: number;
  basemaps: readonly Basemap[];
  initialSlug: string | null;
  /** The full place of a /places/[slug] page, rendered on the server. */
  initialPlace: Place | null;
  initialView: ViewState;
  /** The server's answer to the address's search text (every place inline, with search text), else null. */
  initialSearch: SearchAnswer | null;
  initialProblems: ViewProblem[];
  today: string;
  initialPlan: VisitPlan | null;
  planProblems: PlanProblem[];
  /** The map's preview script (lib/server/map-preview-script.ts), put inline at the top of the side; "" for none. */
  mapPreviewScript: string;
};

type InnerProps = Omit<ShellProps, "compactPlaces" | "villageSyllables"> & {
  /** Every place, or the first view's while `all` loads. */
  places: PlaceSummary[];
  /** Every place and the pinyin of the names, once known. */
  all: AllPlaces | null;
  allFailed: boolean;
  retryAll: () => void;
  /** Lets every place's summary be read (held while the map draws the server's first clusters). */
  releaseAll: () => void;
};

const NO_PLACES: PlaceSummary[] = [];
/** The longest every summary waits for the map's first clusters (ms). */
const HOLD_ALL_MAX_MS = 8000;
const EMPTY_COUNTS: FacetCounts = facetCounts([], [], compileFilters(DEFAULT_VIEW_STATE, null));
const NO_SYLLABLES: SearchSyllables = {};

export function GuideShell({ compactPlaces, villageSyllables, ...props }: ShellProps) {
  const { villages, firstView } = props;
  const inline = useMemo((): AllPlaces | null => {
    if (compactPlaces === null) return null;
    return decodeSearchablePlaces(compactPlaces, villages, villageSyllables);
  }, [compactPlaces, villages, villageSyllables]);
  // With the server's first clusters, every summary is read only once the map has drawn them (or
  // the first view is left): reading ten thousand of them would hold the map back by seconds.
  const [holdAll, setHoldAll] = useState(firstView?.clusters != null);
  const releaseAll = useCallback(() => setHoldAll(false), []);
  const fetched = useAllPlaces(compactPlaces === null, holdAll);
  const all = inline ?? fetched.places;
  const first = useMemo(() => (firstView ? decodeCompactPlaces(firstView.places, villages).places : NO_PLACES), [firstView, villages]);
  const places = all?.places ?? first;
  return (
    <PlanProvider places={places} complete={all !== null} today={props.today} initialPlan={props.initialPlan} initialProblems={props.planProblems}>
      <GuideShellInner {...props} places={places} all={all} allFailed={fetched.failed} retryAll={fetched.retry} releaseAll={releaseAll} />
    </PlanProvider>
  );
}

function GuideShellInner({
  lang,
  places,
  all,
  allFailed,
  retryAll,
  releaseAll,
  firstView,
  villages,
  routes,
  initialListLength,
  basemaps,
  initialSlug,
  initialPlace,
  initialView,
  initialSearch,
  initialProblems,
  initialPlan,
  planProblems,
  mapPreviewScript,
}: InnerProps) {
  const t = messages(lang);
  const tp = planBasicMessages(lang);
  const plan = usePlan();
  // A plan link opens on the plan: its stops, or what was wrong with it (a visitor who followed a
  // damaged link sees why it opened no plan).
  const [tab, setTab] = useState<GuideTab>((initialPlan && initialPlan.stops.length > 0) || planProblems.length > 0 ? "plan" : "places");
  /** Once opened, the plan's panel stays mounted (its state survives switching tabs). */
  const [planOpened, setPlanOpened] = useState(tab === "plan");
  const [problems, setProblems] = useState<ViewProblem[]>(initialProblems);
  /** A point a form in the panel is choosing on the map (map-pick.tsx); its form owns the point. */
  const [pick, setPick] = useState<MapPick | null>(null);
  const picking = pick?.picking ?? false;
  /** The visitor's position from "Near me" (drawn as "you are here" when near the township). */
  const [fix, setFix] = useState<Fix | null>(null);
  const sideRef = useRef<HTMLDivElement>(null);
  // On a phone the side is a bottom sheet (peek, half, full); a place's panel opens it to half.
  const sheet = useBottomSheet(sideRef, initialSlug || tab === "plan" ? "half" : "peek");
  // On a phone the panel shrinks while picking (globals.css): keep what started it in view, now
  // and again once the sheet has settled (its size changes after this effect runs).
  useEffect(() => {
    const focused = document.activeElement;
    const side = sideRef.current;
    if (!picking || !(focused instanceof HTMLElement) || !side?.contains(focused)) return;
    const keepInView = () => focused.scrollIntoView({ block: "nearest" });
    keepInView();
    side.addEventListener("transitionend", keepInView);
    const settled = window.setTimeout(keepInView, 400);
    return () => {
      side.removeEventListener("transitionend", keepInView);
      window.clearTimeout(settled);
    };
  }, [picking]);
  const knownVillages = useMemo(() => new Set(villages.map((v) => v.slug)), [villages]);
  const url = useGuideUrl({ lang, initialView, initialSlug, knownVillages, planCode: plan.plan.stops.length > 0 ? plan.code : null });
  const { view, selectedSlug, select: selectInUrl, close: closeInUrl, changeFilters, clearFilters } = url;
  const { remember, restore } = useReturnFocus("place-list-heading");
  // Filters, counts and search run over every place, once known (until then, the server's first view).
  const complete = all !== null;
  const browsePlaces = useMemo(() => (all ? all.places.map(toBrowsePlace) : []), [all]);
  const bySlug = useMemo(() => new Map(places.map((p) => [p.slug, p])), [places]);
  // Where each place can be drawn and reached (its own point or its village's), from all places.
  const spots = useMemo(() => knownSpots(places), [places]);
  const selected = selectedSlug ? (bySlug.get(selectedSlug) ?? null) : null;
  useRevealOn(selected?.slug ?? null, sheet.reveal);

  const filters = useMemo(
    () => ({ kinds: view.kinds, villages: view.villages, statuses: view.statuses, red: view.red, q: view.q }),
    [view.kinds, view.villages, view.statuses, view.red, view.q],
  );
  const search = useSearchRank({
    places: browsePlaces,
    syllables: all?.searchSyllables ?? NO_SYLLABLES,
    q: sanitizeQuery(filters.q),
    prebuild: complete && firstView !== null,
    serverAnswer: initialSearch,
  });
  // The filters are compiled once (the search runs once) for the places shown and the facet counts.
  const compiled = useMemo(() => compileFilters(filters, search.rank), [filters, search.rank]);
  // The list and the counts are computed once every place is known and the search text, when there is one, has been run.
  const computable = complete && !search.pending;
  const fitKey = serializeViewState({ ...DEFAULT_VIEW_STATE, ...filters });
  // The filters the server's first view was computed for (the page's address).
  const [firstViewKey] = useState(fitKey);
  const firstShown = useMemo(() => (firstView ? firstView.listed.flatMap((slug) => bySlug.get(slug) ?? []) : NO_PLACES), [firstView, bySlug]);
  const computedShown = useMemo(() => (computable ? filterPlaces(browsePlaces, compiled).flatMap((b) => bySlug.get(b.slug) ?? []) : null), [computable, browsePlaces, compiled, bySlug]);
  const computedCounts = useMemo(() => (computable ? facetCounts(browsePlaces, filters.villages, compiled) : null), [computable, browsePlaces, filters.villages, compiled]);
  // Before every place is known: the first view while its filters stand, else nothing yet (loading).
  const firstViewStands = firstView !== null && fitKey === firstViewKey;
  const shown = computedShown ?? (firstViewStands ? firstShown : NO_PLACES);
  const counts = computedCounts ?? firstView?.counts ?? EMPTY_COUNTS;
  const total = computedShown ? computedShown.length : firstViewStands ? counts.total : 0;
  const listLoading = !computable && !firstViewStands;
  // The list's length: back to one page whenever the filters change.
  const [listMore, setListMore] = useState({ key: fitKey, n: initialListLength });
  const listLimit = listMore.key === fitKey ? listMore.n : LIST_PAGE;
  const showMore = useCallback(() => setListMore({ key: fitKey, n: listLimit + LIST_PAGE }), [fitKey, listLimit]);
  const moreHref = `${localePath(lang, "/")}?${[fitKey, `n=${listLimit + LIST_PAGE}`].filter((part) => part !== "").join("&")}`;

  // Opening a place notes what opened it; closing gives focus back to it.
  const select = useCallback(
    (slug: string) => {
      remember();
      selectInUrl(slug);
    },
    [remember, selectInUrl],
  );
  const close = useCallback(() => {
    closeInUrl();
    restore();
  }, [restore, closeInUrl]);

  const { reveal } = sheet;
  const openPlaces = useCallback(() => {
    setTab("places");
    reveal();
  }, [reveal]);
  const { prepare: preparePlan } = plan;
  const openPlan = useCallback(() => {
    preparePlan();
    setTab("plan");
    setPlanOpened(true);
    reveal();
  }, [reveal, preparePlan]);
  const openTab = useCallback((open: GuideTab) => (open === "plan" ? openPlan() : openPlaces()), [openPlan, openPlaces]);

  const pickKind = useCallback(
    (kind: Place["kind"]) => {
      const only = view.kinds.length === 1 && view.kinds[0] === kind;
      changeFilters({ kinds: only ? [] : [kind] }, "push");
    },
    [view.kinds, changeFilters],
  );

  // Until every place is known the map draws the server's first clusters (while the first view's
  // filters stand), with the single places among them; a filter changed meanwhile empties it, and it
  // fits the places once they are known.
  const firstClusters = !complete && firstViewStands ? (firstView?.clusters ?? null) : null;
  const firstSingles = useMemo(
    () => (firstClusters ? [...firstClusterSingles(firstClusters)].flatMap((slug) => bySlug.get(slug) ?? []) : null),
    [firstClusters, bySlug],
  );
  const mapFitKey = computable || firstViewStands ? fitKey : `${fitKey}#loading`;
  // Every summary is read once the map's first clusters are painted, or at once when the first view
  // is left (a filter changed), or after HOLD_ALL_MAX_MS if the map has not drawn (its code failed).
  const onMapDrawn = useCallback(() => void afterNextPaint(releaseAll), [releaseAll]);
  useEffect(() => {
    if (!firstViewStands) releaseAll();
  }, [firstViewStands, releaseAll]);
  useEffect(() => {
    const timer = window.setTimeout(releaseAll, HOLD_ALL_MAX_MS);
    return () => window.clearTimeout(timer);
  }, [releaseAll]);
  const mapPlaces = useMemo(() => guideMapPlaces(firstSingles ?? shown, selected, lang, spots), [firstSingles, shown, selected, lang, spots]);
  const planPath = useMemo(
    () =>
      planPathOf({ lng: plan.resolved.origin.lng, lat: plan.resolved.origin.lat }, plan.plan.returnToStart, planMapPlaces(plan.plan.stops, bySlug, lang, spots)),
    [plan.resolved.origin, plan.plan.stops, plan.plan.returnToStart, bySlug, lang, spots],
  );
  const selectedSpot = selected ? (spots.get(selected.slug) ?? null) : null;
  const selectedName = selected ? localized(lang, selected.nameZh, selected.nameEn).text : "";
  // "You are here" is drawn only near the township (farther, Near me says "not there yet").
  const here = useMemo(() => (fix && distanceFromTownshipM(fix) <= NOT_THERE_YET_M ? { point: fix, accuracyM: Math.round(fix.accuracyM) } : null), [fix]);
  // The map's props stay the same objects while the map has nothing new to show (GuideMap is memoised).
  const unlocatedCount = mapPlaces.unlocated.length;
  const mapUnlocatedLabels = useMemo(() => unlocatedLabels(lang, unlocatedCount), [lang, unlocatedCount]);
  const mapLabels = useMemo(() => ({ loading: t.loading, tilesUnavailable: t.tilesUnavailable, note: t.mapNote }), [t]);

  return (
    <div
      className={`guide${selected ? " has-panel" : ""}${picking ? " is-picking" : ""}`}
      data-sheet={sheet.state}
      onPointerDown={preloadOnIntent}
      onFocus={preloadOnIntent}
    >
      <section className="guide__map" aria-label={t.mapLabel}>
        <GuideMap
          places={mapPlaces.located}
          unlocated={mapPlaces.unlocated}
          unlocatedLabels={mapUnlocatedLabels}
          selectedSlug={selectedSlug}
          onSelect={select}
          lang={lang}
          basemaps={basemaps}
          labels={mapLabels}
          initialView={url.initialMapView}
          fitKey={mapFitKey}
          viewTarget={url.viewTarget}
          onViewChange={url.moveMap}
          planPath={planPath}
          planLabel={tp.planHeading}
          pick={pick}
          here={here}
          clusterLabel={t.clusterLabel}
          firstClusters={firstClusters}
          onFirstDraw={onMapDrawn}
          ready={complete || firstClusters !== null}
        />
      </section>
      <div className="guide__side" id="guide-side" ref={sideRef}>
        {/* The map's preview draws the first view's tiles as the HTML is read (components/map/map-preview.tsx): here, the
            map's size is known (the side's own is set by the stylesheet, not its content), and the page's scripts have
            mostly not run yet. React leaves an inline script as the server sent it: it does not run it again. */}
        {mapPreviewScript ? <script dangerouslySetInnerHTML={{ __html: mapPreviewScript }} /> : null}
        <SheetHandle lang={lang} sheet={sheet} controls="guide-side" />
        {problems.length > 0 ? (
          // the notice is help, not the guide: if its code does not load, the guide goes on without it
          <LoadFailedBoundary failed={() => null}>
            <Suspense fallback={null}>
              <UrlProblems lang={lang} problems={problems} onDismiss={() => setProblems([])} />
            </Suspense>
          </LoadFailedBoundary>
        ) : null}
        {plan.loadFailed ? <RetryAlert className="notice" message={t.planLoadFailed} retryLabel={t.retry} onRetry={plan.prepare} /> : null}
        {selected ? (
          <MapPickProvider value={setPick}>
            <LoadFailedBoundary
              failed={(retry) => (
                <PlacePanelStandIn name={selectedName} closeLabel={t.closePanel} onClose={close}>
                  <RetryAlert
                    className="notice"
                    message={t.panelLoadFailed}
                    retryLabel={t.retry}
                    onRetry={() => {
                      void selectedPlaceCode.load(); // asks again; the panel then waits for it
                      retry();
                    }}
                  />
                </PlacePanelStandIn>
              )}
            >
              <Suspense
                fallback={
                  <PlacePanelStandIn name={selectedName} closeLabel={t.closePanel} onClose={close} busy>
                    <p className="muted" role="status">
                      {t.loading}
                    </p>
                  </PlacePanelStandIn>
                }
              >
                <SelectedPlace
                  lang={lang}
                  place={selected}
                  spot={selectedSpot}
                  initialPlace={initialPlace}
                  places={places}
                  spots={spots}
                  complete={complete}
                  onSelect={select}
                  onClose={close}
                />
              </Suspense>
            </LoadFailedBoundary>
          </MapPickProvider>
        ) : null}
        <div hidden={selected !== null}>
          <GuideTabs
            label={t.mapLabel}
            tab={tab}
            onOpen={openTab}
            labels={{ places: tp.tabPlaces, plan: tp.tabPlan }}
            counts={{ places: total, plan: plan.plan.stops.length }}
            onPreloadPlan={preloadPlanPanel}
          />
          <div className="guide__browse" role="tabpanel" id="tabpanel-places" aria-labelledby="tab-places" hidden={tab !== "places"}>
            {allFailed ? <RetryAlert className="notice" message={t.placesLoadFailed} retryLabel={t.retry} onRetry={retryAll} /> : null}
            {search.failed ? <RetryAlert className="notice" message={t.searchLoadFailed} retryLabel={t.retry} onRetry={search.retry} /> : null}
            <NearMe lang={lang} places={places} spots={spots} loading={!complete} fix={fix} onFix={setFix} onSelect={select} />
            <Filters
              lang={lang}
              view={view}
              counts={counts}
              villages={villages}
              totalPlaces={all ? all.places.length : (firstView?.count ?? places.length)}
              onChange={changeFilters}
              onClear={clearFilters}
            />
            <Legend lang={lang} counts={counts.kinds} activeKinds={view.kinds} onPickKind={pickKind} />
            <PlaceList
              lang={lang}
              places={shown}
              total={total}
              loading={listLoading}
              busy={url.searching}
              selectedSlug={selectedSlug}
              onSelect={select}
              onClear={clearFilters}
              limit={listLimit}
              moreHref={moreHref}
              onShowMore={complete ? showMore : null}
            />
            <SaveTownship lang={lang} basemaps={basemaps} />
          </div>
          <div role="tabpanel" id="tabpanel-plan" aria-labelledby="tab-plan" hidden={tab !== "plan"}>
            {planOpened ? (
              complete && plan.loaded ? (
                <LoadFailedBoundary
                  failed={(retry) => (
                    <RetryAlert
                      className="notice"
                      message={t.planPanelLoadFailed}
                      retryLabel={t.retry}
                      onRetry={() => {
                        void planPanelCode.load().catch(() => undefined); // asks again; the panel then waits for it
                        retry();
                      }}
                    />
                  )}
                >
                  <Suspense fallback={<PlanPanelLoading />}>
                    <PlanPanel lang={lang} places={places} routes={routes} />
                  </Suspense>
                </LoadFailedBoundary>
              ) : (
                <PlanPanelLoading />
              )
            ) : null}
          </div>
        </div>
      </div>
    </div>
  );
}

/**
 * The panel's place while its code loads (a first open before the pointer or the focus preloaded
 * it), or when that load failed: its name, a way back, and what is happening.
 */
function PlacePanelStandIn({ name, closeLabel, onClose, busy = false, children }: { name: string; closeLabel: string; onClose: () => void; busy?: boolean; children: React.ReactNode }) {
  return (
    <aside className="place-panel" aria-labelledby="place-panel-heading" aria-busy={busy || undefined}>
      <div className="place-panel__top">
        <button type="button" className="button-close" onClick={onClose} aria-label={closeLabel}>
          ×
        </button>
      </div>
      <h2 id="place-panel-heading" tabIndex={-1}>
        {name}
      </h2>
      {children}
    </aside>
  );
}
