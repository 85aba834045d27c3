// The travel-time matrix the stop-ordering works on.
import type { LngLat } from "../geo";
import { DEFAULT_TRAVEL_MODEL, estimateLegExact, type TravelMode, type TravelModel } from "./travel-model";

/**
 * Travel times between every pair of points, in whole SECONDS (rounded), using the travel model.
 * Seconds rather than the schedule's whole minutes so that ordering is not blurred by rounding,
 * and integers so that sums of legs compare exactly. The matrix is symmetric with a zero diagonal:
 * entry [i][j] is computed once for i < j and mirrored.
 */
export function buildTravelMatrix(
  points: readonly LngLat[],
  mode: TravelMode,
  model: TravelModel = DEFAULT_TRAVEL_MODEL,
): number[][] {
  const n = points.length;
  const matrix: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const a = points[i];
    const row = matrix[i];
    if (a === undefined || row === undefined) continue;
    for (let j = i + 1; j < n; j++) {
      const b = points[j];
      const other = matrix[j];
      if (b === undefined || other === undefined) continue;
      const seconds = Math.round(estimateLegExact(a, b, mode, model).seconds);
      row[j] = seconds;
      other[i] = seconds;
    }
  }
  return matrix;
}
