"use client";
import "leaflet/dist/leaflet.css";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { AttributionControl, Circle, CircleMarker, MapContainer, Marker, Polyline, ScaleControl, Tooltip, useMap, useMapEvents } from "react-leaflet";
import { point as screenPoint, type LeafletKeyboardEvent, type Map as LeafletMapInstance, type Marker as LeafletMarker } from "leaflet";
import type { LngLat } from "@/lib/domain/geo";
import { ZOOM_MIN } from "@/lib/domain/browse/view-state";
import { fanOutByZoom, fittedPositions } from "@/lib/domain/map/display-positions";
import { UNLOCATED_ID, fanOutInputs } from "@/lib/domain/map/fan-out";
import { UNLOCATED_MARKER_ANCHOR } from "@/lib/domain/unlocated-places";
import { markPlaceElement, markerIcon, unlocatedIcon } from "./marker-icon";
import { CONTROL_CLEARANCE_PX, FIT_MAX_ZOOM, denseTiles, type ReportedConnection } from "@/lib/domain/map/first-view";
import { MAP_START, firstFitPoints } from "@/lib/domain/map/first-fit-points";
import { boundsOf } from "./latlng";
import { PickLayer } from "./pick-layer";
import { BasemapLayers } from "./basemap-layers";
import { HereLayer } from "./here-layer";
import { MapDatumProvider, mapProjection, useMapProjection } from "./map-datum";
import { mapClusters } from "@/lib/domain/cluster-threshold";
import { clusterLayerCode } from "./load-cluster-layer";
import { useLazyModule } from "../use-lazy-module";
import type { GuideMapProps, LeafletMapProps, MapPlace } from "./guide-map";
import { SizeTracker } from "./size-tracker";
import { afterNextPaint } from "../after-next-paint";

/**
 * The clustering code (supercluster, about 6 kB gzip with the layer), loaded only for a map that
 * clusters; guide-map.tsx starts its download together with this file's when it will be needed, so
 * it is usually here before the markers' step. Held in state (useLazyModule) rather than
 * React.lazy: a lazy component suspends on its first render even when its code has arrived, and
 * React reveals a Suspense boundary's content up to 300 ms later. A failed load goes to the error
 * boundary, as a failed load of the map's own code does.
 */
function useClusterLayer(needed: boolean) {
  const { module, failed } = useLazyModule(clusterLayerCode, needed);
  if (failed) throw new Error("the clustering code did not load");
  return module;
}

/** The fit's margins clear of the map's controls (lib/domain/map/first-view.ts), as Leaflet takes them. */
const CONTROL_CLEARANCE = {
  paddingTopLeft: screenPoint(CONTROL_CLEARANCE_PX.topLeft.x, CONTROL_CLEARANCE_PX.topLeft.y),
  paddingBottomRight: screenPoint(CONTROL_CLEARANCE_PX.bottomRight.x, CONTROL_CLEARANCE_PX.bottomRight.y),
};

/** Where markers are drawn before the markers' step: nowhere yet. */
const NOTHING_DRAWN: ReadonlyMap<string, LngLat> = new Map();

/** The map's start-up steps (useStartUp): the map at its first view, then its tiles, then what is drawn over them. */
const START_UP = { view: 0, tiles: 1, drawn: 2 } as const;

/**
 * The map starts up in steps, each in a task of its own after a painted frame: the map at its first
 * view (fitted to the places before a tile is asked for), then its tiles with their attribution, then
 * markers, the plan and the scale. Made in one go it was one task of 0.45–1.0 s at 4× CPU in traces
 * of `/`: the page could not answer a tap meanwhile, and the tiles, the largest paint of the first
 * view, waited for every marker. Each step is rendered at once in its task (flushSync) and that task
 * goes first, so the page's other waiting work does not slip between the steps and hold the markers
 * back. The attribution comes with the tiles, whole: an empty one made with the map grew when they
 * came, a layout shift.
 */
