"use client";
import { memo, useCallback, useEffect, useRef, useState } from "react";
import { UnlocatedList } from "./unlocated-list";
import type { LngLat } from "@/lib/domain/geo";
import type { Lang } from "@/lib/domain/i18n";
import type { Basemap } from "@/lib/domain/map/basemap";
import { BasemapSwitch } from "./basemap-switch";
import { BASEMAP_STORAGE_KEY, useBasemapChoice } from "./use-basemap-choice";
import { MapPreview } from "./map-preview";
import { fannedBoxes, type MapPreviewConfig } from "@/lib/domain/map/map-preview";
import { fanOut, fittedPositions } from "@/lib/domain/map/display-positions";
import { MAP_START, firstFitPoints } from "@/lib/domain/map/first-fit-points";
import { boxOf } from "@/lib/domain/geo";
import { fanOutInputs } from "@/lib/domain/map/fan-out";
import { ZOOM_MIN } from "@/lib/domain/browse/view-state";
import type { LocationPrecision, PlaceKind } from "@/lib/domain/place-kinds";
import type { FirstClusters } from "@/lib/domain/first-clusters";
import { mapClusters } from "@/lib/domain/cluster-threshold";
import { clusterLayerCode } from "./load-cluster-layer";
import { datumShiftCode } from "./load-datum-shift";
import type { DatumShiftCode } from "./map-datum";
import { mapMessages } from "@/lib/domain/messages-map";
import { errorMessages } from "@/lib/domain/messages-error";
import { useLazyModule } from "../use-lazy-module";
import { lazyModule } from "../lazy-module";
import { RetryAlert } from "../retry-alert";

export type MapPlace = {
  slug: string;
  kind: PlaceKind;
  precision: LocationPrecision;
  precisionRadiusM: number;
  /** Accessible name of the marker, e.g. "袁任远故居（红色旅游）". */
  label: string;
  /** Where it is drawn (WGS-84): its own point, or its village's point when village-level. */
  stored: LngLat;
  /** Drawn at its village's point (only the village is known). */
  villageLevel: boolean;
  /** Lower = better-known location; drawn in the centre when places share a spot. */
  rank: number;
};

/** A place without a known spot: listed by the "位置待定 N" marker, never drawn at a position. */
export type UnlocatedEntry = { slug: string; label: string };

/** The visitor's position ("Near me"): drawn as "you are here" with its accuracy circle. */
export type HereMark = { point: LngLat; accuracyM: number };

/** A map view: centre (WGS-84) and zoom. */
export type MapView = LngLat & { z: number };

export type GuideMapProps = {
  places: MapPlace[];
  /** Places (of those shown) without a known spot: gathered into one marker that opens their list. */
  unlocated: UnlocatedEntry[];
  unlocatedLabels: { marker: string; markerLabel: string; heading: string; intro: string; close: string };
  selectedSlug: string | null;
  onSelect: (slug: string) => void;
  lang: Lang;
  /** The configured basemaps (the first is shown first); a switcher appears when there are several. */
  basemaps: readonly Basemap[];
  /** `note` is shown under the map from the server on; `tilesUnavailable` replaces it when tiles fail. */
  labels: { loading: string; tilesUnavailable: string; note: string };
  /** Where the map opens; null = fit all places. */
  initialView: MapView | null;
  /** Changes when the filters change: the map then fits the places shown. */
  fitKey: string;
  /** Set (with a new key) to move the map, e.g. after back/forward. */
  viewTarget: (MapView & { key: number }) | null;
  /** Called after the user pans or zooms. */
  onViewChange: (view: MapView) => void;
  /** The visitor's plan: drawn as numbered stops joined by a line from the start. */
  planPath: PlanPath;
  planLabel: string;
  /** A point being chosen on the map for a form in the panel (components/map-pick.tsx), or null. */
  pick?: MapPick | null;
  /** The visitor's position, when "Near me" found it. */
  here?: HereMark | null;
  /** Accessible name of a cluster of `count` places (many places: lib/domain/cluster-places.ts). */
  clusterLabel?: (count: number) => string;
  /** The server's first clusters, drawn while every place is still loading (a page with many places: lib/domain/first-clusters.ts). */
  firstClusters?: FirstClusters | null;
  /** Called once the map has drawn its first markers or clusters. */
  onFirstDraw?: () => void;
  /** False while the places are still loading and there are no first clusters: the map waits for them. */
  ready?: boolean;
};

