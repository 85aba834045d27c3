import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { revalidateTag, unstable_cache } from "next/cache";

// The guide's reads are cached across requests in Next's data cache (`unstable_cache`, see
// `cachedRead`) and invalidated by tag. `"use cache"` would need `cacheComponents`, which changes how
// every page renders (no `dynamic = "force-dynamic"`, Suspense around request data); the pages are
// dynamic anyway (they read searchParams), so caching the reads is what pays.
//
// Each cached read carries the tag of every table it shows plus `guide-data`, so a write invalidates
// exactly the reads that show what it changed:
//   - a staff edit (a server action, from the staff-editing issue) calls invalidatePlaces() / invalidateVillages() /
//     invalidateRoutes() after its write commits;
//   - the seed (a separate process) calls POST /api/revalidate, which calls invalidateGuideData().
//
// The cache is held by cache-handler.mjs: in this server process's memory, or with REDIS_URL in
// Redis, shared by every instance. Never on disk: a restarted server starts empty, so a seed run
// while no server is running can never be hidden by an entry left on disk.
export const CACHE_TAGS = {
  /** Every cached read of the guide's data. */
  guideData: "guide-data",
  /** Places with their sources, and anything that embeds a place (routes link their stops). */
  places: "guide-places",
  /** Villages (places show their village's names). */
  villages: "guide-villages",
  /** Curated routes. */
  routes: "guide-routes",
} as const;

type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];

/**
 * When each cached read began, for cache-handler.mjs: it stamps the entry the read stores with that
 * moment rather than the moment of storing. A read that began before a write and is stored after
 * the write's invalidation is then older than the invalidation, and is dropped on its next get,
 * instead of serving the old data until the next write. Shared through globalThis because the
 * handler is loaded by Next's server, outside this bundle.
 */
type ReadStart = { startedAt?: number };
const READ_START = Symbol.for("sanguansi.cache.read-start");
const readStarts: AsyncLocalStorage<ReadStart> = ((globalThis as { [READ_START]?: AsyncLocalStorage<ReadStart> })[READ_START] ??=
  new AsyncLocalStorage<ReadStart>());

/**
 * `read` cached across requests under `key`, invalidated by any of `tags` (and by `guide-data`).
 * The result must survive JSON (plain objects, arrays, strings, numbers, booleans, null).
 * A read that throws is not cached: the next request tries again.
 */
export function cachedRead<Args extends string[], T>(
  key: string,
  tags: readonly CacheTag[],
  read: (...args: Args) => Promise<T>,
): (...args: Args) => Promise<T> {
  const cached = unstable_cache(
    (...args: Args) => {
      const start = readStarts.getStore();
      if (start) start.startedAt = Date.now();
      return read(...args);
    },
    [key],
    { tags: [CACHE_TAGS.guideData, ...tags] },
  );
  return (...args) => readStarts.run({}, () => cached(...args));
}

/**
 * Start of the tag that carries a cached page's render start: `guide-render-began:<ms>`. The same
 * prefix as cache-handler.mjs's RENDER_BEGAN_TAG (a unit test checks they agree).
 */
export const RENDER_BEGAN_TAG = "guide-render-began:";

/**
 * Stamps the page being rendered with this moment, for the page cache (app/[lang]/cached). Call it
 * first in a cached page and in its metadata, before they read: cache-handler.mjs stores the page
 * with the earliest stamp as its time, instead of the moment it was stored. A render that read
 * old data before a write and was stored after the write's invalidation is then older than the
 * invalidation and dropped on its next get, like a cached read that began before a write.
 *
 * The stamp travels as a tag of the page: Next gives a statically rendered page the tags of every
 * `unstable_cache` call in it (which is how a write's tag expires the pages that show it), and
 * stores them with the page. The call caches nothing of its own (its one entry holds `true`).
 */
export async function stampPageRender(): Promise<void> {
  const began = Date.now();
  await unstable_cache(async () => true, ["guide-page-render"], { tags: [`${RENDER_BEGAN_TAG}${began}`] })();
}

// `{ expire: 0 }` expires the tag at once: the next read is a miss and sees the write. The profile
// "max" would serve the old value once more (stale-while-revalidate). Works in server actions and
// route handlers alike.
const EXPIRE_NOW = { expire: 0 };

/** Call after a write to places or their sources has committed. */
export function invalidatePlaces(): void {
  revalidateTag(CACHE_TAGS.places, EXPIRE_NOW);
}

/** Call after a write to villages has committed. */
export function invalidateVillages(): void {
  revalidateTag(CACHE_TAGS.villages, EXPIRE_NOW);
}

/** Call after a write to curated routes has committed. */
export function invalidateRoutes(): void {
  revalidateTag(CACHE_TAGS.routes, EXPIRE_NOW);
}

/** Everything the guide has cached (the seed rewrites all data). */
export function invalidateGuideData(): void {
  revalidateTag(CACHE_TAGS.guideData, EXPIRE_NOW);
}
