"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { Lang } from "@/lib/domain/i18n";
import { mapViewOf, type ViewState } from "@/lib/domain/browse/view-state";
import { guideHref, readGuideUrl, withPlanCode } from "@/lib/domain/browse/guide-url";
import type { MapView } from "./map/guide-map";
import type { FilterChange } from "./filters";
import { dropWaitingAddress, flushAddress, replaceAddressNow, writeAddress } from "./address-bar";
import { afterNextPaint } from "./after-next-paint";

/** Push: a step back/forward returns to (filters, opening or closing a place). Replace: no step. */
export type UrlMode = "push" | "replace";

type Address = { view: ViewState; slug: string | null };

/** Puts the plan code in the address, every other parameter kept (editing a plan is not navigation). */
function writePlanCode(planCode: string | null) {
  replaceAddressNow((current) => withPlanCode(current, planCode));
}

/**
 * The one owner of the map page's address bar: the view (filters, search, map centre and zoom), the
 * selected place (/places/[slug]) and the plan code. It holds the view and the selection, writes
 * the address from the event handlers that change them, keeps the plan code (given by the plan)
 * in it, and reads it all back on back/forward.
 */
export function useGuideUrl({
  lang,
  initialView,
  initialSlug,
  knownVillages,
  planCode,
}: {
  lang: Lang;
  initialView: ViewState;
  initialSlug: string | null;
  knownVillages: ReadonlySet<string>;
  /** The plan's code, null when the plan is empty (no plan in the URL then). */
  planCode: string | null;
}) {
  const [address, setAddress] = useState<Address>({ view: initialView, slug: initialSlug });
  /** Set (with a new key) to move the map, after back/forward. */
  const [viewTarget, setViewTarget] = useState<(MapView & { key: number }) | null>(null);
  // The newest address, also before it is rendered, so changes in quick succession build on each other.
  const latest = useRef<Address>(address);
  const plan = useRef(planCode);
  const [initialMapView] = useState<MapView | null>(() => mapViewOf(initialView));

  /** A search typed and not yet applied (its places follow after the next paint). */
  const [searching, setSearching] = useState(false);
  const searchWait = useRef<(() => void) | null>(null);
  /** Drops the waiting search: what replaces it (a step, back/forward) carries its text or a newer one. */
  const stopSearchWait = useCallback(() => {
    searchWait.current?.();
    searchWait.current = null;
    setSearching(false);
  }, []);
  useEffect(() => () => searchWait.current?.(), []);

  const go = useCallback(
    (next: Address, mode: UrlMode) => {
      latest.current = next;
      setAddress(next);
      writeAddress(guideHref(lang, next.slug, next.view, plan.current), mode);
    },
    [lang],
  );

  // The plan changed (or the page opened): the address carries the new code.
  useEffect(() => {
    plan.current = planCode;
    writePlanCode(planCode);
  }, [planCode]);

  // What waits for the address bar is written before the page goes (reload, another page).
  useEffect(() => {
    window.addEventListener("pagehide", flushAddress);
    return () => {
      window.removeEventListener("pagehide", flushAddress);
      flushAddress();
    };
  }, []);

  // Back/forward: read the whole view back from the address (the plan stays the current one).
  useEffect(() => {
    const onPop = () => {
      stopSearchWait();
      dropWaitingAddress();
      const next = readGuideUrl(window.location, knownVillages);
      latest.current = next;
      setAddress(next);
      const target = mapViewOf(next.view);
      if (target) setViewTarget({ ...target, key: Date.now() });
      writePlanCode(plan.current);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [knownVillages, stopSearchWait]);

  const changeFilters = useCallback(
    (change: FilterChange, mode: UrlMode) => {
      const { view, slug } = latest.current;
      // The map view is refitted to the new results, so a stale centre is dropped.
      const next = { slug, view: { ...view, ...change, lat: undefined, lng: undefined, z: undefined } };
      if (mode === "replace") {
        // A search keystroke: the box shows it at once (filters.tsx) and the places follow once that
        // frame is painted, in one render for every keystroke that came meanwhile. With a county's
        // places that render takes a throttled phone a good part of a second.
        latest.current = next;
        writeAddress(guideHref(lang, next.slug, next.view, plan.current), "replace");
        if (searchWait.current === null) {
          setSearching(true);
          searchWait.current = afterNextPaint(() => {
            searchWait.current = null;
            // Synchronous, as a click's: the map's effects run in the same task as the list's
            // render, and the next frame shows both.
            flushSync(() => {
              setSearching(false);
              setAddress(latest.current);
            });
          });
        }
        return;
      }
      stopSearchWait();
      go(next, mode);
    },
    [go, lang, stopSearchWait],
  );

  const clearFilters = useCallback(() => {
    changeFilters({ kinds: [], villages: [], statuses: [], red: false, q: "" }, "push");
  }, [changeFilters]);

  /**
   * The visitor panned or zoomed the map. Only the address bar shows the map's position, so this
   * renders nothing (with a county's places, rendering the guide after every move cost a phone a
   * frame of a few hundred milliseconds): the address and `latest` change, the state does not.
   */
  const moveMap = useCallback(
    (mv: MapView) => {
      const { view, slug } = latest.current;
      const next = { slug, view: { ...view, lat: mv.lat, lng: mv.lng, z: mv.z } };
      latest.current = next;
      writeAddress(guideHref(lang, next.slug, next.view, plan.current), "replace");
    },
    [lang],
  );

  const select = useCallback((slug: string) => go({ ...latest.current, slug }, "push"), [go]);
  const close = useCallback(() => go({ ...latest.current, slug: null }, "push"), [go]);

  return { view: address.view, searching, selectedSlug: address.slug, initialMapView, viewTarget, changeFilters, clearFilters, moveMap, select, close };
}
