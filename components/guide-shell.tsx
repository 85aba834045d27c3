"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { localePath, type Lang } from "@/lib/domain/i18n";
import type { Place, VillageRef } from "@/lib/domain/place";
import { messages } from "@/lib/domain/messages";
import { LOCATION_PRECISIONS } from "@/lib/domain/place-kinds";
import type { SearchIndex } from "@/lib/domain/browse/types";
import { facetCounts } from "@/lib/domain/browse/facet-counts";
import { filterPlaces } from "@/lib/domain/browse/filter-places";
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from "@/lib/domain/browse/view-state";
import { toBrowsePlace } from "@/lib/domain/browse/to-browse-place";
import { GuideMap, type MapPlace, type MapView, type TileSettings } from "./map/guide-map";
import { PlaceList } from "./place-list";
import { PlacePanel } from "./place-panel";
import { Legend } from "./legend";
import { Filters, type FilterChange } from "./filters";
import { NearbyPlaces } from "./nearby-places";
import { NavigateLinks } from "./navigate-links";
import { ShareButton } from "./share-button";
import { UrlProblems } from "./url-problems";
import { markerLabel } from "./place-label";
import { PlanProvider, usePlan } from "./plan/plan-context";
import { PLAN_PARAM } from "./plan/plan-keys";
import { PlanPanel } from "./plan/plan-panel";
import { AddToPlanButton } from "./plan/add-to-plan-button";
import { planMessages } from "@/lib/domain/messages-plan";
import type { CuratedRoute } from "@/lib/domain/route";
import type { VisitPlan } from "@/lib/domain/plan/plan-codec";

/** Lower = better-known location: drawn in the centre when places share a spot (the seat's government first). */
function markerRank(p: Place): number {
  return LOCATION_PRECISIONS.indexOf(p.location.precision) * 10 + (p.kind === "service" ? 0 : p.kind === "village" ? 1 : 2);
}

const PLACE_PATH = /^(?:\/en)?\/places\/([^/]+)\/?$/;

