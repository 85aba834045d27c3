"use client";
import { useEffect, useMemo, useRef } from "react";
import { useMap } from "react-leaflet";
import L, { type LeafletKeyboardEvent } from "leaflet";
import { placeClusters, type ClusterItem, type PlaceClusters, type ViewBox } from "@/lib/domain/cluster-places";
import { firstClusterIndex, type FirstClusters } from "@/lib/domain/first-clusters";
import { markerIcon, markPlaceElement } from "./marker-icon";
import { useMapProjection, type MapProjection } from "./map-datum";
import type { MapPlace } from "./guide-map";

// The map's markers when many places are shown (CLUSTER_FROM, lib/domain/cluster-places.ts): the
// places in view, gathered into numbered clusters where their markers would crowd. A cluster is a
// button (Tab, Enter or Space, click) that zooms in until it splits. Only what is in view (plus a
// margin) is drawn, recomputed after each pan or zoom. Every place also stays reachable through
// the list beside the map.
//
// The markers are Leaflet's own, kept by this layer and changed in place after each move or
// filter: a marker still wanted stays as it is, and one no longer wanted is moved to a new place or
// cluster of the same look (its position, count and name changed in place) before a marker is
// made or removed. A filter that changes every cluster thus moves the markers it had instead of
// removing them all and making new ones, which cost a throttled phone most of the filter's time
// (making each marker's element and its listeners). Hundreds of React components, one per marker,
// cost a phone most of a second on every move.

/** The margin drawn around the view, as a fraction of its size on each side: a short pan shows markers at once. */
const MARGIN = 0.25;

/** The view's box (WGS-84, as the index holds the points) widened by MARGIN on each side. */
function viewBox(map: L.Map, fromMap: MapProjection["fromMap"]): ViewBox {
  const b = map.getBounds().pad(MARGIN);
  const sw = fromMap(b.getSouthWest());
  const ne = fromMap(b.getNorthEast());
  return { west: sw.lng, south: sw.lat, east: ne.lng, north: ne.lat };
}

/** A cluster marker's width and height (CSS px): larger for larger counts. */
const clusterSize = (count: number) => (count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 52);

