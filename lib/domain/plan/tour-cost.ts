// The cost of visiting stops in a given order.

export interface TourCostOptions {
  /** Fixed start node: the tour begins with the leg start → order[0]. */
  readonly start?: number;
  /** Add the closing leg: last → start, or last → first stop when there is no start node. */
  readonly returnToStart: boolean;
}

function cost(matrix: readonly (readonly number[])[], a: number, b: number): number {
  const v = matrix[a]?.[b];
  if (v === undefined) throw new RangeError(`no matrix entry [${a}][${b}]`);
  return v;
}

/** Total travel cost of `order` (node indices, start node excluded) under `matrix`. */
export function tourCost(
  order: readonly number[],
  matrix: readonly (readonly number[])[],
  opts: TourCostOptions,
): number {
  const first = order[0];
  const last = order[order.length - 1];
  if (first === undefined || last === undefined) return 0;
  let total = opts.start === undefined ? 0 : cost(matrix, opts.start, first);
  for (let i = 1; i < order.length; i++) total += cost(matrix, order[i - 1] as number, order[i] as number);
  if (opts.returnToStart) total += cost(matrix, last, opts.start ?? first);
  return total;
}
