import { describe, expect, it } from "vitest";
import { lineMatrix, moveViolations, orderOf, randomTours, tourOf } from "@/lib/test-support/tours";
import { perturbTour } from "./perturb-tour";
import { mulberry32 } from "./seeded-random";

/** A "random" source that yields the given numbers in turn. */
function scripted(...values: number[]): () => number {
  let next = 0;
  return () => {
    const value = values[next++];
    if (value === undefined) throw new Error("scripted random ran out");
    return value;
  };
}

const xs = Array.from({ length: 11 }, (_, i) => i);

describe("perturbTour", () => {
  it("double-bridges a block of 10 stops cut after the 1st, 5th and 8th: A B C D → A C B D", () => {
    const { problem, tour } = tourOf({ matrix: lineMatrix(xs), start: 0, returnToStart: false }, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // kind (no pins: not a reordering), coin < 0.5: double bridge, block 0, cuts 1 + ⌊u·9⌋ = 1, 5, 8.
    const kicked = perturbTour(tour, scripted(0.5, 0.3, 0, 0.5, 0.1, 0.8));
    expect(orderOf(problem, kicked)).toEqual([1, 6, 7, 8, 2, 3, 4, 5, 9, 10]);
  });

  it("rotates three free stops when no block has 8 stops: positions 1, 3, 5 take the stops of 3, 5, 1", () => {
    const { problem, tour } = tourOf({ matrix: lineMatrix(xs.slice(0, 6)), start: 0, returnToStart: false }, [1, 2, 3, 4, 5]);
    const kicked = perturbTour(tour, scripted(0.9, 0, 0.5, 0.9));
    expect(orderOf(problem, kicked)).toEqual([3, 2, 5, 4, 1]);
  });

  it("with pins, reverses the free stops around them (the direction of travel flips, pins stay)", () => {
    const input = { matrix: lineMatrix(xs.slice(0, 6)), start: 0, returnToStart: true, pinned: { 3: 2 } };
    const { problem, tour } = tourOf(input, [1, 2, 3, 4, 5]);
    const kicked = perturbTour(tour, scripted(0.05, 0.5));
    expect(orderOf(problem, kicked)).toEqual([5, 4, 3, 2, 1]);
  });

  it("with pins, rotates the free stops around them: the first two free stops move behind the pin", () => {
    const input = { matrix: lineMatrix(xs.slice(0, 6)), start: 0, returnToStart: true, pinned: { 3: 2 } };
    const { problem, tour } = tourOf(input, [1, 2, 3, 4, 5]);
    // kind 0.15: rotation; cut 1 + ⌊0.5·3⌋ = 2 of the free stops 1 2 4 5 → 4 5 1 2.
    const kicked = perturbTour(tour, scripted(0.15, 0.5));
    expect(orderOf(problem, kicked)).toEqual([4, 5, 3, 1, 2]);
  });

  it("returns the same tour when the random cuts coincide", () => {
    const { tour } = tourOf({ matrix: lineMatrix(xs), start: 0, returnToStart: false }, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(perturbTour(tour, scripted(0.5, 0.3, 0, 0.5, 0.5, 0.8))).toBe(tour);
  });

  it("keeps pins, ends and the set of stops on 300 random tours, without writing to its input", () => {
    const random = mulberry32(15);
    let changed = 0;
    for (const { tour } of randomTours(16, 300)) {
      const before = [...tour.nodes];
      const kicked = perturbTour(tour, random);
      expect(moveViolations(tour, kicked)).toEqual([]);
      expect([...tour.nodes]).toEqual(before);
      if ([...kicked.nodes].join() !== before.join()) changed++;
    }
    expect(changed).toBeGreaterThan(150);
  });
});
