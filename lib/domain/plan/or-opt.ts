// Or-opt: move a run of 1–3 consecutive stops, possibly reversed, to another place in its block.
//
// Taking the run s1..s2 out from between p and nx saves leg(p, s1) + leg(s2, nx) − leg(p, nx);
// putting it between a and b costs leg(a, s1) + leg(s2, b) − leg(a, b) (or leg(a, s2) + leg(s1, b)
// reversed). The move is made when the cost is less than the saving. Runs and their new places stay
// inside one block, so pinned stops never move. First improvement, O(3·m²) leg reads per pass.
import { MIN_GAIN, type OutOfTime, type Tour, withNodes } from "./tour";

/** Moves the `len` nodes at e[i..] to just after position q (q outside the run), in place. */
function moveRun(e: Int32Array, i: number, len: number, q: number, reversed: boolean): void {
  const run = Int32Array.from(e.subarray(i, i + len));
  if (reversed) run.reverse();
  if (q < i) {
    e.copyWithin(q + 1 + len, q + 1, i);
    e.set(run, q + 1);
  } else {
    e.copyWithin(i, i + len, q + 1);
    e.set(run, q + 1 - len);
  }
}

/** One pass of Or-opt over every block. Returns `tour` itself when no relocation helped. */
export function orOpt(tour: Tour, outOfTime: OutOfTime): Tour {
  const { leg, blocks } = tour;
  const e = Int32Array.from(tour.nodes);
  const at = (i: number): number => e[i] as number;
  let improved = false;
  scan: for (const [Lb, Rb] of blocks) {
    for (let len = 1; len <= 3; len++) {
      for (let i = Lb; i + len - 1 <= Rb; i++) {
        if (outOfTime()) break scan;
        const p = at(i - 1);
        const s1 = at(i);
        const s2 = at(i + len - 1);
        const nx = at(i + len);
        const gain = leg(p, s1) + leg(s2, nx) - leg(p, nx);
        for (let q = Lb - 1; q <= Rb; q++) {
          if (q >= i - 1 && q <= i + len - 1) continue;
          const a = at(q);
          const b = at(q + 1);
          const base = leg(a, b);
          const fwd = leg(a, s1) + leg(s2, b) - base;
          const rev = leg(a, s2) + leg(s1, b) - base;
          if (fwd - gain < -MIN_GAIN || rev - gain < -MIN_GAIN) {
            moveRun(e, i, len, q, rev < fwd);
            improved = true;
            break;
          }
        }
      }
    }
  }
  return improved ? withNodes(tour, e) : tour;
}
