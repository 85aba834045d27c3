// Next's data cache (the cached reads of lib/server/cache-tags.ts, and the page cache of
// lib/domain/cached-page.ts) through @fortedigital/nextjs-cache-handler (the maintained successor of
// @neshca/cache-handler, made for Next 15/16). next.config.ts always uses this file:
//   - with REDIS_URL, in Redis, shared by every instance: an edit saved on one shows on all;
//   - without it, in this server's memory (the package's LRU), as one instance should.
// When Redis cannot be reached the reads are not cached at all (every request reads the database):
// slower, but no instance can serve what another has changed.
//
// A write calls revalidateTag(tag, { expire: 0 }). The package then deletes the entries that carry
// the tag, but it keeps no time for the guide's own tags, and Next stamps an entry with the moment
// it is stored. So a read that began before a write and was stored just after its invalidation came
// back as fresh, and served the old data until the next write (an edit "lost" on the public pages;
// lib/server/cache-freshness.test.ts). Two additions close that window:
//   - each tag's invalidation time is kept (in Redis, or in memory), and an entry whose tags were
//     invalidated at or after its time is dropped when it is read;
//   - a cached read's entry carries the time the read began (cachedRead in cache-tags.ts passes it
//     through an AsyncLocalStorage), not the time it was stored.
// Instances compare times from their own clocks: keep them in sync (NTP), as any cluster does.
import { AsyncLocalStorage } from "node:async_hooks";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { withAbortSignalProxy } from "@fortedigital/nextjs-cache-handler/helpers/withAbortSignalProxy";
import { createClient } from "redis";

// Keys of one deployment share a prefix, so two sites (or two test runs) can share one Redis. Read
// when the handlers are created (the unit tests give each test file its own). Every instance under
// one prefix must run with the same configuration: a page rendered by one is served by all. Within
// it, each build keeps its entries apart (entryPrefix).
const keyPrefix = () => `${process.env.REDIS_KEY_PREFIX ?? "sanguansi"}:`;
/** How long a Redis command may take before the cache gives up on it (a miss, never a hang). */
const REDIS_TIMEOUT_MS = 2_000;

/** The same AsyncLocalStorage as lib/server/cache-tags.ts's (`{ startedAt }` of the running cached read). */
const READ_START = Symbol.for("sanguansi.cache.read-start");
const readStarts = (globalThis[READ_START] ??= new AsyncLocalStorage());

/** Caches nothing: every read goes to the database. */
const noCache = {
  name: "no-cache",
  get: async () => null,
  set: async () => {},
  revalidateTag: async () => {},
  delete: async () => {},
};

/** When each tag was last invalidated, in this process's memory. */
export function memoryTagTimes() {
  const times = new Map();
  return {
    record: async (tag, at) => void times.set(tag, at),
    latest: async (tags) => Math.max(-Infinity, ...tags.map((tag) => times.get(tag) ?? -Infinity)),
  };
}

/** When each tag was last invalidated, in one Redis hash that every instance reads. */
export function redisTagTimes(redisClient, prefix = keyPrefix()) {
  const hash = `${prefix}__guide_tag_times__`;
  const client = withAbortSignalProxy(redisClient);
  const timed = () => {
    if (!redisClient.isReady) throw new Error("Redis is not connected");
    return client.withAbortSignal(AbortSignal.timeout(REDIS_TIMEOUT_MS));
  };
  return {
    record: async (tag, at) => void (await timed().hSet(hash, tag, String(at))),
    latest: async (tags) => {
      if (tags.length === 0) return -Infinity;
      const values = await timed().hmGet(hash, tags);
      return Math.max(-Infinity, ...values.map((v) => (v === null ? -Infinity : Number(v))));
    },
  };
}

/**
 * `inner` that records each invalidation's time and drops, when read, an entry whose tags were
 * invalidated at or after its own time (lastModified). Exported for the unit tests.
 */
