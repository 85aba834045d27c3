import { test, expect } from "./support/fixtures";

// A control for the fixtures: a test that never mentions pageErrors must still fail when a page
// throws. test.fail() passes only if the test fails.
test.fail("an uncaught page error fails a test that does not ask for pageErrors", async ({ page }) => {
  await page.setContent("<p>control</p>");
  const [error] = await Promise.all([
    page.waitForEvent("pageerror"),
    page.evaluate(() => {
      setTimeout(() => {
        throw new Error("uncaught in the page");
      }, 0);
    }),
  ]);
  // The test body itself passes; only the automatic page-error check can fail it.
  expect(error.message).toBe("uncaught in the page");
});
