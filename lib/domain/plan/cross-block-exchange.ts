// Cross-pin exchange: stop x leaves block A and stop y leaves block B; y is inserted at its best
// place in A and x at its best place in B.
//
// With pins, which stops fall before and which after a pin matters as much as their order, and
// 2-opt and Or-opt (which stay inside a block) cannot change it. Block sizes stay the same, so
// every pin keeps its position. Each candidate pair re-prices both insertions: O(m) per pair.
import { type LegCost, MIN_GAIN, type OutOfTime, type Tour, withNodes } from "./tour";

/** Cheapest place to insert `y` into the path `seq` (between seq[at − 1] and seq[at]) and its extra cost. */
function bestInsertion(leg: LegCost, seq: readonly number[], y: number): { cost: number; at: number } {
  let bestCost = Infinity;
  let bestAt = 1;
  for (let t = 1; t < seq.length; t++) {
    const u = seq[t - 1] as number;
    const v = seq[t] as number;
    const extra = leg(u, y) + leg(y, v) - leg(u, v);
    if (extra < bestCost) {
      bestCost = extra;
      bestAt = t;
    }
  }
  return { cost: bestCost, at: bestAt };
}

/** One pass of exchanges between every pair of blocks. Returns `tour` itself when none helped. */
export function crossBlockExchange(tour: Tour, outOfTime: OutOfTime): Tour {
  const { leg, blocks } = tour;
  const e = Int32Array.from(tour.nodes);
  const at = (i: number): number => e[i] as number;
  let improved = false;
  scan: for (let ba = 0; ba < blocks.length; ba++) {
    for (let bb = ba + 1; bb < blocks.length; bb++) {
      const [La, Ra] = blocks[ba] as readonly [number, number];
      const [Lb, Rb] = blocks[bb] as readonly [number, number];
      for (let i = La; i <= Ra; i++) {
        if (outOfTime()) break scan;
        for (let j = Lb; j <= Rb; j++) {
          const x = at(i);
          const y = at(j);
          const gainA = leg(at(i - 1), x) + leg(x, at(i + 1)) - leg(at(i - 1), at(i + 1));
          const gainB = leg(at(j - 1), y) + leg(y, at(j + 1)) - leg(at(j - 1), at(j + 1));
          // Block with its fixed neighbours, minus the stop that leaves.
          const restA = Array.from(e.subarray(La - 1, Ra + 2)).filter((_, t) => t !== i - La + 1);
          const restB = Array.from(e.subarray(Lb - 1, Rb + 2)).filter((_, t) => t !== j - Lb + 1);
          const insA = bestInsertion(leg, restA, y);
          const insB = bestInsertion(leg, restB, x);
          if (insA.cost + insB.cost - gainA - gainB < -MIN_GAIN) {
            restA.splice(insA.at, 0, y);
            restB.splice(insB.at, 0, x);
            e.set(restA.slice(1, -1), La);
            e.set(restB.slice(1, -1), Lb);
            improved = true;
          }
        }
      }
    }
  }
  return improved ? withNodes(tour, e) : tour;
}
