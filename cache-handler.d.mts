// Types of cache-handler.mjs, for the unit tests that run it (lib/server/cache-freshness.test.ts).
import type { CacheHandler } from "next/dist/server/lib/incremental-cache";
import type { Handler } from "@fortedigital/nextjs-cache-handler/cache-handler.types";
import type { RedisClientType } from "redis";

/** When each tag was last invalidated. */
export interface TagTimes {
  record(tag: string, at: number): Promise<void>;
  /** The latest invalidation time of any of `tags`, -Infinity when none was invalidated. */
  latest(tags: readonly string[]): Promise<number>;
}
export function memoryTagTimes(): TagTimes;
/** In the hash `${keyPrefix}__guide_tag_times__` (keyPrefix: REDIS_KEY_PREFIX + ":"). */
export function redisTagTimes(client: RedisClientType, keyPrefix?: string): TagTimes;
/** The Redis prefix of a build's entries: `${deploymentPrefix}${buildId}:`, or the deployment's prefix without a build id. */
export function entryPrefix(deploymentPrefix: string, buildId: string | undefined): string;
export function dropEntriesOlderThanTheirTags(inner: Handler, tagTimes: TagTimes): Handler;
/** Start of the tag a cached page's render carries its start in (stampPageRender in lib/server/cache-tags.ts). */
export const RENDER_BEGAN_TAG: string;
/** When a cached page's render began: the earliest of its RENDER_BEGAN_TAG tags; undefined for other values. */
export function pageRenderBegan(value: { kind?: string; headers?: Record<string, string | number | string[] | undefined> } | null | undefined): number | undefined;
/**
 * The cache handler next.config.ts gives Next, typed as Next sees it. (It extends the package's
 * CacheHandler, whose declared types were written for an older Next's context types.)
 */
export default class GuideCacheHandler extends CacheHandler {}
