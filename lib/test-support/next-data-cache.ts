// Next's own data cache for unit tests. A Next server gives `unstable_cache` an IncrementalCache and
// runs route handlers in a work store (where `revalidateTag` records tags, applied when the handler
// ends). Outside a server neither exists, so the tests set up the same two pieces from Next's
// internals, with the guide's own cache handler (cache-handler.mjs: in memory, or in Redis when
// REDIS_URL is set), instead of faking the cache: the reads and invalidations under test run through
// Next's real code. These are Next internals: after a Next upgrade, this file is the one to check.
import "./async-local-storage-global";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import type { PrerenderManifest } from "next/dist/build";
import { workAsyncStorage, type WorkStore } from "next/dist/server/app-render/work-async-storage.external";
import { workUnitAsyncStorage, type WorkUnitStore } from "next/dist/server/app-render/work-unit-async-storage.external";
import { IncrementalCache } from "next/dist/server/lib/incremental-cache";
import { nodeFs } from "next/dist/server/lib/node-fs-methods";
import { executeRevalidates } from "next/dist/server/revalidation-utils";
import GuideCacheHandler from "@/cache-handler.mjs";

const EMPTY_MANIFEST: PrerenderManifest = {
  version: 4,
  routes: {},
  dynamicRoutes: {},
  notFoundRoutes: [],
  preview: { previewModeId: "test", previewModeSigningKey: "test", previewModeEncryptionKey: "test" },
};

/** Installs an IncrementalCache with the guide's cache handler where `unstable_cache` looks for one. */
export function installNextDataCache(): IncrementalCache {
  // In Redis (the PostgreSQL pass of `npm test` sets REDIS_URL) each test file gets keys of its own,
  // as it gets its own memory otherwise: no file reads what another cached. They sit under the run's
  // prefix, which the run deletes at its end.
  if (process.env.REDIS_URL) {
    process.env.REDIS_KEY_PREFIX = `${process.env.REDIS_KEY_PREFIX ?? "guide-unit"}:unit-${randomBytes(6).toString("hex")}`;
  }
  const cache = new IncrementalCache({
    fs: nodeFs,
    dev: false,
    minimalMode: false,
    flushToDisk: false,
    serverDistDir: path.join(os.tmpdir(), "guide-unit-next", "server"),
    requestHeaders: {},
    maxMemoryCacheSize: 0,
    previewProps: EMPTY_MANIFEST.preview,
    prerenderManifest: EMPTY_MANIFEST,
    CurCacheHandler: GuideCacheHandler,
  });
  (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache = cache;
  return cache;
}

/**
 * Runs `handler` the way Next runs a route handler as far as revalidation goes: inside a work store,
 * then applies the tags it revalidated. The cache keeps time in milliseconds and treats an entry
 * written in the same millisecond as an invalidation as fresh, so this starts 2 ms after the last read.
 */
export async function runAsRouteHandler<T>(cache: IncrementalCache, handler: () => Promise<T> | T): Promise<T> {
  await new Promise((resolve) => setTimeout(resolve, 2));
  // Only the fields that revalidateTag and executeRevalidates read; the rest serve page rendering.
  const store = { incrementalCache: cache, route: "/unit-test", page: "/unit-test", cacheLifeProfiles: {} } as unknown as WorkStore;
  const result = await workAsyncStorage.run(store, handler);
  const applied = executeRevalidates(store);
  if (applied) await applied;
  return result;
}

/**
 * Runs `render` the way Next renders a static page (`dynamic = "force-static"`, as the cached pages
 * of app/[lang]/cached are) as far as its tags go: in a work store and a "prerender-legacy" work
 * unit, where each `unstable_cache` call adds its tags to the page's. Returns those tags, which Next
 * stores with the page (its `x-next-cache-tags` header).
 */
export async function tagsOfStaticRender(cache: IncrementalCache, render: () => Promise<unknown>): Promise<string[]> {
  const store = { incrementalCache: cache, route: "/unit-test-page", page: "/unit-test-page", cacheLifeProfiles: {}, fetchCache: undefined, isDraftMode: false, isOnDemandRevalidate: false } as unknown as WorkStore;
  const unit = { type: "prerender-legacy", phase: "render", tags: null, revalidate: 600, implicitTags: { tags: [], expirationsByCacheKind: new Map() } } as unknown as WorkUnitStore & { tags: string[] | null };
  await workAsyncStorage.run(store, () => workUnitAsyncStorage.run(unit, render));
  return unit.tags ?? [];
}
