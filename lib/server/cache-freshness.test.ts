import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import type { CacheHandlerValue, Handler } from "@fortedigital/nextjs-cache-handler/cache-handler.types";
import type { CachedRouteKind, IncrementalCacheKind, IncrementalCachedAppPageValue } from "next/dist/server/response-cache/types";
import { afterAll, describe, expect, it } from "vitest";
import {
  dropEntriesOlderThanTheirTags,
  entryPrefix,
  memoryTagTimes,
  pageRenderBegan,
  RENDER_BEGAN_TAG as HANDLER_RENDER_BEGAN_TAG,
  redisTagTimes,
  type TagTimes,
} from "@/cache-handler.mjs";
import { installNextDataCache, runAsRouteHandler, tagsOfStaticRender } from "@/lib/test-support/next-data-cache";
import { DEFAULT_TEST_REDIS_URL, redisAnswers } from "@/scripts/test-postgres";
import { CACHE_TAGS, cachedRead, invalidatePlaces, RENDER_BEGAN_TAG, stampPageRender } from "./cache-tags";

// The race that lost an edit on the public pages (CI, PostgreSQL pass, staff journey 1): a request
// began a cached read before a staff write committed and stored it just after the write's
// invalidation. The entry was stamped with the time it was stored, later than the invalidation, so
// it counted as fresh and served the old data until the next write. cache-handler.mjs stamps a
// cached read's entry with the time the read began, and drops an entry older than its tags' last
// invalidation. Runs through Next's real cache with the guide's handler (in memory here; in Redis in
// the PostgreSQL pass of `npm test`, which sets REDIS_URL).

const cache = installNextDataCache();

