// Kicks for iterated local search: random changes that a single local move cannot undo, so the
// next local search can leave the current local optimum.
//
// - With more than one block, 1 in 5 kicks reads the free stops in visiting order and lays them
//   back over the free positions reversed (1 in 10) or rotated (1 in 10): with pins, the direction
//   of travel and which stops fall before or after each pin are what single moves cannot change.
// - Otherwise a double bridge inside a block of at least 8 stops (A B C D → A C B D, the classic
//   kick that 2-opt cannot undo in one step), or a rotation of the stops at three random free
//   positions (always when there is no block that large; a coin toss decides when there is both).
// Every kick keeps each stop inside the free positions, so pins never move. A kick whose random
// cuts coincide changes nothing and returns the input tour.
import { withNodes, type Block, type Tour } from "./tour";

/** Random integer in 0..m−1. */
function randInt(random: () => number, m: number): number {
  return Math.floor(random() * m);
}

/** Free stops reversed (reverse) or rotated by `cut` (cut in 1..f−1) over the free positions. */
function reorderFreeStops(tour: Tour, reverse: boolean, cut: number): Tour {
  const seq = tour.free.map((i) => tour.nodes[i] as number);
  const next = reverse ? seq.reverse() : [...seq.slice(cut), ...seq.slice(0, cut)];
  const e = Int32Array.from(tour.nodes);
  tour.free.forEach((i, t) => {
    e[i] = next[t] as number;
  });
  return withNodes(tour, e);
}

/** Double bridge of the block's stops cut after offsets p1 < p2 < p3: A B C D → A C B D. */
function doubleBridge(tour: Tour, [L, R]: Block, p1: number, p2: number, p3: number): Tour {
  const seg = Array.from(tour.nodes.subarray(L, R + 1));
  const e = Int32Array.from(tour.nodes);
  e.set([...seg.slice(0, p1), ...seg.slice(p2, p3), ...seg.slice(p1, p2), ...seg.slice(p3)], L);
  return withNodes(tour, e);
}

/** The stops at positions x, y, z move on: y's stop to x, z's to y, x's to z. */
function rotateThree(tour: Tour, x: number, y: number, z: number): Tour {
  const e = Int32Array.from(tour.nodes);
  e[x] = tour.nodes[y] as number;
  e[y] = tour.nodes[z] as number;
  e[z] = tour.nodes[x] as number;
  return withNodes(tour, e);
}

/** One random kick (see the header). `random` yields floats in [0, 1), e.g. mulberry32. */
export function perturbTour(tour: Tour, random: () => number): Tour {
  const { blocks, free } = tour;
  const big = blocks.filter(([L, R]) => R - L + 1 >= 8);
  const r = random();
  if (blocks.length > 1 && r < 0.2) {
    const cut = 1 + randInt(random, free.length - 1);
    return reorderFreeStops(tour, r < 0.1, cut);
  }
  if (big.length > 0 && (random() < 0.5 || free.length < 3)) {
    const block = big[randInt(random, big.length)] as Block;
    const size = block[1] - block[0] + 1;
    const cuts = [0, 0, 0].map(() => 1 + randInt(random, size - 1)).sort((a, b) => a - b);
    const [p1, p2, p3] = cuts as [number, number, number];
    return p1 === p2 || p2 === p3 ? tour : doubleBridge(tour, block, p1, p2, p3);
  }
  if (free.length >= 3) {
    const [x, y, z] = [0, 0, 0].map(() => free[randInt(random, free.length)] as number) as [number, number, number];
    return x === y || y === z || x === z ? tour : rotateThree(tour, x, y, z);
  }
  return tour;
}
