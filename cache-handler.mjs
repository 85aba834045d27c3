// Next's data cache (the cached reads of lib/server/cache-tags.ts) shared by every instance through
// Redis, with @fortedigital/nextjs-cache-handler (the maintained successor of @neshca/cache-handler,
// made for Next 15/16). next.config.ts uses this file only when REDIS_URL is set; without it each
// instance keeps its cache in its own memory, as one instance should.
//
// A write on any instance calls revalidateTag(tag, { expire: 0 }); the handler records the tag's
// time in Redis, and every instance's next read of an entry with that tag is a miss, so an edit
// shows everywhere at once. When Redis cannot be reached the reads are not cached at all (every
// request reads the database): slower, but no instance can serve what another has changed.
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";

// Keys of one deployment share a prefix, so two sites (or two test runs) can share one Redis.
const KEY_PREFIX = `${process.env.REDIS_KEY_PREFIX ?? "sanguansi"}:`;

/** Caches nothing: every read goes to the database. */
const noCache = {
  name: "no-cache",
  get: async () => null,
  set: async () => {},
  revalidateTag: async () => {},
  delete: async () => {},
};

const state = globalThis;

async function createHandlers() {
  // The build renders no page that reads the database through the cache: no Redis needed.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [noCache] };
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000, socket: { connectTimeout: 5_000 } });
  // Without a listener a connection error would crash the server; the client reconnects by itself.
  client.on("error", (err) => console.error(`Redis (${KEY_PREFIX}): ${err.message}`));
  try {
    await client.connect();
  } catch (err) {
    console.error(`Redis at REDIS_URL did not answer (${err instanceof Error ? err.message : err}): reads are not cached.`);
    await client.disconnect().catch(() => {});
    return { handlers: [noCache] };
  }
  return { handlers: [createRedisHandler({ client, keyPrefix: KEY_PREFIX, timeoutMs: 2_000 })] };
}

CacheHandler.onCreation(() => {
  state.guideCacheHandlers ??= createHandlers();
  return state.guideCacheHandlers;
});

export default CacheHandler;
