"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server HTML and until React has hydrated, true after. A button whose work needs the
 * browser's code (building a file, opening a form) is disabled until then, instead of doing nothing
 * when pressed early on a slow connection.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