/**
 * A form's point on the map: drawn as a draggable marker; while `picking`, the next click on the
 * map sets it and Escape cancels. Drags and clicks come back through onPick.
 */
export type MapPick = {
  point: LngLat | null;
  picking: boolean;
  /** Shown over the map while picking (the form's language). */
  hint: string;
  markerLabel: string;
  onPick: (point: LngLat) => void;
  onCancel: () => void;
};

export type PlanPath = {
  origin: LngLat;
  returnToStart: boolean;
  /** The stops with a known spot; `number` is the stop's number in the whole plan. */
  stops: { slug: string; stored: LngLat; rank: number; number: number }[];
};

/** What the map island adds to GuideMapProps: it reports tile failures and asks for the unlocated list, and draws no text itself. */
export type LeafletMapProps = GuideMapProps & {
  basemap: Basemap;
  /** The shifting code for a basemap not in WGS-84 (load-datum-shift.ts); null over WGS-84 tiles. */
  datumShift: DatumShiftCode | null;
  onTilesFailed: (failed: boolean) => void;
  /** Called once the map's tiles for its view have come (or failed), or the visitor moves it: the preview is then removed. */
  onTilesShown: () => void;
  onOpenUnlocated: () => void;
};

// Leaflet needs `window`: load it only in the browser. The list beside the map is the
// server-rendered alternative, so nothing is lost while (or if) the map loads. The island only draws
// the map: the note below is rendered on the server, so it paints with the HTML (it is often the
// largest text of the first view) instead of waiting for the map's script.
// (lazyModule, not next/dynamic: next/dynamic's own code would come with every first view.)
const leafletMapCode = lazyModule(() => import("./leaflet-map"));

function MapPlaceholder() {
  return <div className="map-canvas map-loading">…</div>;
}

/** Longest wait for an idle moment before the map loads anyway (ms). */
const IDLE_TIMEOUT_MS = 1500;

/**
 * True once the page has been hydrated and the browser has had an idle moment. Leaflet (about 47 kB
 * gzip with react-leaflet) is fetched and run only then, so its download does not compete with the
 * page's own scripts and its start-up runs in its own tasks after hydration, not in the same one.
 * It does not wait for the page's `load` event: that waits for the preview's tiles
 * (map-preview.tsx), and on a weak signal the markers would wait for every tile with it.
 */
function useAfterIdle(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === "function") {
      const idle = window.requestIdleCallback(() => setReady(true), { timeout: IDLE_TIMEOUT_MS });
      return () => window.cancelIdleCallback(idle);
    }
    const timer = setTimeout(() => setReady(true), 1);
    return () => clearTimeout(timer);
  }, []);
  return ready;
}

