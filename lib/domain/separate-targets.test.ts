import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { separateTargets, type TargetInput } from "./separate-targets";

/** Independent check: two squares of side `size` centred on a and b share some area. */
function overlap(a: { x: number; y: number }, b: { x: number; y: number }, size: number): boolean {
  return Math.abs(a.x - b.x) < size && Math.abs(a.y - b.y) < size;
}

function overlappingPairs(points: Map<string, { x: number; y: number }>, size: number): string[] {
  const entries = [...points];
  const pairs: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [sa, a] = entries[i] ?? [];
      const [sb, b] = entries[j] ?? [];
      if (a && b && overlap(a, b, size)) pairs.push(`${sa}/${sb}`);
    }
  }
  return pairs;
}

describe("separateTargets", () => {
  it("leaves targets that do not overlap where they are", () => {
    const items: TargetInput[] = [
      { slug: "a", x: 0, y: 0, rank: 0 },
      { slug: "b", x: 32, y: 0, rank: 0 }, // edge to edge: touching is not overlapping
      { slug: "c", x: 10, y: 40, rank: 1 },
    ];
    const out = separateTargets(items, { size: 32 });
    expect(out.get("a")).toEqual({ x: 0, y: 0 });
    expect(out.get("b")).toEqual({ x: 32, y: 0 });
    expect(out.get("c")).toEqual({ x: 10, y: 40 });
  });

  it("moves only the worse-known of two overlapping targets, to the nearest free spot", () => {
    // the estimate comes first in the input but is placed second
    const out = separateTargets(
      [
        { slug: "estimate", x: 110, y: 100, rank: 3 },
        { slug: "exact", x: 100, y: 100, rank: 0 },
      ],
      { size: 32 },
    );
    expect(out.get("exact")).toEqual({ x: 100, y: 100 });
    // rings 8 px apart around (110, 100); the first free spot straight right is 24 px out (x 134 ≥ 132.5)
    expect(out.get("estimate")).toEqual({ x: 134, y: 100 });
  });

  it("separates targets on the same spot: ties keep the input order, the first stays", () => {
    const out = separateTargets(
      [
        { slug: "a", x: 0, y: 0, rank: 1 },
        { slug: "b", x: 0, y: 0, rank: 1 },
      ],
      { size: 24 },
    );
    expect(out.get("a")).toEqual({ x: 0, y: 0 });
    expect(out.get("b")).toEqual({ x: 30, y: 0 });
  });

  it("a crowded spot: each moved target ends as near its own position as the rings allow", () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ slug: `p${i}`, x: 50, y: 50, rank: i === 0 ? 0 : 2 }));
    const out = separateTargets(items, { size: 32 });
    expect(out.get("p0")).toEqual({ x: 50, y: 50 });
    for (const [, p] of out) expect(Math.hypot(p.x - 50, p.y - 50)).toBeLessThanOrEqual(32 * 3);
  });

  it("leaves no two of up to 40 targets overlapping, wherever they start (property)", () => {
    const target = fc.record({
      x: fc.integer({ min: 0, max: 300 }),
      y: fc.integer({ min: 0, max: 300 }),
      rank: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(target, { minLength: 2, maxLength: 40 }), (raw) => {
        const items = raw.map((t, i) => ({ ...t, slug: `p${i}` }));
        const out = separateTargets(items, { size: 32 });
        expect(out.size).toBe(items.length);
        expect(overlappingPairs(out, 32)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("control: the oracle does see the overlaps in the input", () => {
    const input = new Map([
      ["a", { x: 0, y: 0 }],
      ["b", { x: 31, y: 31 }],
    ]);
    expect(overlappingPairs(input, 32)).toEqual(["a/b"]);
  });
});
