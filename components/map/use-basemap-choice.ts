"use client";
import { useSyncExternalStore } from "react";
import type { Basemap, BasemapId } from "@/lib/domain/map/basemap";

// The basemap a visitor chose, shared by everything that depends on it (the map's layers and its
// switch, "Save the township for offline"): the first configured one until they pick another,
// remembered in this browser. One store for the page, so a choice made on the map reaches the save
// offer at once. The server (and hydration) renders the first basemap; the stored choice follows.

export const BASEMAP_STORAGE_KEY = "sanguansi-guide:basemap";
const listeners = new Set<() => void>();
/** The choice when storage is disabled: it lasts for this page. */
let chosenInPage: string | null = null;

function readChoice(): string | null {
  try {
    return window.localStorage.getItem(BASEMAP_STORAGE_KEY) ?? chosenInPage;
  } catch {
    return chosenInPage;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener); // another tab chose
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function choose(next: BasemapId) {
  chosenInPage = next;
  try {
    window.localStorage.setItem(BASEMAP_STORAGE_KEY, next);
  } catch {
    // storage disabled: the choice lasts for this page
  }
  for (const listener of listeners) listener();
}

export function useBasemapChoice(basemaps: readonly Basemap[]): [Basemap, (id: BasemapId) => void] {
  const stored = useSyncExternalStore(subscribe, readChoice, () => null);
  const active = basemaps.find((b) => b.id === stored) ?? basemaps[0];
  if (!active) throw new Error("No basemap configured (MAP_PROVIDERS)");
  return [active, choose];
}
