import { test, expect } from "./support/fixtures";
import { dbPlaceCount } from "./support/db";

// GET /api/places?bbox=…&limit=…&cursor=… on the running server (README, API), and the list as the
// keyboard way to every place.

type Collection = { type: string; features: { id: string; geometry: { coordinates: [number, number] } | null }[]; links?: { rel: string; href: string; type: string }[] };

test.describe("places in pages", () => {
  test("limit and cursor page through every place once, in the collection's order; bbox keeps the points inside it; bad values are 400 JSON", async ({ request }) => {
    const full = (await (await request.get("/api/places")).json()) as Collection;
    expect(full.features).toHaveLength(await dbPlaceCount());
    expect(full.links).toBeUndefined();

    const seen: string[] = [];
    let next: string | undefined = "/api/places?limit=7";
    let pages = 0;
    while (next) {
      const res = await request.get(next);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("application/geo+json; charset=utf-8");
      const body = (await res.json()) as Collection;
      expect(body.type).toBe("FeatureCollection");
      seen.push(...body.features.map((f) => f.id));
      next = body.links?.find((l) => l.rel === "next")?.href;
      if (next) expect(body.links).toEqual([{ rel: "next", href: next, type: "application/geo+json" }]);
      pages++;
    }
    expect(pages).toBe(Math.ceil(full.features.length / 7));
    expect(seen).toEqual(full.features.map((f) => f.id));

    // the township seat's surroundings: exactly the Points of the full collection inside the box
    const box = [110.6, 29.4, 110.7, 29.46] as const;
    const inside = full.features
      .filter((f) => f.geometry && f.geometry.coordinates[0] >= box[0] && f.geometry.coordinates[0] <= box[2] && f.geometry.coordinates[1] >= box[1] && f.geometry.coordinates[1] <= box[3])
      .map((f) => f.id);
    expect(inside.length).toBeGreaterThan(0);
    const boxed = (await (await request.get(`/api/places?bbox=${box.join(",")}`)).json()) as Collection;
    expect(boxed.features.map((f) => f.id)).toEqual(inside);
    expect(boxed.links).toEqual([]);
    const empty = (await (await request.get("/api/places?bbox=100,20,100.1,20.1")).json()) as Collection;
    expect(empty.features).toEqual([]);

    for (const query of ["bbox=110.7,29.4,110.6,29.46", "bbox=1,2,3", "limit=0", "limit=abc", "cursor=forged"]) {
      const res = await request.get(`/api/places?${query}`);
      expect(res.status(), query).toBe(400);
      const body = (await res.json()) as { error: { status: number; code: string } };
      expect(body.error).toMatchObject({ status: 400, code: "invalid_query" });
    }
  });

  test("every place in the list is reached with Tab alone, each once, in list order", async ({ page }) => {
    await page.goto("/");
    const links = page.locator("#place-list a.place-list__link");
    await expect(links).toHaveCount(await dbPlaceCount());
    // the whole guide fits in one page of the list: no "List more"
    await expect(page.locator(".place-list__more")).toHaveCount(0);
    const order = await links.evaluateAll((as) => as.map((a) => a.getAttribute("data-slug")));
    await links.first().focus();
    const reached: (string | null)[] = [await page.evaluate(() => document.activeElement?.getAttribute("data-slug") ?? null)];
    // after each place link comes its "add to plan" button, then the next place
    for (let i = 0; i < order.length * 2 + 2 && reached.length < order.length; i++) {
      await page.keyboard.press("Tab");
      const slug = await page.evaluate(() => (document.activeElement?.classList.contains("place-list__link") ? document.activeElement.getAttribute("data-slug") : null));
      if (slug) reached.push(slug);
    }
    expect(reached).toEqual(order);
  });
});
