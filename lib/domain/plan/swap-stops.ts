// Swap: exchange the stops at two free positions when that shortens the tour.
//
// The two positions may lie in different blocks (a stop may cross a pin this way, the pin itself
// stays). Only the up to four legs around the two positions change, so each candidate costs O(1);
// neighbours (j = i + 1) share a leg and are priced separately. First improvement, O(f²) per pass
// for f free positions.
import { MIN_GAIN, type OutOfTime, type Tour, withNodes } from "./tour";

/** One pass of pairwise swaps over the free positions. Returns `tour` itself when no swap helped. */
export function swapStops(tour: Tour, outOfTime: OutOfTime): Tour {
  const { leg, free } = tour;
  const e = Int32Array.from(tour.nodes);
  const at = (i: number): number => e[i] as number;
  let improved = false;
  for (let x = 0; x < free.length; x++) {
    if (outOfTime()) break;
    const i = free[x] as number;
    for (let y = x + 1; y < free.length; y++) {
      const j = free[y] as number;
      const a = at(i);
      const b = at(j);
      const delta =
        j === i + 1
          ? leg(at(i - 1), b) + leg(b, a) + leg(a, at(j + 1)) - leg(at(i - 1), a) - leg(a, b) - leg(b, at(j + 1))
          : leg(at(i - 1), b) + leg(b, at(i + 1)) + leg(at(j - 1), a) + leg(a, at(j + 1)) -
            (leg(at(i - 1), a) + leg(a, at(i + 1)) + leg(at(j - 1), b) + leg(b, at(j + 1)));
      if (delta < -MIN_GAIN) {
        e[i] = b;
        e[j] = a;
        improved = true;
      }
    }
  }
  return improved ? withNodes(tour, e) : tour;
}
