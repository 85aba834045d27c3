"use client";
import "leaflet/dist/leaflet.css";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { AttributionControl, Circle, CircleMarker, MapContainer, Marker, Polyline, ScaleControl, Tooltip, useMap, useMapEvents } from "react-leaflet";
import { CRS, latLng, point as screenPoint, type LeafletKeyboardEvent, type Map as LeafletMapInstance, type Marker as LeafletMarker } from "leaflet";
import type { LngLat } from "@/lib/domain/geo";
import { ZOOM_MIN } from "@/lib/domain/browse/view-state";
import { spreadColocated } from "@/lib/domain/spread-colocated";
import { separateTargets } from "@/lib/domain/separate-targets";
import { TOWNSHIP_SEAT } from "@/lib/domain/township-seat";
import { UNLOCATED_MARKER_ANCHOR } from "@/lib/domain/unlocated-places";
import { MARKER_SIZE_PX, markPlaceElement, markerIcon, unlocatedIcon } from "./marker-icon";
import { boundsOf } from "./latlng";
import { PickLayer } from "./pick-layer";
import { BasemapLayers } from "./basemap-layers";
import { HereLayer } from "./here-layer";
import { MapDatumProvider, mapProjection, useMapProjection } from "./map-datum";
import { mapClusters } from "@/lib/domain/cluster-threshold";
import { clusterLayerCode } from "./load-cluster-layer";
import { useLazyModule } from "../use-lazy-module";
import type { GuideMapProps, LeafletMapProps, MapPlace, MapView } from "./guide-map";
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

const DEFAULT_CENTRE: MapView = { ...TOWNSHIP_SEAT, z: 12 };
/** Centre-to-centre distance of markers that share a spot, in screen pixels (markers are 32 px). */
const MARKER_SPACING_PX = 38;
/**
 * The margins, in screen pixels, that the app's own moves (fit the shown places, bring the selected
 * one into view) keep clear of the map's controls, so no marker is drawn under them and every
 * marker stays a whole tap target (Lighthouse target-size). Top left: Leaflet's zoom buttons
 * (10 px from the corner, 34 px wide, 10–76 px down), half a marker and a gap; the other edges:
 * the basemap switch and the attribution (up to 30 px) and half a marker.
 */
const CONTROL_CLEARANCE = {
  paddingTopLeft: screenPoint(10 + 34 + MARKER_SIZE_PX / 2 + 8, 30 + MARKER_SIZE_PX / 2 + 8),
  paddingBottomRight: screenPoint(MARKER_SIZE_PX / 2 + 24, MARKER_SIZE_PX / 2 + 24),
};
/** The display id of the "位置待定 N" marker in the spread (no place slug starts with "_"). */
const UNLOCATED_ID = "_unlocated";
/** Ranked after every place, so the "位置待定" marker is fanned out beside the seat, never at its centre. */
const UNLOCATED_RANK = Number.MAX_SAFE_INTEGER;

/** Ground metres per screen pixel at a zoom level and latitude (Web Mercator). */
function metresPerPixel(zoom: number, lat: number): number {
  return (156543.03392 * Math.cos((lat * Math.PI) / 180)) / 2 ** zoom;
}

/**
 * Where each marker is drawn at a zoom level: places that would overlap on screen are fanned out
 * around their shared point (display only; the stored location and its precision ring stay put).
 * Then no two markers (`targets`) may overlap at all, so each stays a whole 32 px tap target
 * (WCAG 2.2 target size): the worse-known of two touching markers is pushed aside on screen.
 */
function displayPositions(
  places: readonly Pick<MapPlace, "slug" | "stored" | "rank">[],
  targets: ReadonlySet<string>,
  zoom: number,
): Map<string, LngLat> {
  const spacingM = MARKER_SPACING_PX * metresPerPixel(zoom, TOWNSHIP_SEAT.lat);
  const spread = spreadColocated(
    places.map((p) => ({ slug: p.slug, lng: p.stored.lng, lat: p.stored.lat, rank: p.rank })),
    { groupRadiusM: spacingM, spacingM },
  );
  const onScreen = places.flatMap((p) => {
    const at = spread.get(p.slug);
    if (!at || !targets.has(p.slug)) return [];
    const { x, y } = CRS.EPSG3857.latLngToPoint(latLng(at.lat, at.lng), zoom);
    return [{ slug: p.slug, x, y, rank: p.rank }];
  });
  for (const [slug, point] of separateTargets(onScreen, { size: MARKER_SIZE_PX })) {
    const { lat, lng } = CRS.EPSG3857.pointToLatLng(screenPoint(point.x, point.y), zoom);
    spread.set(slug, { lat, lng });
  }
  return spread;
}

