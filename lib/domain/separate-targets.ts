// Screen positions for square tap targets (map markers) so that no two overlap. WCAG 2.2's target
// size (2.5.8) asks that a target be at least 24 × 24 CSS px or spaced so; a 32 px marker that
// another marker covers in part is neither. Two axis-aligned squares of side `size` overlap exactly
// when their centres are closer than `size` on both axes.
//
// Method: greedy, best-known first. Targets are placed in rank order (lower rank = better-known
// location; ties keep the input order); one that fits where it is stays there, one that would
// overlap a placed target goes to the nearest free spot on rings around its own position (rings
// `size / 4` apart). It always ends: beyond the rings, a spot right of every placed target is free.
// Positions are in screen pixels (any plane works); display only, like spreadColocated.
//
// Cost: O(n² × candidates tried); with tens of markers, well under a millisecond.

export type TargetInput = { slug: string; x: number; y: number; rank: number };
export type PlanePoint = { x: number; y: number };

/** Extra room (px) between a moved target and its neighbours, so rounding never makes them touch. */
const GAP = 0.5;
/** Rings tried around a target's own position before it goes right of everything. */
const MAX_RINGS = 64;

export function separateTargets(items: readonly TargetInput[], { size }: { size: number }): Map<string, PlanePoint> {
  const placed: PlanePoint[] = [];
  const out = new Map<string, PlanePoint>();
  const fits = (x: number, y: number, clearance: number) =>
    placed.every((p) => Math.abs(p.x - x) >= clearance || Math.abs(p.y - y) >= clearance);
  const place = (slug: string, point: PlanePoint) => {
    placed.push(point);
    out.set(slug, point);
  };

  const ordered = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.rank - b.item.rank || a.index - b.index);
  for (const { item } of ordered) {
    if (fits(item.x, item.y, size)) {
      place(item.slug, { x: item.x, y: item.y });
      continue;
    }
    const clearance = size + GAP;
    const step = size / 4;
    let spot: PlanePoint | null = null;
    for (let ring = 1; ring <= MAX_RINGS && spot === null; ring++) {
      const radius = ring * step;
      const count = Math.max(8, Math.ceil((2 * Math.PI * radius) / step));
      for (let k = 0; k < count; k++) {
        const angle = (2 * Math.PI * k) / count;
        const x = item.x + radius * Math.cos(angle);
        const y = item.y + radius * Math.sin(angle);
        if (fits(x, y, clearance)) {
          spot = { x, y };
          break;
        }
      }
    }
    place(item.slug, spot ?? { x: Math.max(...placed.map((p) => p.x)) + clearance, y: item.y });
  }
  return out;
}
