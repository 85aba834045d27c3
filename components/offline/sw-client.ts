"use client";
import { messageSW } from "@serwist/window";
import { SW_PATH, SW_TILES_PARAM } from "@/lib/domain/offline/sw-protocol";

/**
 * TEST HOOK, for e2e/offline.spec.ts only: a value stored under this key in localStorage is added to
 * the worker's script URL (`test-version=…`). A changed script URL is a new version of the worker
 * for the browser, which is how the test presents one (Playwright cannot rewrite the script the
 * browser fetches for an update). Nothing in the guide sets it.
 */
export const SW_TEST_VERSION_KEY = "guide-sw-test-version";

function testVersion(): string | null {
  try {
    return window.localStorage.getItem(SW_TEST_VERSION_KEY);
  } catch {
    return null;
  }
}

/** The worker's script URL: it learns the tile providers' templates from it (a new provider, a new worker). */
export function swUrl(tileTemplates: readonly string[]): string {
  const params = new URLSearchParams(tileTemplates.map((t) => [SW_TILES_PARAM, t]));
  const test = testVersion();
  if (test) params.set("test-version", test);
  return `${SW_PATH}?${params}`;
}

/** The service worker is used in production builds only (`next dev` keeps none). */
export const SW_ENABLED = process.env.NODE_ENV === "production";

/** The active worker, once there is one (null where the browser has none). */
export async function activeWorker(): Promise<ServiceWorker | null> {
  if (!SW_ENABLED || !("serviceWorker" in navigator)) return null;
  const registration = await navigator.serviceWorker.getRegistration("/");
  if (!registration) return null;
  return (await navigator.serviceWorker.ready).active;
}

/** Sends the worker a message of sw-protocol's SW_MESSAGE and waits for its answer. */
export async function askWorker<T>(message: { type: string; urls?: string[] }): Promise<T | null> {
  const worker = await activeWorker();
  if (!worker) return null;
  return (await messageSW(worker, message)) as T | null;
}
