// The tour the heuristic's moves work on: the visiting order framed by its fixed ends.
//
// `nodes` = [head, ...stops, tail]. Head and tail are the start node (tail only on a round trip)
// or NOWHERE, a node whose legs cost 0, so every move can read the two neighbours of any stop
// without special cases. A round trip without a start node is rotated so that a pinned stop (or,
// without pins, the first stop: every rotation of a cycle costs the same) is both head and tail;
// position p of `nodes` then maps back to visiting position (pivot + p) mod k.
//
// Head, tail and pinned stops are fixed; the other positions are free. `blocks` are the maximal
// runs of free positions between two fixed ones: a move that keeps stops inside their block, or
// only exchanges free positions, cannot move a pin. A tour is a value: moves return a new tour
// with new `nodes` and the same frame (`leg`, `blocks`, `free`), and never write to their input.
import type { OrderProblem } from "./order-problem";

/** A move must gain more than this to count as an improvement (guards against rounding loops). */
export const MIN_GAIN = 1e-9;

/** An open end of the tour: legs to and from it cost 0. */
export const NOWHERE = -1;

/** Inclusive range [first, last] of positions in `Tour.nodes`. */
export type Block = readonly [first: number, last: number];

/** Travel cost of the leg a → b (0 when either end is NOWHERE). */
export type LegCost = (a: number, b: number) => number;

export interface Tour {
  /** [head, ...stops in visiting order (rotated for a round trip without start), tail]. Not written to. */
  readonly nodes: Int32Array;
  readonly leg: LegCost;
  /** Runs of free positions between fixed ones, ascending. */
  readonly blocks: readonly Block[];
  /** Every free position, ascending. */
  readonly free: readonly number[];
}

/** Tells a move to stop early: true once the time budget is spent. */
export type OutOfTime = () => boolean;

/** Leg costs from the matrix, copied once into a flat typed array (the moves read it millions of times). */
export function legCostOf(matrix: readonly (readonly number[])[]): LegCost {
  const n = matrix.length;
  const flat = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) flat[a * n + b] = matrix[a]?.[b] ?? 0;
  return (a, b) => (a < 0 || b < 0 ? 0 : (flat[a * n + b] as number));
}

function isCycleWithoutStart(problem: OrderProblem): boolean {
  return problem.start === undefined && problem.returnToStart;
}

/** Visiting position of the stop at index `i` of `nodes` for a tour whose rotation is `pivot`. */
function positionOf(problem: OrderProblem, pivot: number, i: number): number {
  return isCycleWithoutStart(problem) ? (pivot + i) % problem.stops.length : i - 1;
}

function pivotOf(problem: OrderProblem): number {
  return isCycleWithoutStart(problem) ? Math.max(0, problem.pinAt.findIndex((pin) => pin !== -1)) : 0;
}

/** The tour of `order` (a valid, pin-respecting visiting order of the problem's stops). */
export function tourFromOrder(problem: OrderProblem, order: readonly number[], leg: LegCost): Tour {
  const { start, returnToStart, pinAt } = problem;
  const cycle = isCycleWithoutStart(problem);
  const pivot = pivotOf(problem);
  const ring = cycle ? [...order.slice(pivot), ...order.slice(0, pivot)] : [...order];
  const head = cycle ? (ring[0] as number) : (start ?? NOWHERE);
  const tail = cycle ? head : returnToStart ? (start as number) : NOWHERE;
  const movable = cycle ? ring.slice(1) : ring;
  const len = movable.length + 2;
  const nodes = new Int32Array(len);
  nodes[0] = head;
  nodes.set(movable, 1);
  nodes[len - 1] = tail;
  const fixed = (i: number): boolean => i === 0 || i === len - 1 || pinAt[positionOf(problem, pivot, i)] !== -1;
  const blocks: Block[] = [];
  const free: number[] = [];
  for (let i = 1; i < len - 1; i++) {
    if (fixed(i)) continue;
    free.push(i);
    if (fixed(i - 1)) {
      let j = i;
      while (!fixed(j + 1)) j++;
      blocks.push([i, j]);
    }
  }
  return { nodes, leg, blocks, free };
}

/** The visiting order (stop node indices, start excluded) that `tour` stands for. */
export function tourToOrder(problem: OrderProblem, tour: Tour): number[] {
  const len = tour.nodes.length;
  const inner = Array.from(tour.nodes.subarray(1, len - 1));
  if (!isCycleWithoutStart(problem)) return inner;
  const pivot = pivotOf(problem);
  const order = new Array<number>(problem.stops.length);
  order[pivot] = tour.nodes[0] as number;
  inner.forEach((node, t) => {
    order[positionOf(problem, pivot, t + 1)] = node;
  });
  return order;
}

/** Total cost of the tour: the sum of its legs (equals tourCost of its order). */
export function tourLength(tour: Tour): number {
  const { nodes, leg } = tour;
  let total = 0;
  for (let i = 1; i < nodes.length; i++) total += leg(nodes[i - 1] as number, nodes[i] as number);
  return total;
}

/** The same frame with other nodes. */
export function withNodes(tour: Tour, nodes: Int32Array): Tour {
  return { ...tour, nodes };
}
