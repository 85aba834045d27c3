// Heuristic stop ordering for tours too large for the exact DP.
//
// 1. Construction: nearest neighbour (from the start node; without one, from up to 16 first stops).
// 2. Local search, first-improvement, until no move improves: 2-opt (reverse a stretch), Or-opt
//    (move a run of 1–3 stops, possibly reversed), swap (exchange two stops) and, with pins, a
//    cross-pin exchange (stop x leaves block A and y leaves block B; each is inserted at its best
//    place in the other block).
// 3. Iterated local search: perturb the best order (a random double bridge inside a block, a random
//    3-cycle of free stops, or — with pins — reversing/rotating the sequence of free stops, which
//    flips the direction of travel relative to the pins), search again, keep the result when it is
//    no worse; up to `maxKicks` times or until the time budget is spent. The perturbations come
//    from a seeded generator, so results are reproducible whenever the budget is not the binding
//    limit.
//
// Pinned stops never move: 2-opt, Or-opt and double bridges act only inside a run of free
// positions between two pins ("block"); the other moves only exchange free positions, keeping
// every block's size. A round trip without a start node is rotated so a pinned stop is its fixed
// head (rotation keeps a cycle's cost). Move gains assume a symmetric matrix (as buildTravelMatrix
// produces); the final comparison uses the exact tour cost, so the result is never worse than the
// input order whatever the matrix.
import { respectPins, type OrderProblem } from "./order-problem";
import { mulberry32 } from "./seeded-random";
import { tourCost } from "./tour-cost";

export interface HeuristicOptions {
  /** The order to improve on (default: stops ascending). The result never costs more. */
  readonly initialOrder?: readonly number[];
  /** Wall-clock budget in ms (default 80). */
  readonly timeBudgetMs?: number;
  /** Cap on improvement passes per local search (default 1000). */
  readonly maxPasses?: number;
  /** Cap on perturbation rounds (default 300). */
  readonly maxKicks?: number;
  /** Seed of the perturbation generator (default 1). */
  readonly seed?: number;
  /** Clock in ms (default performance.now); injectable for tests. */
  readonly now?: () => number;
}

const EPS = 1e-9;

