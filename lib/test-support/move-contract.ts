// The contract every local-search move of the heuristic keeps, checked on seeded random tours
// (test support, not shipped).
import { expect } from "vitest";
import { tourLength, type OutOfTime, type Tour } from "@/lib/domain/plan/tour";
import { moveViolations, randomTours } from "./tours";

type Move = (tour: Tour, outOfTime: OutOfTime) => Tour;

const never: OutOfTime = () => false;

/**
 * On 300 random tours: pins and ends stay, the stops stay the same, the tour never gets longer,
 * the input is not written to, and an unchanged tour is returned as the same object. Returns how
 * many tours the move shortened (so a caller can check the move did something).
 */
export function checkMoveContract(move: Move, seed: number): number {
  let shortened = 0;
  for (const { tour } of randomTours(seed, 300)) {
    const before = [...tour.nodes];
    const after = move(tour, never);
    expect(moveViolations(tour, after)).toEqual([]);
    expect([...tour.nodes]).toEqual(before);
    const [was, is] = [tourLength(tour), tourLength(after)];
    expect(is).toBeLessThanOrEqual(was + 1e-6);
    if (after === tour) continue;
    expect(is).toBeLessThan(was);
    shortened++;
  }
  return shortened;
}

/** With the budget already spent, the move returns its input untouched. */
export function checkSpentBudget(move: Move, tour: Tour): void {
  let reads = 0;
  const spent: OutOfTime = () => {
    reads++;
    return true;
  };
  expect(move(tour, spent)).toBe(tour);
  expect(reads).toBeGreaterThan(0);
}