function useStartUp(): number {
  const [step, setStep] = useState<number>(START_UP.view);
  useEffect(() => {
    if (step >= START_UP.drawn) return;
    return afterNextPaint(() => flushSync(() => setStep((s) => s + 1)), { first: true });
  }, [step]);
  return step;
}

// Where places are drawn. Only components/map/ imports Leaflet.
export default function LeafletMap(props: LeafletMapProps) {
  const { places, unlocated, unlocatedLabels, selectedSlug, onSelect, basemap, initialView, onTilesFailed, onTilesShown, onOpenUnlocated } = props;
  // Everything below is drawn through the basemap's datum (map-datum.tsx): shifted to GCJ-02 over
  // Amap, with the shifting code guide-map.tsx has loaded for such a basemap.
  const { datumShift } = props;
  const projection = useMemo(() => mapProjection(basemap.datum, datumShift), [basemap.datum, datumShift]);
  const { toMap } = projection;
  const start = initialView ?? MAP_START;
  const [zoom, setZoom] = useState(start.z);
  const { planPath, planLabel } = props;
  // Many places: clustered markers at their stored points (cluster-layer.tsx); the fan-out of
  // touching markers below is for a township's few dozen (it compares every pair).
  const firstClusters = props.firstClusters ?? null;
  const clustered = mapClusters(places.length, firstClusters !== null);
  const clustering = useClusterLayer(clustered);
  // Clustered markers are not animated while the map zooms (Leaflet hides them for its 0.25 s and
  // draws them at the new zoom): the zoom replaces the clusters all the same, and each animated marker's
  // CSS transition sends its transition events through React's root listeners (React 19 handles
  // onTransitionRun and the like), which made a zoom's longest frame about twice as long at 4× CPU
  // with a few hundred markers (traced). Read when the map is made; the township's few dozen
  // markers glide with the zoom.
  const clusterLabel = props.clusterLabel ?? String;
  // Where each marker is drawn at a zoom level (lib/domain/map/display-positions.ts); the view
  // controller asks it for the zoom a fit lands on, so the markers as drawn, not their stored points,
  // clear the controls. Plan stops hidden by the filters still get a spot, so the plan's line is complete.
  // Each zoom's layout is worked out once for these markers (fanOutByZoom): the fit, the markers
  // drawn at the zoom it landed on and a pan to the selected place ask for the same one in turn.
  const markers = useMemo(() => (clustered ? [] : fanOutInputs(places, planPath.stops, unlocated.length > 0)), [clustered, places, planPath.stops, unlocated.length]);
  const layoutAt = useMemo(() => fanOutByZoom(markers), [markers]);
  const fittedAt = useCallback((z: number): LngLat[] => fittedPositions(markers, layoutAt(z)), [markers, layoutAt]);
  const step = useStartUp();
  // laid out only once the markers are drawn: before, the map is still at the zoom it was made at
  const display = useMemo(() => (step >= START_UP.drawn ? layoutAt(zoom) : NOTHING_DRAWN), [step, layoutAt, zoom]);
  const [retina] = useState(() => denseTiles(window.devicePixelRatio, (navigator as Navigator & { connection?: ReportedConnection }).connection));
  const planPoints = planPath.stops.map((s) => display.get(s.slug) ?? s.stored);
  const unlocatedSelected = unlocated.some((u) => u.slug === selectedSlug);
  const planLine = [planPath.origin, ...planPoints, ...(planPath.returnToStart && planPoints.length > 0 ? [planPath.origin] : [])];
  const selected = places.find((p) => p.slug === selectedSlug) ?? null;
  return (
    <MapDatumProvider projection={projection}>
    <MapContainer
      className="map-canvas"
      center={toMap(start)}
      zoom={start.z}
      minZoom={ZOOM_MIN}
      maxZoom={basemap.maxZoom}
      scrollWheelZoom
      markerZoomAnimation={!clustered}
      attributionControl={false}
    >
      {step >= START_UP.tiles ? (
        <>
          <BasemapLayers basemap={basemap} retina={retina} onTilesFailed={onTilesFailed} onTilesShown={onTilesShown} />
          <AttributionControl />
        </>
      ) : null}
      {step >= START_UP.drawn ? (
        <>
          <ScaleControl imperial={false} />
          {clustered ? (
            clustering ? (
              <clustering.ClusterLayer places={places} first={firstClusters} selectedSlug={selectedSlug} clusterLabel={clusterLabel} onSelect={onSelect} onDrawn={props.onFirstDraw} />
            ) : null
          ) : (
            places.map((p) => (
              <PlaceMarker
                key={p.slug}
                place={p}
                position={display.get(p.slug) ?? p.stored}
                selected={p.slug === selectedSlug}
                onSelect={onSelect}
              />
            ))
          )}
          {unlocated.length > 0 ? (
            <UnlocatedMarker
              position={display.get(UNLOCATED_ID) ?? UNLOCATED_MARKER_ANCHOR}
              text={unlocatedLabels.marker}
              label={unlocatedLabels.markerLabel}
              selected={unlocatedSelected}
              onOpen={onOpenUnlocated}
            />
          ) : null}
          {selected && selected.precisionRadiusM > 0 ? (
            <Circle
              center={toMap(selected.stored)}
              radius={selected.precisionRadiusM}
              pathOptions={{ color: "#7a1f1f", weight: 1, dashArray: "4 6", fillOpacity: 0.06 }}
              interactive={false}
            />
          ) : null}
          {planPoints.length > 0 ? (
            <>
              <Polyline positions={planLine.map(toMap)} pathOptions={{ color: "#0b57d0", weight: 4, opacity: 0.75, dashArray: "8 6" }} interactive={false} />
              {planPoints.map((pos, i) => (
                <CircleMarker
                  key={planPath.stops[i]?.slug ?? i}
                  center={toMap(pos)}
                  radius={21}
                  pathOptions={{ color: "#0b57d0", weight: 3, fill: false }}
                  interactive={false}
                >
                  <Tooltip permanent direction="right" offset={[14, 0]} className="plan-number">
                    <span title={`${planLabel} ${planPath.stops[i]?.number ?? i + 1}`}>{planPath.stops[i]?.number ?? i + 1}</span>
                  </Tooltip>
                </CircleMarker>
              ))}
            </>
          ) : null}
          <PickLayer pick={props.pick ?? null} />
          {props.here ? <HereLayer lang={props.lang} here={props.here} /> : null}
        </>
      ) : null}
      <SizeTracker />
      <ViewController {...props} selected={selected} layoutAt={layoutAt} fittedAt={fittedAt} onZoom={setZoom} />
    </MapContainer>
    </MapDatumProvider>
  );
}

