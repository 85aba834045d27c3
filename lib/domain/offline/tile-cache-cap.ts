// The size cap of the map-tile cache: tiles the visitor has seen stay available offline, up to a
// number of bytes, and the least recently used go first. Serwist's ExpirationPlugin caps entries,
// not bytes (a tile of a town is many times a tile of a forest), hence this small rule, used by the
// service worker's plugin (sw/tile-cache-cap-plugin.ts), which keeps one record per cached tile.
//
// Tiles saved with "Save the township for offline" are pinned: the visitor asked for them, so they
// are never evicted and do not count against the cap of the tiles seen in passing.

/** What the service worker records of one cached tile. */
export type TileCacheEntry = {
  url: string;
  /** The response's size (or TILE_BYTES_ESTIMATE when the response is opaque and its size unknown). */
  bytes: number;
  /** When it was last stored or served (ms since the epoch). */
  usedAt: number;
  pinned: boolean;
};

/** 50 MB: the cap of the tiles seen in passing (pinned tiles apart). */
export const TILE_CACHE_MAX_BYTES = 50 * 1024 * 1024;

/**
 * The URLs to delete, least recently used first, so that the unpinned entries that remain fit in
 * `maxBytes`. Pinned entries are never listed and not counted. Ties in `usedAt` go by URL, so the
 * answer never depends on the order of `entries`.
 */
export function tilesToEvict(entries: readonly TileCacheEntry[], maxBytes: number): string[] {
  const evictable = entries.filter((e) => !e.pinned);
  let total = evictable.reduce((sum, e) => sum + e.bytes, 0);
  if (total <= maxBytes) return [];
  const oldestFirst = [...evictable].sort((a, b) => a.usedAt - b.usedAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const evicted: string[] = [];
  for (const entry of oldestFirst) {
    if (total <= maxBytes) break;
    evicted.push(entry.url);
    total -= entry.bytes;
  }
  return evicted;
}