export function dropEntriesOlderThanTheirTags(inner, tagTimes) {
  return {
    name: `${inner.name}+tag-times`,
    async get(key, ctx) {
      const entry = await inner.get(key, ctx);
      if (!entry) return null;
      if ((await tagTimes.latest([...(entry.tags ?? [])])) >= entry.lastModified) {
        await inner.delete(key);
        return null;
      }
      return entry;
    },
    set: (key, value, ctx) => inner.set(key, value, ctx),
    async revalidateTag(tag) {
      // The time first: from here on no entry older than it is served, even before the deletion.
      await tagTimes.record(tag, Date.now());
      await inner.revalidateTag(tag);
    },
    delete: (key) => inner.delete(key),
    ...(inner.prepare ? { prepare: () => inner.prepare() } : {}),
  };
}

/**
 * The Redis prefix of this build's entries: the deployment's prefix and the build's id. Next's keys
 * name a route, not a build, and a page refers to its build's scripts: a new build must never be
 * served a page (or a cached read, whose shape may have changed) stored by an older one, as in a
 * rolling deploy or after one. The tags' invalidation times stay under the deployment's prefix,
 * shared by every build, so an edit saved on an instance of either build expires the other's copies.
 */
export function entryPrefix(deploymentPrefix, buildId) {
  const id = buildId?.trim();
  return id ? `${deploymentPrefix}${id}:` : deploymentPrefix;
}

async function createHandlers(buildId) {
  // The build renders no page that reads the database through the cache.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [noCache] };
  if (!process.env.REDIS_URL) return { handlers: [dropEntriesOlderThanTheirTags(createLruHandler(), memoryTagTimes())] };
  const prefix = keyPrefix();
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000, socket: { connectTimeout: 5_000 } });
  // Without a listener a connection error would crash the server; the client reconnects by itself.
  client.on("error", (err) => console.error(`Redis (${prefix}): ${err.message}`));
  try {
    await client.connect();
  } catch (err) {
    console.error(`Redis at REDIS_URL did not answer (${err instanceof Error ? err.message : err}): reads are not cached.`);
    await client.disconnect().catch(() => {});
    return { handlers: [noCache] };
  }
  const redis = createRedisHandler({ client, keyPrefix: entryPrefix(prefix, buildId), timeoutMs: REDIS_TIMEOUT_MS });
  return { handlers: [dropEntriesOlderThanTheirTags(redis, redisTagTimes(client, prefix))] };
}

const state = globalThis;
CacheHandler.onCreation(({ buildId }) => {
  state.guideCacheHandlers ??= createHandlers(buildId);
  return state.guideCacheHandlers;
});

/** Start of the tag a cached page's render carries its start in (stampPageRender in lib/server/cache-tags.ts). */
export const RENDER_BEGAN_TAG = "guide-render-began:";

/**
 * When the render of a cached page (an APP_PAGE value) began: the earliest of its RENDER_BEGAN_TAG
 * tags, which Next stores in its `x-next-cache-tags` header. Undefined for a page without one.
 */
export function pageRenderBegan(value) {
  if (value?.kind !== "APP_PAGE") return undefined;
  const header = value.headers?.["x-next-cache-tags"];
  const tags = Array.isArray(header) ? header : typeof header === "string" ? header.split(",") : [];
  let began;
  for (const tag of tags) {
    if (!tag.startsWith(RENDER_BEGAN_TAG)) continue;
    const at = Number(tag.slice(RENDER_BEGAN_TAG.length));
    if (Number.isFinite(at) && (began === undefined || at < began)) began = at;
  }
  return began;
}

/**
 * The package's handler, with an entry stamped with the time its data began to be read rather than
 * the time it is stored:
 *   - a cached read's, with the time the read began (cachedRead in cache-tags.ts);
 *   - a cached page's, with the time its render began (stampPageRender). Next stores a page after
 *     its render, outside the guide's code, so the time comes with the page, in its tags. A page
 *     Next stores again unchanged (it keeps the last good copy when a new render fails) keeps its
 *     tags, and so its own time.
 */
export default class GuideCacheHandler extends CacheHandler {
  async set(cacheKey, value, ctx) {
    const startedAt = pageRenderBegan(value) ?? readStarts.getStore()?.startedAt;
    return super.set(cacheKey, value, startedAt === undefined ? ctx : { ...ctx, internal_lastModified: startedAt });
  }
}
