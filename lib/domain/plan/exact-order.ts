// Exact stop ordering: Held–Karp dynamic programming over subsets (O(2^k · k²) for k stops).
//
// dp[mask][j] = cheapest way to visit exactly the stops in `mask` (as positions 0..|mask|-1),
// ending at stop j. A stop u may be appended to a path of |mask| stops only if position |mask|
// is free and u is not pinned elsewhere, or if u is the stop pinned at that position — so the
// DP searches exactly the orders that keep pinned stops in place. Tables are typed arrays indexed
// mask·k + j; 15 stops = 32 768 × 15 states, about 7.4 million relaxations.
//
// A round trip without a start node is a cycle: rotating it keeps its cost. We rotate it so that
// a pinned stop (or, without pins, the first stop) comes first, which makes that stop a fixed
// head and tail, and solve the remaining k − 1 stops as a path whose position p maps back to
// (pivot + 1 + p) mod k.
import type { OrderProblem } from "./order-problem";

export const EXACT_MAX_STOPS = 15;

function lowBit(x: number): number {
  return 31 - Math.clz32(x & -x);
}

/**
 * Cheapest path over `nodes` from `headNode` (cost 0 when undefined) ending with the leg to
 * `tailNode` (none when undefined), where `pinnedAt(p)` is the node required at path position p
 * (or -1). Returns the nodes in visiting order.
 */
function heldKarpPath(
  matrix: readonly (readonly number[])[],
  nodes: readonly number[],
  headNode: number | undefined,
  tailNode: number | undefined,
  pinnedAt: (position: number) => number,
): { order: number[]; cost: number } {
  const k = nodes.length;
  if (k === 0) {
    const c = headNode !== undefined && tailNode !== undefined ? (matrix[headNode]?.[tailNode] ?? 0) : 0;
    return { order: [], cost: headNode === tailNode ? 0 : c };
  }
  const at = (a: number, b: number): number => matrix[a]?.[b] ?? Infinity;
  const node = (i: number): number => nodes[i] as number;
  const d = new Float64Array(k * k);
  const head = new Float64Array(k);
  const tail = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) d[i * k + j] = i === j ? 0 : at(node(i), node(j));
    head[i] = headNode === undefined ? 0 : at(headNode, node(i));
    tail[i] = tailNode === undefined ? 0 : at(node(i), tailNode);
  }
  const local = new Map<number, number>(nodes.map((s, i) => [s, i]));
  const pins = Array.from({ length: k }, (_, p) => pinnedAt(p));
  let unpinnedMask = (1 << k) - 1;
  for (const pin of pins) if (pin !== -1) unpinnedMask &= ~(1 << (local.get(pin) as number));
  const allowedAt = new Int32Array(k);
  for (let p = 0; p < k; p++) {
    const pin = pins[p] as number;
    allowedAt[p] = pin === -1 ? unpinnedMask : 1 << (local.get(pin) as number);
  }

  const size = 1 << k;
  const full = size - 1;
  const popcount = new Uint8Array(size);
  for (let m = 1; m < size; m++) popcount[m] = (popcount[m >> 1] as number) + (m & 1);
  const dp = new Float64Array(size * k).fill(Infinity);
  const parent = new Int8Array(size * k).fill(-1);
  for (let bits = allowedAt[0] as number; bits !== 0; bits &= bits - 1) {
    const i = lowBit(bits);
    dp[(1 << i) * k + i] = head[i] as number;
  }
  for (let mask = 1; mask < full; mask++) {
    const next = (allowedAt[popcount[mask] as number] as number) & ~mask;
    if (next === 0) continue;
    const base = mask * k;
    for (let inMask = mask; inMask !== 0; inMask &= inMask - 1) {
      const j = lowBit(inMask);
      const cur = dp[base + j] as number;
      if (cur === Infinity) continue;
      const row = j * k;
      for (let nx = next; nx !== 0; nx &= nx - 1) {
        const u = lowBit(nx);
        const value = cur + (d[row + u] as number);
        const idx = (mask | (1 << u)) * k + u;
        if (value < (dp[idx] as number)) {
          dp[idx] = value;
          parent[idx] = j;
        }
      }
    }
  }
  let cost = Infinity;
  let end = -1;
  for (let j = 0; j < k; j++) {
    const value = (dp[full * k + j] as number) + (tail[j] as number);
    if (value < cost) {
      cost = value;
      end = j;
    }
  }
  const order: number[] = [];
  for (let mask = full, j = end; j >= 0; ) {
    order.push(node(j));
    const p = parent[mask * k + j] as number;
    mask ^= 1 << j;
    j = p;
  }
  order.reverse();
  return { order, cost };
}

/** Optimal order of the problem's stops (node indices) and its cost. Requires ≤ EXACT_MAX_STOPS stops. */
export function exactOrder(problem: OrderProblem): { order: number[]; cost: number } {
  const { stops, matrix, start, returnToStart, pinAt } = problem;
  const k = stops.length;
  if (k > EXACT_MAX_STOPS) throw new RangeError(`exact ordering handles at most ${EXACT_MAX_STOPS} stops, got ${k}`);
  if (k === 0) return { order: [], cost: 0 };
  if (start !== undefined || !returnToStart) {
    const tailNode = returnToStart ? start : undefined;
    return heldKarpPath(matrix, stops, start, tailNode, (p) => pinAt[p] ?? -1);
  }
  const pivot = Math.max(0, pinAt.findIndex((pin) => pin !== -1));
  const pivotNode = pinAt[pivot] !== -1 ? (pinAt[pivot] as number) : (stops[0] as number);
  const rest = stops.filter((s) => s !== pivotNode);
  const path = heldKarpPath(matrix, rest, pivotNode, pivotNode, (p) => pinAt[(pivot + 1 + p) % k] ?? -1);
  const order = new Array<number>(k);
  order[pivot] = pivotNode;
  path.order.forEach((node, p) => {
    order[(pivot + 1 + p) % k] = node;
  });
  return { order, cost: path.cost };
}