/** A promise and the function that settles it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe("a cached read that began before a write", () => {
  it("is not served after the write's invalidation, even when it was stored after it", async () => {
    let stored = "before the edit";
    let hold: ReturnType<typeof gate> | null = null;
    const read = cachedRead(`race-${randomBytes(4).toString("hex")}`, [CACHE_TAGS.places], async () => {
      const seen = stored; // the database read
      if (hold) await hold.opened; // ...the request is slow to finish
      return seen;
    });
    expect(await read()).toBe("before the edit");

    // A request misses (the cache is expired by an earlier write) and reads the old row...
    await runAsRouteHandler(cache, invalidatePlaces);
    hold = gate();
    const slow = read();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // ...a staff edit commits and invalidates...
    stored = "after the edit";
    await runAsRouteHandler(cache, invalidatePlaces);
    // ...then the slow request stores what it read, a little after the invalidation (not in the
    // same millisecond, which counts as older).
    await new Promise((resolve) => setTimeout(resolve, 10));
    hold.open();
    hold = null;
    expect(await slow).toBe("before the edit"); // that request began before the edit: fair
    await new Promise((resolve) => setTimeout(resolve, 5));

    // Every later request sees the edit.
    expect(await read()).toBe("after the edit");
    // And it is cached again: a change nobody invalidated is not seen.
    stored = "not invalidated";
    expect(await read()).toBe("after the edit");
  });
});

// The handler layer itself, as two instances sharing one store would use it.
// (CachedRouteKind is a const enum, which isolatedModules cannot read: its member's value, typed.)
const FETCH = "FETCH" as CachedRouteKind.FETCH;
const entry = (lastModified: number, tags: string[], data: string): CacheHandlerValue => ({
  lastModified,
  lifespan: null,
  tags,
  value: { kind: FETCH, data: { headers: {}, body: JSON.stringify(data), status: 200, url: "" }, revalidate: 31536000 },
});

async function dropsOldEntries(a: Handler, b: Handler) {
  const tag = `t-${randomBytes(4).toString("hex")}`;
  const meta = { implicitTags: [] };
  const readBegan = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 5));
  await b.revalidateTag(tag); // a write on instance b
  await new Promise((resolve) => setTimeout(resolve, 5));
  await a.set("k-old", entry(readBegan, [tag], "old"), {}); // instance a stores a read begun before it
  expect(await a.get("k-old", meta)).toBeNull();
  expect(await b.get("k-old", meta)).toBeNull();
  const fresh = Date.now();
  await a.set("k-new", entry(fresh, [tag], "new"), {});
  expect((await b.get("k-new", meta))?.lastModified).toBe(fresh);
  // an entry without the tag is untouched
  await a.set("k-other", entry(readBegan, ["other-tag"], "other"), {});
  expect((await a.get("k-other", meta))?.lastModified).toBe(readBegan);
}

describe("dropEntriesOlderThanTheirTags", () => {
  it("in memory: an entry older than its tag's invalidation is dropped; a newer one, or another tag's, is kept", async () => {
    const times = memoryTagTimes();
    const handler = dropEntriesOlderThanTheirTags(createLruHandler(), times);
    await dropsOldEntries(handler, handler);
  });

  it("keeps no time for a tag never invalidated", async () => {
    const times: TagTimes = memoryTagTimes();
    expect(await times.latest(["never"])).toBe(-Infinity);
    await times.record("once", 42);
    expect(await times.latest(["never", "once"])).toBe(42);
  });

  const redisUrl = process.env.REDIS_URL ?? DEFAULT_TEST_REDIS_URL;
  /** RESP 2: what the handler's types expect. */
  const redisClient = () => createClient({ url: redisUrl, RESP: 2 });
  const clients: ReturnType<typeof redisClient>[] = [];
  /** Key prefixes the tests wrote under, deleted at the end (a failed test's too). */
  const prefixes: string[] = [];
  afterAll(async () => {
    const cleaner = clients[0];
    if (cleaner) {
      for (const prefix of prefixes) {
        const keys = await cleaner.keys(`${prefix}*`);
        if (keys.length > 0) await cleaner.unlink(keys);
      }
    }
    for (const c of clients) await c.destroy();
  });
  /** Skips the test without Redis, except in CI, which always has it (.ci/run). */
  const needsRedis = async (ctx: { skip: () => void }) => {
    if (await redisAnswers(redisUrl)) return;
    // elsewhere the PostgreSQL pass says when it is missing
    if (process.env.CI) throw new Error(`Redis not reachable at ${redisUrl}`);
    ctx.skip();
  };
  /** One instance's handler: its entries under `entries`, the tags' times under `deployment`. */
  const instance = async (deployment: string, entries = deployment) => {
    const client = redisClient();
    clients.push(client);
    await client.connect();
    return dropEntriesOlderThanTheirTags(createRedisHandler({ client, keyPrefix: entries }), redisTagTimes(client, deployment));
  };
  const testPrefix = (name: string) => {
    const prefix = `${name}-${randomBytes(6).toString("hex")}:`;
    prefixes.push(prefix);
    return prefix;
  };

  it("in Redis: an invalidation on one instance drops an old entry another instance stored after it", async (ctx) => {
    await needsRedis(ctx);
    const keyPrefix = testPrefix("freshness-test");
    await dropsOldEntries(await instance(keyPrefix), await instance(keyPrefix));
  });

  it("in Redis: each build keeps its own entries, and an edit on an instance of one build expires the other's", async (ctx) => {
    await needsRedis(ctx);
    const deployment = testPrefix("builds-test");
    const instanceOf = (buildId: string) => instance(deployment, entryPrefix(deployment, buildId));
    const [oldBuild, newBuild, newBuildToo] = [await instanceOf("build-1"), await instanceOf("build-2"), await instanceOf("build-2")];
    const meta = { implicitTags: [] };
    const tag = "guide-places";
    await oldBuild.set("/page", entry(Date.now(), [tag], "page of build 1"), {});
    // a new build never gets the old build's copy; its own instances share theirs
    expect(await newBuild.get("/page", meta)).toBeNull();
    await newBuild.set("/page", entry(Date.now(), [tag], "page of build 2"), {});
    expect((await newBuildToo.get("/page", meta))?.value).toEqual(entry(0, [], "page of build 2").value);
    // an edit saved on an instance of the new build expires the old build's copy too
    await new Promise((resolve) => setTimeout(resolve, 5));
    await newBuild.revalidateTag(tag);
    expect(await oldBuild.get("/page", meta)).toBeNull();
    expect(await newBuildToo.get("/page", meta)).toBeNull();
  });

  it("a build's entries sit under the deployment's prefix and the build's id (the deployment's alone without an id)", () => {
    expect(entryPrefix("site:", "abc")).toBe("site:abc:");
    expect(entryPrefix("site:", " abc\n")).toBe("site:abc:"); // BUILD_ID as read from its file
    expect(entryPrefix("site:", undefined)).toBe("site:");
    expect(entryPrefix("site:", "")).toBe("site:");
  });
});

