// 2-opt: reverse a stretch of stops when that shortens the tour.
//
// Reversing nodes[i..j] replaces the legs (i−1, i) and (j, j+1) by (i−1, j) and (i, j+1); the legs
// inside the stretch are walked the other way, which costs the same on a symmetric matrix (as
// buildTravelMatrix produces). Stretches stay inside one block, so pinned stops never move.
// First improvement: a reversal is applied as soon as it is found and the scan goes on from there.
// One pass over all stretches costs O(m²) leg reads for a block of m stops.
import { MIN_GAIN, type OutOfTime, type Tour, withNodes } from "./tour";

/** One pass of 2-opt over every block. Returns `tour` itself when no reversal helped. */
export function twoOpt(tour: Tour, outOfTime: OutOfTime): Tour {
  const { leg, blocks } = tour;
  const e = Int32Array.from(tour.nodes);
  const at = (i: number): number => e[i] as number;
  let improved = false;
  scan: for (const [L, R] of blocks) {
    for (let i = L; i < R; i++) {
      if (outOfTime()) break scan;
      for (let j = i + 1; j <= R; j++) {
        const delta = leg(at(i - 1), at(j)) + leg(at(i), at(j + 1)) - leg(at(i - 1), at(i)) - leg(at(j), at(j + 1));
        if (delta < -MIN_GAIN) {
          e.subarray(i, j + 1).reverse();
          improved = true;
        }
      }
    }
  }
  return improved ? withNodes(tour, e) : tour;
}
