import { test, expect } from "./support/fixtures";

test.describe("unknown and malformed addresses", () => {
  test("an unknown slug gets the 404 page", async ({ page }) => {
    const response = await page.goto("/places/no-such-place");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "找不到这个地点" })).toBeVisible();
    await page.getByRole("link", { name: "返回地图" }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  const malformed = [
    "a".repeat(5000),
    "%E4%B8%AD%E6%96%87",
    "..%2F..%2Fetc%2Fpasswd",
    "%2E%2E%2F",
    "%00",
    "abc%00def",
    "UPPER-Case",
    "%F0%9F%98%80",
    "x'%20OR%201=1--",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  ];
  for (const slug of malformed) {
    test(`malformed slug ${slug.slice(0, 30)} → 404, never 500`, async ({ request }) => {
      const page = await request.get(`/places/${slug}`);
      expect(page.status()).toBe(404);
      const api = await request.get(`/api/places/${slug}`);
      expect(api.status()).toBe(404);
      expect((await api.json()).error.code).toBe("place_not_found");
    });
  }

  test("broken percent-encoding → 400 with a clear message, never 500", async ({ request }) => {
    const page = await request.get("/places/%E0%A4%A");
    expect(page.status()).toBe(400);
    expect(await page.text()).toContain("链接有误");
    const api = await request.get("/api/places/%E0%A4%A");
    expect(api.status()).toBe(400);
    expect((await api.json()).error.code).toBe("bad_path");
  });
});