function PlaceMarker({
  place,
  position,
  selected,
  onSelect,
}: {
  place: MapPlace;
  position: LngLat;
  selected: boolean;
  onSelect: (slug: string) => void;
}) {
  const ref = useRef<LeafletMarker | null>(null);
  const { toMap } = useMapProjection();
  useEffect(() => {
    const el = ref.current?.getElement();
    if (el) markPlaceElement(el, place, selected);
  }, [selected, place]);
  return (
    <Marker
      ref={ref}
      position={toMap(position)}
      icon={markerIcon(place.kind, place.precision, place.villageLevel)}
      title={place.label}
      alt={place.label}
      keyboard
      riseOnHover
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={{
        click: () => onSelect(place.slug),
        // Leaflet opens popups on Enter but fires no click; markers here are buttons, so Enter and
        // Space select them.
        keydown: (e: LeafletKeyboardEvent) => {
          const key = e.originalEvent.key;
          if (key !== "Enter" && key !== " ") return;
          e.originalEvent.preventDefault();
          onSelect(place.slug);
        },
      }}
    />
  );
}

/**
 * The one marker for the places without a known spot: "位置待定 N", drawn beside the township seat
 * and styled as a list, not a location. Click, Enter or Space opens the list.
 */
function UnlocatedMarker({ position, text, label, selected, onOpen }: { position: LngLat; text: string; label: string; selected: boolean; onOpen: () => void }) {
  const ref = useRef<LeafletMarker | null>(null);
  const { toMap } = useMapProjection();
  useEffect(() => {
    const el = ref.current?.getElement();
    if (!el) return;
    el.setAttribute("aria-label", label);
    el.setAttribute("aria-haspopup", "dialog");
    el.classList.toggle("is-selected", selected);
    el.dataset.unlocated = "true";
  }, [label, selected]);
  return (
    <Marker
      ref={ref}
      position={toMap(position)}
      icon={unlocatedIcon(text)}
      title={label}
      alt={label}
      keyboard
      riseOnHover
      zIndexOffset={500}
      eventHandlers={{
        click: onOpen,
        keydown: (e: LeafletKeyboardEvent) => {
          const key = e.originalEvent.key;
          if (key !== "Enter" && key !== " ") return;
          e.originalEvent.preventDefault();
          onOpen();
        },
      }}
    />
  );
}