function slugFromPath(pathname: string): string | null {
  const m = PLACE_PATH.exec(pathname);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

/** The URL of a view: the place in the path, filters and map view in the query (the plan kept). */
function viewUrl(lang: Lang, slug: string | null, view: ViewState): string {
  const plan = new URLSearchParams(window.location.search).get(PLAN_PARAM);
  const query = [serializeViewState({ ...view, place: undefined, lang: "zh" }), plan ? `${PLAN_PARAM}=${plan}` : ""]
    .filter(Boolean)
    .join("&");
  return localePath(lang, slug ? `/places/${slug}` : "/") + (query ? `?${query}` : "");
}

// The interactive guide: filters, map, list and detail panel. All view state (filters, search,
// selected place, map centre and zoom) lives in the URL, so a shared link reopens the same view
// and back/forward move between views.
type ShellProps = {
  lang: Lang;
  places: Place[];
  villages: VillageRef[];
  routes: CuratedRoute[];
  searchIndex: SearchIndex;
  tiles: TileSettings;
  initialSlug: string | null;
  initialView: ViewState;
  initialProblems: string[];
  today: string;
  initialPlan: VisitPlan | null;
  planProblems: string[];
};

export function GuideShell(props: ShellProps) {
  return (
    <PlanProvider places={props.places} today={props.today} initialPlan={props.initialPlan} initialProblems={props.planProblems}>
      <GuideShellInner {...props} />
    </PlanProvider>
  );
}

function GuideShellInner({
  lang,
  places,
  villages,
  routes,
  searchIndex,
  tiles,
  initialSlug,
  initialView,
  initialProblems,
  initialPlan,
}: ShellProps) {
  const t = messages(lang);
  const tp = planMessages(lang);
  const plan = usePlan();
  const [tab, setTab] = useState<"places" | "plan">(initialPlan && initialPlan.stops.length > 0 ? "plan" : "places");
  const [selectedSlug, setSelectedSlug] = useState<string | null>(initialSlug);
  const [view, setView] = useState<ViewState>(initialView);
  const [problems, setProblems] = useState<string[]>(initialProblems);
  const [viewTarget, setViewTarget] = useState<(MapView & { key: number }) | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const knownVillages = useMemo(() => new Set(villages.map((v) => v.slug)), [villages]);
  const browsePlaces = useMemo(() => places.map(toBrowsePlace), [places]);
  const bySlug = useMemo(() => new Map(places.map((p) => [p.slug, p])), [places]);
  const selected = selectedSlug ? (bySlug.get(selectedSlug) ?? null) : null;

  const filters = useMemo(
    () => ({ kinds: view.kinds, villages: view.villages, statuses: view.statuses, red: view.red, q: view.q }),
    [view.kinds, view.villages, view.statuses, view.red, view.q],
  );
  const shown = useMemo(
    () => filterPlaces(browsePlaces, filters, searchIndex).flatMap((b) => bySlug.get(b.slug) ?? []),
    [browsePlaces, filters, searchIndex, bySlug],
  );
  const counts = useMemo(() => facetCounts(browsePlaces, filters, searchIndex), [browsePlaces, filters, searchIndex]);
  const fitKey = serializeViewState({ ...DEFAULT_VIEW_STATE, ...filters });

  // Back/forward: read the whole view back from the URL.
  useEffect(() => {
    const onPop = () => {
      const parsed = parseViewState(new URLSearchParams(window.location.search), { knownVillages });
      setView(parsed.state);
      setSelectedSlug(slugFromPath(window.location.pathname));
      const { lat, lng, z } = parsed.state;
      if (lat !== undefined && lng !== undefined) setViewTarget({ lat, lng, z: z ?? 13, key: Date.now() });
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [knownVillages]);

  const writeUrl = useCallback(
    (slug: string | null, next: ViewState, mode: "push" | "replace") => {
      const href = viewUrl(lang, slug, next);
      if (window.location.pathname + window.location.search === href) return;
      if (mode === "push") window.history.pushState(null, "", href);
      else window.history.replaceState(null, "", href);
    },
    [lang],
  );

  const changeFilters = useCallback(
    (change: FilterChange, mode: "push" | "replace") => {
      setView((prev) => {
        // The map view is refitted to the new results, so a stale centre is dropped.
        const next: ViewState = { ...prev, ...change, lat: undefined, lng: undefined, z: undefined };
        writeUrl(selectedSlug, next, mode);
        return next;
      });
    },
    [selectedSlug, writeUrl],
  );

  const clearFilters = useCallback(() => {
    changeFilters({ kinds: [], villages: [], statuses: [], red: false, q: "" }, "push");
  }, [changeFilters]);

  const onViewChange = useCallback(
    (mv: MapView) => {
      setView((prev) => {
        const next = { ...prev, lat: mv.lat, lng: mv.lng, z: mv.z };
        writeUrl(slugFromPath(window.location.pathname), next, "replace");
        return next;
      });
    },
    [writeUrl],
  );

  const select = useCallback(
    (slug: string) => {
      if (document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;
      setSelectedSlug(slug);
      writeUrl(slug, view, "push");
    },
    [view, writeUrl],
  );

  const close = useCallback(() => {
    setSelectedSlug(null);
    writeUrl(null, view, "push");
    const back = returnFocus.current;
    returnFocus.current = null;
    // Wait for the panel to unmount, then give focus back to the marker or list entry that opened it.
    requestAnimationFrame(() => {
      if (back && back.isConnected) back.focus();
      else document.getElementById("place-list-heading")?.focus();
    });
  }, [view, writeUrl]);

  const pickKind = useCallback(
    (kind: Place["kind"]) => {
      const only = view.kinds.length === 1 && view.kinds[0] === kind;
      changeFilters({ kinds: only ? [] : [kind] }, "push");
    },
    [view.kinds, changeFilters],
  );

  const mapPlaces: MapPlace[] = useMemo(() => {
    const onMap = selected && !shown.includes(selected) ? [...shown, selected] : shown;
    return onMap.map((p) => ({
      slug: p.slug,
      kind: p.kind,
      precision: p.location.precision,
      precisionRadiusM: p.location.radiusM,
      label: markerLabel(lang, p),
      stored: [p.location.lng, p.location.lat] as const,
      rank: markerRank(p),
    }));
  }, [shown, selected, lang]);
  const planPath = useMemo(
    () => ({
      origin: [plan.resolved.origin.lng, plan.resolved.origin.lat] as const,
      returnToStart: plan.plan.returnToStart,
      stops: plan.plan.stops.flatMap((slug) => {
        const p = bySlug.get(slug);
        return p ? [{ slug, stored: [p.location.lng, p.location.lat] as const, rank: markerRank(p) }] : [];
      }),
    }),
    [plan.resolved.origin, plan.plan.stops, plan.plan.returnToStart, bySlug],
  );

  const [initialMapView] = useState<MapView | null>(() =>
    initialView.lat !== undefined && initialView.lng !== undefined
      ? { lat: initialView.lat, lng: initialView.lng, z: initialView.z ?? 13 }
      : null,
  );

  return (
    <div className={`guide${selected ? " has-panel" : ""}`}>
      <section className="guide__map" aria-label={t.mapLabel}>
        <GuideMap
          places={mapPlaces}
          selectedSlug={selectedSlug}
          onSelect={select}
          tiles={tiles}
          labels={{ loading: t.loading, tilesUnavailable: t.tilesUnavailable }}
          initialView={initialMapView}
          fitKey={fitKey}
          viewTarget={viewTarget}
          onViewChange={onViewChange}
          planPath={planPath}
          planLabel={tp.planHeading}
        />
      </section>
      <div className="guide__side">
        {problems.length > 0 ? <UrlProblems lang={lang} problems={problems} onDismiss={() => setProblems([])} /> : null}
        {selected ? (
          <PlacePanel lang={lang} place={selected} onClose={close}>
            <div className="panel-actions">
              <AddToPlanButton lang={lang} slug={selected.slug} name={selected.nameZh} />
              <ShareButton lang={lang} title={selected.nameZh} />
            </div>
            <NavigateLinks lang={lang} place={selected} />
            <NearbyPlaces lang={lang} place={selected} places={places} onSelect={select} />
          </PlacePanel>
        ) : null}
        <div hidden={selected !== null}>
          <div className="tabs" role="tablist" aria-label={t.mapLabel}>
            <button type="button" role="tab" id="tab-places" aria-controls="tabpanel-places" aria-selected={tab === "places"} onClick={() => setTab("places")}>
              {tp.tabPlaces} <span className="count">({shown.length})</span>
            </button>
            <button type="button" role="tab" id="tab-plan" aria-controls="tabpanel-plan" aria-selected={tab === "plan"} onClick={() => setTab("plan")}>
              {tp.tabPlan} <span className="count">({plan.plan.stops.length})</span>
            </button>
          </div>
          <div className="guide__browse" role="tabpanel" id="tabpanel-places" aria-labelledby="tab-places" hidden={tab !== "places"}>
            <Filters
              lang={lang}
              view={view}
              counts={counts}
              villages={villages}
              totalPlaces={places.length}
              onChange={changeFilters}
              onClear={clearFilters}
            />
            <Legend lang={lang} counts={counts.kinds} activeKinds={view.kinds} onPickKind={pickKind} />
            <PlaceList lang={lang} places={shown} selectedSlug={selectedSlug} onSelect={select} onClear={clearFilters} />
          </div>
          <div role="tabpanel" id="tabpanel-plan" aria-labelledby="tab-plan" hidden={tab !== "plan"}>
            <PlanPanel lang={lang} places={places} routes={routes} />
          </div>
        </div>
      </div>
    </div>
  );
}
