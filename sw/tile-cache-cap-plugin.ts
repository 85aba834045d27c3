// A Serwist plugin that caps the tile cache in bytes, least recently used first. The rule is pure
// and unit-tested (lib/domain/offline/tile-cache-cap.ts); this file keeps one record per cached
// tile in IndexedDB (size, last use, pinned) and deletes what the rule says.
import { openDB, type IDBPDatabase } from "idb";
import type { SerwistPlugin } from "serwist";
import { tilesToEvict, type TileCacheEntry } from "../lib/domain/offline/tile-cache-cap";
import { TILE_BYTES_ESTIMATE } from "../lib/domain/offline/township-tiles";

const DB_NAME = "guide-tile-cache";
const STORE = "tiles";

let db: Promise<IDBPDatabase> | null = null;
function tileDb(): Promise<IDBPDatabase> {
  db ??= openDB(DB_NAME, 1, { upgrade: (d) => void d.createObjectStore(STORE, { keyPath: "url" }) });
  return db;
}

/** A response's size: its body's bytes, or the estimate when it is opaque (cross-origin, no CORS). */
async function sizeOf(response: Response): Promise<number> {
  if (response.type === "opaque") return TILE_BYTES_ESTIMATE;
  return (await response.clone().arrayBuffer()).byteLength;
}

export class TileCacheCapPlugin implements SerwistPlugin {
  private readonly maxBytes: number;
  /** Tiles being saved for offline (pinned when they land in the cache). */
  private readonly toPin = new Set<string>();
  /** One change at a time: the records and the cache must agree. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor({ maxBytes }: { maxBytes: number }) {
    this.maxBytes = maxBytes;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Marks tiles as saved on purpose: pinned now if cached, else when they are stored. */
  pin(urls: readonly string[]): Promise<void> {
    return this.serial(async () => {
      const d = await tileDb();
      for (const url of urls) {
        const entry: TileCacheEntry | undefined = await d.get(STORE, url);
        if (entry) await d.put(STORE, { ...entry, pinned: true });
        else this.toPin.add(url);
      }
    });
  }

  /** Total bytes of the pinned (saved) tiles and of the tiles seen in passing. */
  usage(): Promise<{ pinnedBytes: number; pinnedCount: number; seenBytes: number }> {
    return this.serial(async () => {
      const all: TileCacheEntry[] = await (await tileDb()).getAll(STORE);
      const pinned = all.filter((e) => e.pinned);
      return {
        pinnedBytes: pinned.reduce((s, e) => s + e.bytes, 0),
        pinnedCount: pinned.length,
        seenBytes: all.filter((e) => !e.pinned).reduce((s, e) => s + e.bytes, 0),
      };
    });
  }

  cacheDidUpdate: SerwistPlugin["cacheDidUpdate"] = async ({ cacheName, request, newResponse }) => {
    const bytes = await sizeOf(newResponse);
    await this.serial(async () => {
      const d = await tileDb();
      const old: TileCacheEntry | undefined = await d.get(STORE, request.url);
      const pinned = (old?.pinned ?? false) || this.toPin.delete(request.url);
      await d.put(STORE, { url: request.url, bytes, usedAt: Date.now(), pinned } satisfies TileCacheEntry);
      // A pinned tile does not count against the cap, so storing it never calls for eviction: saving
      // the township's 559 tiles need not read every record once per tile.
      if (pinned) return;
      const evict = tilesToEvict(await d.getAll(STORE), this.maxBytes);
      if (evict.length === 0) return;
      const cache = await caches.open(cacheName);
      for (const url of evict) {
        await cache.delete(url);
        await d.delete(STORE, url);
      }
    });
  };

  cachedResponseWillBeUsed: SerwistPlugin["cachedResponseWillBeUsed"] = async ({ request, cachedResponse }) => {
    if (!cachedResponse) return cachedResponse;
    // Served from the cache: it is recently used now (LRU).
    await this.serial(async () => {
      const d = await tileDb();
      const entry: TileCacheEntry | undefined = await d.get(STORE, request.url);
      if (entry) await d.put(STORE, { ...entry, usedAt: Date.now() });
    });
    return cachedResponse;
  };
}