// Memoised: the guide renders on every search keystroke, the map only when what it draws changes.
export const GuideMap = memo(function GuideMap(props: GuideMapProps) {
  const [tilesFailed, setTilesFailed] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  // The "位置待定" marker that opened the list: focus goes back to it when the list closes, and it
  // is what a place panel opened from the list returns focus to.
  const opener = useRef<HTMLElement | null>(null);
  const backToOpener = () => {
    if (opener.current?.isConnected) opener.current.focus();
  };
  const idle = useAfterIdle();
  const clusters = mapClusters(props.places.length, props.firstClusters != null);
  // The map's code loads then even while the places are still on their way (many places), so the
  // map is drawn as soon as they arrive; with it, in parallel, the clustering code when the map will cluster.
  useEffect(() => {
    if (!idle) return;
    // only a head start: a failed load here is no error, the map loads what it draws itself
    // (useLazyModule below; useClusterLayer in leaflet-map.tsx)
    leafletMapCode.load().catch(() => undefined);
    if (clusters) clusterLayerCode.load().catch(() => undefined);
  }, [idle, clusters]);
  // Once drawn, the map stays while places load again (a filter changed before every place had
  // come): it shows them when they arrive instead of starting Leaflet a second time.
  const [drawn, setDrawn] = useState(false);
  const ready = idle && (drawn || props.ready !== false);
  if (ready && !drawn) setDrawn(true);
  const [chosen, chooseBasemap] = useBasemapChoice(props.basemaps);
  // The basemap drawn: the one chosen, once the code its datum needs is here (Amap's GCJ-02 loads
  // the shifting code when it is chosen); until then the one drawn before.
  const [basemap, setBasemap] = useState(chosen);
  const shift = useLazyModule(datumShiftCode, chosen.datum !== "wgs84" || basemap.datum !== "wgs84");
  const drawable = (b: Basemap) => b.datum === "wgs84" || shift.module !== null;
  if (basemap !== chosen && drawable(chosen)) setBasemap(chosen);
  const map = useLazyModule(leafletMapCode, ready);
  const LeafletMap = map.module?.default;
  // The map's preview (map-preview.tsx): the first view's tiles from the HTML on, until the map's own have come.
  const [previewing, setPreviewing] = useState(true);
  const endPreview = useCallback(() => setPreviewing(false), []);
  const { initialView, places, unlocated, firstClusters, basemaps, planPath } = props;
  // Its config is read by its script from the server's HTML, so it is worked out on the server only:
  // the fan-out at seven zooms costs tens of milliseconds that a phone need not spend hydrating.
  const [previewConfig] = useState((): MapPreviewConfig | null => {
    if (typeof window !== "undefined") return null;
    // the markers the map fans out (none when it clusters them)
    const markers = clusters ? null : fanOutInputs(places, planPath.stops, unlocated.length > 0);
    return {
      view: initialView ? { lng: initialView.lng, lat: initialView.lat, z: initialView.z } : null,
      box: boxOf(firstFitPoints(firstClusters?.box ?? null, places.map((p) => p.stored), unlocated.length > 0)),
      fanned: markers && fannedBoxes(ZOOM_MIN, (z) => fittedPositions(markers, fanOut(markers, z))),
      start: MAP_START,
      minZoom: ZOOM_MIN,
      basemaps: basemaps.map(({ id, datum, maxZoom, layers }) => ({ id, datum, maxZoom, layers })),
      storageKey: BASEMAP_STORAGE_KEY,
    };
  });
  return (
    <>
      {previewing ? <MapPreview config={previewConfig} /> : null}
      {ready && LeafletMap && drawable(basemap) ? (
        <LeafletMap
        {...props}
        basemap={basemap}
        datumShift={basemap.datum === "wgs84" ? null : shift.module}
        onTilesFailed={setTilesFailed}
        onTilesShown={endPreview}
        onOpenUnlocated={() => {
          opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          setListOpen(true);
        }}
      />
      ) : (
        <MapPlaceholder />
      )}
      {listOpen && props.unlocated.length > 0 ? (
        <UnlocatedList
          entries={props.unlocated}
          labels={props.unlocatedLabels}
          onSelect={(slug) => {
            setListOpen(false);
            backToOpener();
            props.onSelect(slug);
          }}
          onClose={() => {
            setListOpen(false);
            backToOpener();
          }}
        />
      ) : null}
      <BasemapSwitch lang={props.lang} basemaps={props.basemaps} active={chosen} onChoose={chooseBasemap} />
      {map.failed ? <RetryAlert className="notice" message={mapMessages(props.lang).mapLoadFailed} retryLabel={errorMessages(props.lang).retry} onRetry={map.retry} /> : null}
      {shift.failed && chosen.datum !== "wgs84" ? <RetryAlert className="notice" message={mapMessages(props.lang).basemapLoadFailed} retryLabel={errorMessages(props.lang).retry} onRetry={shift.retry} /> : null}
      <p className="map-pick-hint" aria-live="polite">
        {props.pick?.picking ? props.pick.hint : ""}
      </p>
      <p className="map-note" role="status">
        {tilesFailed ? props.labels.tilesUnavailable : props.labels.note}
      </p>
    </>
  );
});
