// Nearest-neighbour construction: at each free position, the nearest stop not yet visited.
//
// Pinned stops are placed at their positions and never picked elsewhere; "nearest" is measured
// from the previous position's stop (or the start node; without one the first leg is free, so
// the first free stop of the scan is taken unless `first` says which stop opens the tour).
// O(k²) leg reads: a quick starting point for the local search.
import type { OrderProblem } from "./order-problem";
import { NOWHERE, type LegCost } from "./tour";

/** A pin-respecting visiting order built greedily; `first` (a free stop) opens it when position 0 is free. */
export function nearestNeighbourOrder(problem: OrderProblem, leg: LegCost, first?: number): number[] {
  const { stops, pinAt, start } = problem;
  const used = new Set<number>(pinAt.filter((p) => p !== -1));
  const order: number[] = [];
  let prev = start ?? NOWHERE;
  for (let pos = 0; pos < stops.length; pos++) {
    let pick = pinAt[pos] as number;
    if (pick === -1) {
      if (pos === 0 && first !== undefined) pick = first;
      else {
        let best = Infinity;
        for (const s of stops) {
          if (used.has(s)) continue;
          const dist = leg(prev, s);
          if (dist < best) {
            best = dist;
            pick = s;
          }
        }
      }
    }
    used.add(pick);
    order.push(pick);
    prev = pick;
  }
  return order;
}