/**
 * Whether to draw tiles at the screen's density (Leaflet's detectRetina: on a 2x screen, four tiles
 * of the next zoom where one tile was, so about four times the tile data). Only on a high-density
 * screen whose connection the browser reports as fast ("4g") with no data saver; where the browser
 * does not say (Safari, Firefox), standard tiles: on a weak mountain signal, data counts more than
 * sharpness.
 */
function denseTiles(): boolean {
  if (window.devicePixelRatio <= 1) return false;
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
  return connection !== undefined && connection.saveData !== true && connection.effectiveType === "4g";
}

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
  const { places, unlocated, unlocatedLabels, selectedSlug, onSelect, basemap, initialView, onTilesFailed, onOpenUnlocated } = props;
  // Everything below is drawn through the basemap's datum (map-datum.tsx): shifted to GCJ-02 over
  // Amap, with the shifting code guide-map.tsx has loaded for such a basemap.
  const { datumShift } = props;
  const projection = useMemo(() => mapProjection(basemap.datum, datumShift), [basemap.datum, datumShift]);
  const { toMap } = projection;
  const start = initialView ?? DEFAULT_CENTRE;
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
  // Where each marker is drawn at a zoom level (the fan-out below); the view controller asks it for
  // the zoom a fit lands on, so the markers as drawn, not their stored points, clear the controls.
  const layoutAt = useCallback(
    (z: number): Map<string, LngLat> => {
      if (clustered) return new Map<string, LngLat>();
      // plan stops hidden by the filters still get a spot, so the plan's line is complete
      const shown = new Set(places.map((p) => p.slug));
      const gathered = unlocated.length > 0 ? [{ slug: UNLOCATED_ID, stored: UNLOCATED_MARKER_ANCHOR, rank: UNLOCATED_RANK }] : [];
      const targets = new Set([...shown, ...gathered.map((g) => g.slug)]);
      return displayPositions([...places, ...planPath.stops.filter((s) => !shown.has(s.slug)), ...gathered], targets, z);
    },
    [clustered, places, planPath.stops, unlocated.length],
  );
  const display = useMemo(() => layoutAt(zoom), [layoutAt, zoom]);
  const [retina] = useState(denseTiles);
  const planPoints = planPath.stops.map((s) => display.get(s.slug) ?? s.stored);
  const unlocatedSelected = unlocated.some((u) => u.slug === selectedSlug);
  const planLine = [planPath.origin, ...planPoints, ...(planPath.returnToStart && planPoints.length > 0 ? [planPath.origin] : [])];
  const selected = places.find((p) => p.slug === selectedSlug) ?? null;
  const step = useStartUp();
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
          <BasemapLayers basemap={basemap} retina={retina} onTilesFailed={onTilesFailed} />
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
      <ViewController {...props} selected={selected} layoutAt={layoutAt} onZoom={setZoom} />
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
  initialView,
  fitKey,
  viewTarget,
  onViewChange,
  onZoom,
}: GuideMapProps & { selected: MapPlace | null; layoutAt: (zoom: number) => Map<string, LngLat>; onZoom: (z: number) => void }) {
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
    const box = firstClusters?.box;
    const corners = box ? [{ lng: box.west, lat: box.south }, { lng: box.east, lat: box.north }] : [];
    const stored = [...corners, ...places.map((p) => p.stored), ...(unlocated.length > 0 ? [UNLOCATED_MARKER_ANCHOR] : [])];
    const fit = (points: LngLat[]) => {
      const bounds = boundsOf(points.map(shift));
      if (bounds) move((m) => m.fitBounds(bounds, { ...CONTROL_CLEARANCE, maxZoom: 14, animate: false }));
    };
    fit(stored);
    // then on the markers as drawn at that zoom: the fan-out moves some up to a few markers' width
    const drawn = layoutAt(map.getZoom());
    if (drawn.size > 0) fit([...places.map((p) => drawn.get(p.slug) ?? p.stored), ...(unlocated.length > 0 ? [drawn.get(UNLOCATED_ID) ?? UNLOCATED_MARKER_ANCHOR] : [])]);
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