const iconCache = new Map<string, L.DivIcon>();
function clusterIcon(count: number): L.DivIcon {
  const size = clusterSize(count);
  const key = `${size}:${count}`;
  const hit = iconCache.get(key);
  if (hit) return hit;
  const icon = L.divIcon({
    className: "cluster-marker",
    html: `<span class="cluster-marker__count" aria-hidden="true">${count}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
  if (iconCache.size > 2000) iconCache.clear();
  iconCache.set(key, icon);
  return icon;
}

/**
 * Makes a drawn cluster marker's element show `count`: what clusterIcon(count) makes, changed in
 * place (its size as Leaflet sets an icon's, its count, its name).
 */
function showClusterCount(el: HTMLElement, count: number, label: string): void {
  const size = clusterSize(count);
  el.style.width = el.style.height = `${size}px`;
  el.style.marginLeft = el.style.marginTop = `${-size / 2}px`;
  const text = el.firstElementChild;
  if (text) text.textContent = String(count);
  el.setAttribute("aria-label", label);
  el.title = label;
  el.dataset.cluster = String(count);
}

/** How many recent sets of places keep their index: turning a filter off again finds the index it had. */
const RECENT_INDEXES = 4;
/** The latest indexes, newest last, with the places each was built from. */
const recentIndexes: { places: readonly MapPlace[]; index: PlaceClusters }[] = [];

/** The same places at the same points, in the same order (the same objects, when a filter hands them back: to-map-place.ts). */
function samePoints(a: readonly MapPlace[], b: readonly MapPlace[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i];
    const q = b[i];
    if (p === q) continue;
    if (!p || !q || p.slug !== q.slug || p.stored.lng !== q.stored.lng || p.stored.lat !== q.stored.lat) return false;
  }
  return true;
}

/** The cluster index of these places: built (O(n log n)), or the one of the same places made lately. */
function clustersOf(places: readonly MapPlace[]): PlaceClusters {
  const at = recentIndexes.findIndex((r) => samePoints(r.places, places));
  const hit = at >= 0 ? recentIndexes.splice(at, 1)[0] : null;
  const entry = hit ?? { places, index: placeClusters(places.map((p) => ({ slug: p.slug, lng: p.stored.lng, lat: p.stored.lat }))) };
  recentIndexes.push(entry);
  if (recentIndexes.length > RECENT_INDEXES) recentIndexes.shift();
  return entry.index;
}

type Cluster = Extract<ClusterItem, { type: "cluster" }>;
/** A drawn marker and what it stands for (updated in place when a new index draws the same marker). */
type PlaceEntry = { type: "place"; marker: L.Marker; place: MapPlace };
type ClusterEntry = { type: "cluster"; marker: L.Marker; cluster: Cluster; index: PlaceClusters };
type Drawn = PlaceEntry | ClusterEntry;

/** A place's marker icon (one per look: kind, precision, village level). */
const placeIcon = (place: MapPlace) => markerIcon(place.kind, place.precision, place.villageLevel);

/** The same marker for two versions of a place: same spot, look and label. */
function samePlaceMarker(a: MapPlace, b: MapPlace): boolean {
  return a.kind === b.kind && a.precision === b.precision && a.villageLevel === b.villageLevel && a.label === b.label && a.stored.lng === b.stored.lng && a.stored.lat === b.stored.lat;
}

/** Enter or Space on a marker (Leaflet fires no click for them): markers here are buttons. */
function onActivateKey(act: () => void) {
  return (e: LeafletKeyboardEvent) => {
    const key = e.originalEvent.key;
    if (key !== "Enter" && key !== " ") return;
    e.originalEvent.preventDefault();
    act();
  };
}

export function ClusterLayer({
  places,
  first,
  selectedSlug,
  clusterLabel,
  onSelect,
  onDrawn,
}: {
  places: MapPlace[];
  /** The server's first clusters, drawn until every place is known (`places` then holds the single ones among them). */
  first: FirstClusters | null;
  selectedSlug: string | null;
  clusterLabel: (count: number) => string;
  onSelect: (slug: string) => void;
  /** Called after the first draw. */
  onDrawn?: () => void;
}) {
  const map = useMap();
  const { toMap, fromMap } = useMapProjection();
  const bySlug = useMemo(() => new Map(places.map((p) => [p.slug, p])), [places]);
  const index = useMemo(() => (first ? firstClusterIndex(first, (slug) => bySlug.get(slug)?.stored) : clustersOf(places)), [first, places, bySlug]);
  /** What is drawn, by key: `p:<slug>` for a place, `c:<zoom>:<count>:<lng>,<lat>` for a cluster. */
  const drawn = useRef(new Map<string, Drawn>());
  const layer = useMemo(() => L.layerGroup(), []);
  // The latest callbacks, read by the markers' handlers (markers outlive the render that made them).
  const latest = useRef({ onSelect, clusterLabel, onDrawn });
  useEffect(() => {
    latest.current = { onSelect, clusterLabel, onDrawn };
  });
  const announced = useRef(false);

  useEffect(() => {
    layer.addTo(map);
    const markers = drawn.current;
    return () => {
      layer.remove();
      layer.clearLayers();
      markers.clear();
    };
  }, [map, layer]);

  useEffect(() => {
    const markers = drawn.current;
    const placeMarker = (place: MapPlace): PlaceEntry => {
      const marker = L.marker(toMap(place.stored), {
        icon: placeIcon(place),
        title: place.label,
        alt: place.label,
        keyboard: true,
        riseOnHover: true,
        zIndexOffset: place.slug === selectedSlug ? 1000 : 0,
      });
      const entry: PlaceEntry = { type: "place", place, marker };
      const open = () => latest.current.onSelect(entry.place.slug);
      marker.on("click", open).on("keydown", onActivateKey(open)).on("add", () => {
        const el = marker.getElement();
        if (el) markPlaceElement(el, entry.place, entry.place.slug === selectedSlug);
      });
      return entry;
    };
    /** A place marker of the same look moved to `place`. */
    const movePlaceMarker = (entry: PlaceEntry, place: MapPlace): PlaceEntry => {
      const selected = place.slug === selectedSlug;
      entry.place = place;
      entry.marker.options.title = entry.marker.options.alt = place.label;
      entry.marker.setLatLng(toMap(place.stored)).setZIndexOffset(selected ? 1000 : 0);
      const el = entry.marker.getElement();
      if (el) {
        el.title = place.label;
        markPlaceElement(el, place, selected);
      }
      return entry;
    };
    const clusterMarker = (cluster: Cluster): ClusterEntry => {
      const label = latest.current.clusterLabel(cluster.count);
      const marker = L.marker(toMap(cluster), { icon: clusterIcon(cluster.count), title: label, alt: label, keyboard: true });
      const entry: ClusterEntry = { type: "cluster", cluster, marker, index };
      const open = () => map.setView(toMap(entry.cluster), entry.index.expansionZoom(entry.cluster.id), { animate: false });
      marker.on("click", open).on("keydown", onActivateKey(open)).on("add", () => {
        const el = marker.getElement();
        if (el) showClusterCount(el, entry.cluster.count, latest.current.clusterLabel(entry.cluster.count));
      });
      return entry;
    };
    /** A cluster marker moved to `cluster` (its icon too, should Leaflet make its element again). */
    const moveClusterMarker = (entry: ClusterEntry, cluster: Cluster): ClusterEntry => {
      const label = latest.current.clusterLabel(cluster.count);
      entry.cluster = cluster;
      entry.index = index;
      entry.marker.options.icon = clusterIcon(cluster.count);
      entry.marker.options.title = entry.marker.options.alt = label;
      entry.marker.setLatLng(toMap(cluster));
      const el = entry.marker.getElement();
      if (el) showClusterCount(el, cluster.count, label);
      return entry;
    };

    const draw = () => {
      const zoom = map.getZoom();
      const items = index.at(viewBox(map, fromMap), zoom);
      const wanted = new Map<string, ClusterItem>();
      for (const item of items) {
        wanted.set(item.type === "place" ? `p:${item.slug}` : `c:${Math.floor(zoom)}:${item.count}:${item.lng},${item.lat}`, item);
      }
      // The selected place keeps its marker even when its cluster gathers it.
      if (selectedSlug && bySlug.has(selectedSlug)) wanted.set(`p:${selectedSlug}`, { type: "place", slug: selectedSlug });
      // Markers no longer wanted, to be moved where new ones are wanted: clusters, and places by look.
      const spareClusters: ClusterEntry[] = [];
      const sparePlaces = new Map<L.Icon | L.DivIcon, PlaceEntry[]>();
      for (const [key, entry] of markers) {
        const item = wanted.get(key);
        const place = item?.type === "place" ? bySlug.get(item.slug) : undefined;
        if (entry.type === "place" && place && samePlaceMarker(entry.place, place)) {
          entry.place = place;
          continue;
        }
        if (entry.type === "cluster" && item?.type === "cluster") {
          entry.cluster = item;
          entry.index = index;
          continue;
        }
        markers.delete(key);
        if (entry.type === "cluster") spareClusters.push(entry);
        else {
          const look = entry.marker.options.icon ?? placeIcon(entry.place);
          const spares = sparePlaces.get(look);
          if (spares) spares.push(entry);
          else sparePlaces.set(look, [entry]);
        }
      }
      for (const [key, item] of wanted) {
        if (markers.has(key)) continue;
        let entry: Drawn | null = null;
        if (item.type === "cluster") {
          const spare = spareClusters.pop();
          entry = spare ? moveClusterMarker(spare, item) : clusterMarker(item);
        } else {
          const place = bySlug.get(item.slug);
          const spare = place ? sparePlaces.get(placeIcon(place))?.pop() : undefined;
          entry = place ? (spare ? movePlaceMarker(spare, place) : placeMarker(place)) : null;
        }
        if (!entry) continue;
        markers.set(key, entry);
        if (!layer.hasLayer(entry.marker)) layer.addLayer(entry.marker);
      }
      for (const spare of [...spareClusters, ...[...sparePlaces.values()].flat()]) layer.removeLayer(spare.marker);
      if (!announced.current) {
        announced.current = true;
        latest.current.onDrawn?.();
      }
    };
    // The first draw waits for the rest of this commit: when the map is about to fit the places (a
    // new filter, the first view), that move draws them where they will be seen, and markers made
    // for the view it leaves would be thrown away at once.
    let moved = false;
    const onMove = () => {
      moved = true;
      draw();
    };
    queueMicrotask(() => {
      if (!moved) draw();
    });
    map.on("moveend", onMove);
    return () => {
      moved = true;
      map.off("moveend", onMove);
    };
  }, [map, layer, index, bySlug, toMap, fromMap, selectedSlug]);

  // Labels follow the language (the places' labels are compared when a new index draws them).
  useEffect(() => {
    for (const entry of drawn.current.values()) {
      if (entry.type !== "cluster") continue;
      const el = entry.marker.getElement();
      const label = clusterLabel(entry.cluster.count);
      el?.setAttribute("aria-label", label);
      el?.setAttribute("title", label);
    }
  }, [clusterLabel]);

  // The selected place's marker is marked and drawn above the others.
  useEffect(() => {
    for (const entry of drawn.current.values()) {
      if (entry.type !== "place") continue;
      const selected = entry.place.slug === selectedSlug;
      const el = entry.marker.getElement();
      if (el) markPlaceElement(el, entry.place, selected);
      entry.marker.setZIndexOffset(selected ? 1000 : 0);
    }
  }, [selectedSlug]);

  return null;
}
