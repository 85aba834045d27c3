import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { tilesToEvict, type TileCacheEntry } from "./tile-cache-cap";

const entry = (url: string, bytes: number, usedAt: number, pinned = false): TileCacheEntry => ({ url, bytes, usedAt, pinned });

describe("tilesToEvict (the tile-cache size cap)", () => {
  it("keeps everything while the tiles fit", () => {
    expect(tilesToEvict([entry("a", 400, 1), entry("b", 600, 2)], 1000)).toEqual([]);
  });

  it("drops the least recently used until the rest fit", () => {
    const entries = [entry("new", 300, 30), entry("old", 300, 10), entry("mid", 300, 20), entry("newest", 300, 40)];
    // 1200 bytes against a 700-byte cap: the two oldest go (600 left).
    expect(tilesToEvict(entries, 700)).toEqual(["old", "mid"]);
  });

  it("counts a tile served from the cache as recently used (LRU, not first-in first-out)", () => {
    // "a" was stored first but served last: "b" goes.
    expect(tilesToEvict([entry("a", 500, 50), entry("b", 500, 20)], 600)).toEqual(["b"]);
  });

  it("never evicts a pinned (saved township) tile and does not count it", () => {
    const entries = [entry("saved", 10_000, 1, true), entry("seen-old", 300, 2), entry("seen-new", 300, 3)];
    expect(tilesToEvict(entries, 400)).toEqual(["seen-old"]);
    expect(tilesToEvict(entries, 600)).toEqual([]);
  });

  it("evicts even the newest tile when it alone is over the cap", () => {
    expect(tilesToEvict([entry("huge", 2000, 5)], 1000)).toEqual(["huge"]);
  });

  it("leaves the unpinned rest within the cap, having evicted only older tiles than any kept one (property)", () => {
    const entries = fc.uniqueArray(
      fc.record({ url: fc.string({ minLength: 1, maxLength: 6 }), bytes: fc.nat(5000), usedAt: fc.nat(100), pinned: fc.boolean() }),
      { selector: (e) => e.url, maxLength: 40 },
    );
    fc.assert(
      fc.property(entries, fc.nat(60_000), (list, cap) => {
        const evicted = new Set(tilesToEvict(list, cap));
        const kept = list.filter((e) => !e.pinned && !evicted.has(e.url));
        const gone = list.filter((e) => evicted.has(e.url));
        expect(gone.every((e) => !e.pinned)).toBe(true);
        expect(kept.reduce((s, e) => s + e.bytes, 0)).toBeLessThanOrEqual(cap);
        // LRU: every evicted tile was used no later than every kept one.
        for (const g of gone) for (const k of kept) expect(g.usedAt).toBeLessThanOrEqual(k.usedAt);
        // Minimal: putting back the last evicted tile would break the cap.
        const last = [...gone].sort((a, b) => b.usedAt - a.usedAt || (a.url < b.url ? 1 : -1))[0];
        if (last) expect(kept.reduce((s, e) => s + e.bytes, 0) + last.bytes).toBeGreaterThan(cap);
      }),
    );
  });
});