export function heuristicOrder(problem: OrderProblem, options: HeuristicOptions = {}): { order: number[]; cost: number } {
  const { stops, matrix, start, returnToStart, pinAt, n } = problem;
  const k = stops.length;
  const opts = { start, returnToStart };
  const input = respectPins(problem, options.initialOrder);
  const inputCost = tourCost(input, matrix, opts);
  if (k === 0) return { order: input, cost: inputCost };

  const now = options.now ?? (() => performance.now());
  const deadline = now() + (options.timeBudgetMs ?? 80);
  const maxPasses = options.maxPasses ?? 1000;
  const maxKicks = options.maxKicks ?? 300;
  const random = mulberry32(options.seed ?? 1);
  const randInt = (m: number): number => Math.floor(random() * m);

  const D = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) D[a * n + b] = matrix[a]?.[b] ?? 0;
  const c = (a: number, b: number): number => (a < 0 || b < 0 ? 0 : (D[a * n + b] as number));
  const pinnedSet = new Set(pinAt.filter((p) => p !== -1));

  /** Greedy: at each free position take the nearest unvisited free stop. */
  const nearestNeighbour = (first: number | undefined): number[] => {
    const used = new Set<number>(pinnedSet);
    const order: number[] = [];
    let prev = start ?? -1;
    for (let pos = 0; pos < k; pos++) {
      let pick = pinAt[pos] as number;
      if (pick === -1) {
        if (pos === 0 && first !== undefined) pick = first;
        else {
          let bestD = Infinity;
          for (const s of stops) {
            if (used.has(s)) continue;
            const dist = c(prev, s);
            if (dist < bestD) {
              bestD = dist;
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
  };

  /** Local search and perturbation on one order. */
  const improve = (order: readonly number[], kicks: number): number[] => {
    // ext = [head, ...movable, tail]; -1 is a "nowhere" node whose legs cost 0.
    // A round trip without a start node is rotated so that a pinned stop (or, without pins, the
    // first stop — every rotation then costs the same) is head and tail; rotating a cycle keeps
    // its cost, and every other position maps back as (pivot + i) mod k.
    const cycleNoStart = start === undefined && returnToStart;
    const pivot = cycleNoStart ? Math.max(0, pinAt.findIndex((pin) => pin !== -1)) : 0;
    const ring = cycleNoStart ? [...order.slice(pivot), ...order.slice(0, pivot)] : [...order];
    const head = cycleNoStart ? (ring[0] as number) : (start ?? -1);
    const tail = cycleNoStart ? head : returnToStart ? (start as number) : -1;
    const movable = cycleNoStart ? ring.slice(1) : ring;
    const positionOf = (i: number): number => (cycleNoStart ? (pivot + i) % k : i - 1);
    const len = movable.length + 2;
    const e = new Int32Array(len);
    e[0] = head;
    e.set(movable, 1);
    e[len - 1] = tail;
    const fixed = new Uint8Array(len);
    fixed[0] = 1;
    fixed[len - 1] = 1;
    for (let i = 1; i < len - 1; i++) if (pinAt[positionOf(i)] !== -1) fixed[i] = 1;
    const blocks: [number, number][] = [];
    const free: number[] = [];
    for (let i = 1; i < len - 1; i++) {
      if (fixed[i]) continue;
      free.push(i);
      if (fixed[i - 1]) {
        let j = i;
        while (j + 1 < len - 1 && !fixed[j + 1]) j++;
        blocks.push([i, j]);
      }
    }
    const at = (i: number): number => e[i] as number;
    const cost = (): number => {
      let total = 0;
      for (let i = 1; i < len; i++) total += c(at(i - 1), at(i));
      return total;
    };

    const twoOpt = (): boolean => {
      let improved = false;
      for (const [L, R] of blocks) {
        for (let i = L; i < R; i++) {
          if (now() > deadline) return improved;
          for (let j = i + 1; j <= R; j++) {
            const delta = c(at(i - 1), at(j)) + c(at(i), at(j + 1)) - c(at(i - 1), at(i)) - c(at(j), at(j + 1));
            if (delta < -EPS) {
              e.subarray(i, j + 1).reverse();
              improved = true;
            }
          }
        }
      }
      return improved;
    };

    const move = (i: number, L: number, q: number, reversed: boolean): void => {
      const seg = Int32Array.from(e.subarray(i, i + L));
      if (reversed) seg.reverse();
      if (q < i) {
        e.copyWithin(q + 1 + L, q + 1, i);
        e.set(seg, q + 1);
      } else {
        e.copyWithin(i, i + L, q + 1);
        e.set(seg, q + 1 - L);
      }
    };

    const orOpt = (): boolean => {
      let improved = false;
      for (const [Lb, Rb] of blocks) {
        for (let L = 1; L <= 3; L++) {
          for (let i = Lb; i + L - 1 <= Rb; i++) {
            if (now() > deadline) return improved;
            const p = at(i - 1);
            const s1 = at(i);
            const s2 = at(i + L - 1);
            const nx = at(i + L);
            const gain = c(p, s1) + c(s2, nx) - c(p, nx);
            for (let q = Lb - 1; q <= Rb; q++) {
              if (q >= i - 1 && q <= i + L - 1) continue;
              const a = at(q);
              const b = at(q + 1);
              const base = c(a, b);
              const fwd = c(a, s1) + c(s2, b) - base;
              const rev = c(a, s2) + c(s1, b) - base;
              if (fwd - gain < -EPS || rev - gain < -EPS) {
                move(i, L, q, rev < fwd);
                improved = true;
                break;
              }
            }
          }
        }
      }
      return improved;
    };

    const swap = (): boolean => {
      let improved = false;
      for (let x = 0; x < free.length; x++) {
        if (now() > deadline) return improved;
        const i = free[x] as number;
        for (let y = x + 1; y < free.length; y++) {
          const j = free[y] as number;
          const a = at(i);
          const b = at(j);
          let delta: number;
          if (j === i + 1) {
            delta = c(at(i - 1), b) + c(b, a) + c(a, at(j + 1)) - c(at(i - 1), a) - c(a, b) - c(b, at(j + 1));
          } else {
            delta =
              c(at(i - 1), b) + c(b, at(i + 1)) + c(at(j - 1), a) + c(a, at(j + 1)) -
              (c(at(i - 1), a) + c(a, at(i + 1)) + c(at(j - 1), b) + c(b, at(j + 1)));
          }
          if (delta < -EPS) {
            e[i] = b;
            e[j] = a;
            improved = true;
          }
        }
      }
      return improved;
    };

    /** Best place to insert `y` into the path `seq` (edges between consecutive entries). */
    const bestInsertion = (seq: readonly number[], y: number): { cost: number; at: number } => {
      let bestC = Infinity;
      let bestAt = 1;
      for (let t = 1; t < seq.length; t++) {
        const u = seq[t - 1] as number;
        const v = seq[t] as number;
        const extra = c(u, y) + c(y, v) - c(u, v);
        if (extra < bestC) {
          bestC = extra;
          bestAt = t;
        }
      }
      return { cost: bestC, at: bestAt };
    };

    /**
     * Exchange across pins: take stop x out of block A and stop y out of block B, insert y at its
     * best place in A and x at its best place in B (block sizes, hence pins, stay put).
     */
    const crossBlock = (): boolean => {
      let improved = false;
      for (let ba = 0; ba < blocks.length; ba++) {
        for (let bb = ba + 1; bb < blocks.length; bb++) {
          const [La, Ra] = blocks[ba] as [number, number];
          const [Lb, Rb] = blocks[bb] as [number, number];
          for (let i = La; i <= Ra; i++) {
            if (now() > deadline) return improved;
            for (let j = Lb; j <= Rb; j++) {
              const x = at(i);
              const y = at(j);
              const gainA = c(at(i - 1), x) + c(x, at(i + 1)) - c(at(i - 1), at(i + 1));
              const gainB = c(at(j - 1), y) + c(y, at(j + 1)) - c(at(j - 1), at(j + 1));
              const restA = Array.from(e.subarray(La - 1, Ra + 2)).filter((_, t) => t !== i - La + 1);
              const restB = Array.from(e.subarray(Lb - 1, Rb + 2)).filter((_, t) => t !== j - Lb + 1);
              const insA = bestInsertion(restA, y);
              const insB = bestInsertion(restB, x);
              if (insA.cost + insB.cost - gainA - gainB < -EPS) {
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
      return improved;
    };

    const localSearch = (): void => {
      for (let pass = 0; pass < maxPasses && now() <= deadline; pass++) {
        const a = twoOpt();
        const b = orOpt();
        const s = swap();
        const x = blocks.length > 1 ? crossBlock() : false;
        if (!a && !b && !s && !x) break;
      }
    };

    const perturb = (): void => {
      const big = blocks.filter(([L, R]) => R - L + 1 >= 8);
      const r = random();
      if (blocks.length > 1 && r < 0.2) {
        // Read the free stops in visiting order, then reverse or rotate that sequence and lay it
        // back over the free positions: with pins, the direction of travel and which stops fall
        // before/after each pin are what single moves cannot change.
        const seq = free.map((i) => at(i));
        const cut = 1 + randInt(seq.length - 1);
        const next = r < 0.1 ? seq.reverse() : [...seq.slice(cut), ...seq.slice(0, cut)];
        free.forEach((i, t) => {
          e[i] = next[t] as number;
        });
        return;
      }
      if (big.length > 0 && (random() < 0.5 || free.length < 3)) {
        // Double bridge inside a block: A B C D → A C B D.
        const [L, R] = big[randInt(big.length)] as [number, number];
        const size = R - L + 1;
        const cuts = [1 + randInt(size - 1), 1 + randInt(size - 1), 1 + randInt(size - 1)].sort((x, y) => x - y);
        const [p1, p2, p3] = cuts as [number, number, number];
        if (p1 === p2 || p2 === p3) return;
        const seg = Array.from(e.subarray(L, R + 1));
        const next = [...seg.slice(0, p1), ...seg.slice(p2, p3), ...seg.slice(p1, p2), ...seg.slice(p3)];
        e.set(next, L);
      } else if (free.length >= 3) {
        // Rotate the stops at three random free positions.
        const x = free[randInt(free.length)] as number;
        const y = free[randInt(free.length)] as number;
        const z = free[randInt(free.length)] as number;
        if (x === y || y === z || x === z) return;
        const t = at(x);
        e[x] = at(y);
        e[y] = at(z);
        e[z] = t;
      }
    };

    localSearch();
    let bestCost = cost();
    const best = Int32Array.from(e);
    for (let kick = 0; kick < kicks && now() <= deadline; kick++) {
      perturb();
      localSearch();
      const current = cost();
      if (current <= bestCost + EPS) {
        bestCost = Math.min(bestCost, current);
        best.set(e);
      } else {
        e.set(best);
      }
    }
    const out = Array.from(best.subarray(1, len - 1));
    if (!cycleNoStart) return out;
    const result = new Array<number>(k);
    result[pivot] = head;
    out.forEach((node, t) => {
      result[positionOf(t + 1)] = node;
    });
    return result;
  };

  let best = input;
  let bestCost = inputCost;
  const consider = (order: number[]): void => {
    const c2 = tourCost(order, matrix, opts);
    if (c2 < bestCost - EPS) {
      best = order;
      bestCost = c2;
    }
  };
  // Construction: nearest neighbour from the start node; without one, from up to 16 first stops.
  const firstCandidates: (number | undefined)[] =
    start !== undefined || pinAt[0] !== -1 ? [undefined] : stops.filter((s) => !pinnedSet.has(s)).slice(0, 16);
  const constructed = firstCandidates
    .map((f) => nearestNeighbour(f))
    .map((order) => ({ order, cost: tourCost(order, matrix, opts) }))
    .sort((x, y) => x.cost - y.cost);
  const seedOrder = constructed[0]?.order ?? input;
  consider(seedOrder);
  consider(improve(seedOrder, maxKicks));
  // Budget left (small tours): a second round of search from the best order so far.
  if (now() <= deadline) consider(improve(best, maxKicks));
  // `best` started as the (pin-respecting) input order and is only replaced by a cheaper order.
  return { order: best, cost: bestCost };
}
