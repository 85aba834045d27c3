// Reference solver for tests (test support, not shipped): tries every visiting order that
// respects the pins (k! orders, so only for a handful of stops). Deliberately simple — no bounds,
// no pruning — so it can check the exact and heuristic solvers.
import { normalizeOrderProblem, type OrderProblemInput } from "@/lib/domain/plan/order-problem";
import { tourCost } from "@/lib/domain/plan/tour-cost";

export function bruteForceOrder(input: OrderProblemInput): { order: number[]; cost: number } {
  const problem = normalizeOrderProblem(input);
  const { matrix, start, returnToStart, pinAt, stops } = problem;
  const k = stops.length;
  if (k > 10) throw new RangeError("bruteForceOrder is for at most 10 stops");
  if (k === 0) return { order: [], cost: 0 };
  const leg = (a: number, b: number): number => matrix[a]?.[b] as number;
  const pinned = new Set(pinAt.filter((p) => p !== -1));
  const free = stops.filter((s) => !pinned.has(s));
  let best: number[] = [];
  let bestCost = Infinity;
  const current: number[] = [];
  const used = new Set<number>();
  // `cost` = legs so far, from the start node (if any) to current[pos - 1].
  const visit = (pos: number, cost: number): void => {
    if (pos === k) {
      const first = current[0] as number;
      const last = current[k - 1] as number;
      const total = cost + (returnToStart ? leg(last, start ?? first) : 0);
      if (total < bestCost) {
        bestCost = total;
        best = [...current];
      }
      return;
    }
    const pin = pinAt[pos] ?? -1;
    const candidates = pin !== -1 ? [pin] : free.filter((s) => !used.has(s));
    for (const s of candidates) {
      const prev = pos === 0 ? start : current[pos - 1];
      current.push(s);
      used.add(s);
      visit(pos + 1, cost + (prev === undefined ? 0 : leg(prev, s)));
      used.delete(s);
      current.pop();
    }
  };
  visit(0, 0);
  // Same figure as tourCost (checked here so the reference cannot drift from the definition).
  if (tourCost(best, matrix, problem) !== bestCost) throw new Error("bruteForceOrder: cost mismatch");
  return { order: best, cost: bestCost };
}
