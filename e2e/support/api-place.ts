// A place as the public API gives it (GET /api/places/[slug]), for the tests that check what a
// visitor's map and panel will read after a change.
import { expect, type Page } from "@playwright/test";

export type ApiPlace = { geometry: { coordinates: [number, number] } | null; properties: Record<string, unknown> };

/** The place's GeoJSON Feature; the test fails unless the API answers 200. */
export async function apiPlace(page: Page, slug: string): Promise<ApiPlace> {
  const res = await page.request.get(`/api/places/${slug}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as ApiPlace;
}