// The same race for a cached page (app/[lang]/cached): Next stores a page after its render, so the
// page carries the moment its render began as a tag (stampPageRender), and the handler stamps the
// entry with it.
describe("a cached page whose render began before a write", () => {
  // The handler Next's cache made (GuideCacheHandler), called as Next's response cache calls it.
  // (The kinds are const enums, as FETCH above: their values, typed.)
  const handler = () => {
    if (!cache.cacheHandler) throw new Error("no cache handler");
    return cache.cacheHandler;
  };
  const page = (html: string, tags: string[]): IncrementalCachedAppPageValue => ({
    kind: "APP_PAGE" as CachedRouteKind.APP_PAGE,
    html,
    rscData: undefined,
    headers: { "x-next-cache-tags": tags.join(",") },
    postponed: undefined,
    status: 200,
    segmentData: undefined,
  });
  const began = (at: number) => `${RENDER_BEGAN_TAG}${at}`;
  const ctx = { cacheControl: { revalidate: 600, expire: undefined } };
  const get = { kind: "APP_PAGE" as IncrementalCacheKind.APP_PAGE, isFallback: false };
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it("the page's render stamps it: the tag, with the moment it was called, lands on a static render", async () => {
    const before = Date.now();
    const tags = await tagsOfStaticRender(cache, async () => {
      await stampPageRender();
      await tick();
      await stampPageRender();
    });
    const stamps = tags.filter((t) => t.startsWith(RENDER_BEGAN_TAG)).map((t) => Number(t.slice(RENDER_BEGAN_TAG.length)));
    expect(stamps).toHaveLength(2);
    expect(Math.min(...stamps)).toBeGreaterThanOrEqual(before);
    expect(Math.max(...stamps)).toBeLessThanOrEqual(Date.now());
  });

  it("is dropped when a write's invalidation came after its render began, however late it was stored", async () => {
    const key = `/page-race-${randomBytes(4).toString("hex")}`;
    const renderBegan = Date.now();
    await tick();
    await runAsRouteHandler(cache, invalidatePlaces); // the edit, while the page renders
    await tick();
    await handler().set(key, page("old", [CACHE_TAGS.places, began(renderBegan)]), ctx); // stored after it
    expect(await handler().get(key, get)).toBeNull();

    // a render that began after the edit is kept, with the time it began
    const later = Date.now();
    await tick();
    await handler().set(key, page("new", [CACHE_TAGS.places, began(later), began(later + 3)]), ctx);
    expect((await handler().get(key, get))?.lastModified).toBe(later);
  });

  it("a copy stored again unchanged (Next keeps the last good page when a render fails) keeps its own time", async () => {
    const key = `/page-retained-${randomBytes(4).toString("hex")}`;
    const value = page("kept", [CACHE_TAGS.places, began(Date.now())]);
    await handler().set(key, value, ctx);
    await tick();
    await runAsRouteHandler(cache, invalidatePlaces);
    await tick();
    await handler().set(key, value, ctx); // stored again after the edit: still older than it
    expect(await handler().get(key, get)).toBeNull();
  });

  it("reads the earliest stamp of a page's tags, and nothing from an entry that is not a page", () => {
    expect(RENDER_BEGAN_TAG).toBe(HANDLER_RENDER_BEGAN_TAG);
    expect(pageRenderBegan(page("", ["guide-places", began(20), began(10), `${RENDER_BEGAN_TAG}soon`]))).toBe(10);
    expect(pageRenderBegan({ ...page("", []), headers: { "x-next-cache-tags": [began(7), "guide-data"] } })).toBe(7);
    expect(pageRenderBegan(page("", ["guide-places"]))).toBeUndefined();
    expect(pageRenderBegan(entry(5, [began(1)], "fetch").value)).toBeUndefined();
    expect(pageRenderBegan(undefined)).toBeUndefined();
  });
});