/**
 * Moves the map when the app asks (fit the filtered places, follow back/forward, pan to the
 * selected place) and reports the moves the user makes. Moves made here are marked so they are
 * not reported back as the user's.
 */
function ViewController({
  places,
  firstClusters,
  unlocated,
  selected,
  layoutAt,
  fittedAt,
  initialView,
  fitKey,
  viewTarget,
  onViewChange,
  onZoom,
}: GuideMapProps & {
  selected: MapPlace | null;
  /** Where each marker is drawn at a zoom level. */
  layoutAt: (zoom: number) => ReadonlyMap<string, LngLat>;
  /** Where the markers a fit shows are drawn at a zoom level (none when the map clusters). */
  fittedAt: (zoom: number) => LngLat[];
  onZoom: (z: number) => void;
}) {
  const map = useMap();
  const { toMap, fromMap, shift } = useMapProjection();
  const programmatic = useRef(false);
  const firstFit = useRef(true);
  const move = (fn: (m: LeafletMapInstance) => void) => {
    programmatic.current = true;
    fn(map);
    // A move that changes nothing fires no moveend; clear the mark on the next frame either way.
    requestAnimationFrame(() => requestAnimationFrame(() => (programmatic.current = false)));
  };

  useMapEvents({
    zoomend: () => onZoom(map.getZoom()),
    moveend: () => {
      if (programmatic.current) return;
      const c = fromMap(map.getCenter());
      onViewChange({ lat: c.lat, lng: c.lng, z: map.getZoom() });
    },
  });

  // Fit the shown places on first load (unless the URL gave a view) and whenever filters change.
  useEffect(() => {
    const skip = firstFit.current && initialView !== null;
    firstFit.current = false;
    if (skip) return;
    // the server's first clusters: the box of every place shown (their summaries are on their way)
    const stored = firstFitPoints(firstClusters?.box ?? null, places.map((p) => p.stored), unlocated.length > 0);
    const fit = (points: LngLat[]) => {
      const bounds = boundsOf(points.map(shift));
      if (bounds) move((m) => m.fitBounds(bounds, { ...CONTROL_CLEARANCE, maxZoom: FIT_MAX_ZOOM, animate: false }));
    };
    fit(stored);
    // then on the markers as drawn at that zoom: the fan-out moves some up to a few markers' width
    // (the map's preview works out the same second fit: lib/domain/map/map-preview.ts)
    const fitted = fittedAt(map.getZoom());
    if (fitted.length > 0) fit(fitted);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit only when the filters change
  }, [fitKey]);

  useEffect(() => {
    if (viewTarget) move((m) => m.setView(toMap(viewTarget), viewTarget.z, { animate: false }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- move only when a new target arrives (its key), not when the callbacks change
  }, [viewTarget?.key]);

  useEffect(() => {
    if (!selected) return;
    const target = toMap(layoutAt(map.getZoom()).get(selected.slug) ?? selected.stored);
    // the least move that brings it clear of the edges and controls (none when it is already in view)
    move((m) => m.panInside(target, { ...CONTROL_CLEARANCE, animate: true }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- pan only when the selection changes, not on every map move
  }, [selected?.slug]);
  return null;
}
