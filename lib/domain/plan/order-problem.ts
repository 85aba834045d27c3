// The stop-ordering problem in a checked, normalised form shared by the exact, heuristic and
// brute-force solvers.

/** stop node index → position in the visiting order (0-based, the start node not counted). */
export type PinnedStops = ReadonlyMap<number, number> | Readonly<Record<number, number>>;

export interface OrderProblemInput {
  /** Square travel-cost matrix over all nodes (start node included), e.g. from buildTravelMatrix. */
  readonly matrix: readonly (readonly number[])[];
  /** Index of a fixed start node, or undefined when the tour may begin at any stop. */
  readonly start?: number;
  /**
   * Close the tour: back to the start node, or — without a start node — from the last stop back
   * to the first one (a round trip whose first stop is part of the answer).
   */
  readonly returnToStart: boolean;
  /** Stops that must stay at a given position of the visiting order. */
  readonly pinned?: PinnedStops;
}

export interface OrderProblem {
  readonly n: number;
  readonly matrix: readonly (readonly number[])[];
  readonly start: number | undefined;
  readonly returnToStart: boolean;
  /** Node indices to visit (every node except the start), ascending. */
  readonly stops: readonly number[];
  /** position → pinned node index, or -1 when the position is free. Length = stops.length. */
  readonly pinAt: readonly number[];
}

function pinEntries(pinned: PinnedStops | undefined): [number, number][] {
  if (pinned === undefined) return [];
  if (pinned instanceof Map) return [...(pinned as ReadonlyMap<number, number>).entries()];
  return Object.entries(pinned as Readonly<Record<string, number>>).map(([k, v]) => [Number(k), v]);
}

/** Validate the input and bring it into the solvers' form. Throws RangeError on malformed input. */
export function normalizeOrderProblem(input: OrderProblemInput): OrderProblem {
  const { matrix, start, returnToStart } = input;
  const n = matrix.length;
  for (let i = 0; i < n; i++) {
    const row = matrix[i];
    if (row === undefined || row.length !== n) throw new RangeError(`matrix row ${i} must have ${n} entries`);
    for (const v of row) if (!Number.isFinite(v)) throw new RangeError(`matrix row ${i} has a non-finite entry`);
  }
  if (start !== undefined && (!Number.isInteger(start) || start < 0 || start >= n)) {
    throw new RangeError(`start ${start} is not a node index (0..${n - 1})`);
  }
  const stops: number[] = [];
  for (let i = 0; i < n; i++) if (i !== start) stops.push(i);
  const k = stops.length;
  const pinAt = new Array<number>(k).fill(-1);
  for (const [node, pos] of pinEntries(input.pinned)) {
    if (!Number.isInteger(node) || node < 0 || node >= n || node === start) {
      throw new RangeError(`pinned stop ${node} is not a stop index`);
    }
    if (!Number.isInteger(pos) || pos < 0 || pos >= k) {
      throw new RangeError(`pinned position ${pos} for stop ${node} is outside 0..${k - 1}`);
    }
    if (pinAt[pos] !== -1) throw new RangeError(`two stops are pinned at position ${pos}`);
    pinAt[pos] = node;
  }
  return { n, matrix, start, returnToStart, stops, pinAt };
}

/** True when `order` visits every stop once and keeps every pinned stop at its position. */
export function isValidOrder(problem: OrderProblem, order: readonly number[]): boolean {
  if (order.length !== problem.stops.length) return false;
  const wanted = new Set(problem.stops);
  const seen = new Set<number>();
  for (let pos = 0; pos < order.length; pos++) {
    const node = order[pos];
    if (node === undefined || !wanted.has(node) || seen.has(node)) return false;
    seen.add(node);
    const pin = problem.pinAt[pos];
    if (pin !== undefined && pin !== -1 && pin !== node) return false;
  }
  return true;
}

/**
 * The given order (default: stops ascending) made to respect the pins: pinned stops at their
 * positions, the other stops fill the free positions in the order they appear in `order`.
 */
export function respectPins(problem: OrderProblem, order?: readonly number[]): number[] {
  const base = order ?? problem.stops;
  const pinned = new Set(problem.pinAt.filter((p) => p !== -1));
  const free = base.filter((node) => !pinned.has(node));
  let next = 0;
  return problem.pinAt.map((pin) => {
    if (pin !== -1) return pin;
    const node = free[next++];
    if (node === undefined) throw new RangeError("order does not list every stop");
    return node;
  });
}
