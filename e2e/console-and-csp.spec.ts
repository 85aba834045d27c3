import { test, expect, waitForMap } from "./support/fixtures";
import { encodePlan } from "../lib/domain/plan/plan-codec";
import { emptyPlan } from "../lib/domain/plan/edit-plan";

// Lighthouse's "Best practices" in the e2e setting (tiles served locally): no console error and no
// Content-Security-Policy violation on the pages visitors open. `consoleProblems` fails the test
// on either, after the journey.

const SHARED_PLAN = encodePlan({ ...emptyPlan("2026-10-01"), stops: ["yuan-renyuan-former-residence", "jiuge-shangui"] });

test.describe("a clean console", () => {
  test("home, a place, /red, the planner and a shared plan log no error and break no CSP rule", async ({ page, consoleProblems }) => {
    await page.goto("/");
    await waitForMap(page);
    await page.getByRole("tab", { name: /我的行程/ }).click();
    await expect(page.getByRole("tab", { name: /我的行程/ })).toHaveAttribute("aria-selected", "true");

    await page.goto("/places/jiuge-shangui");
    await waitForMap(page);
    await expect(page.getByRole("complementary")).toContainText("九歌山鬼");

    await page.goto("/red");
    await expect(page.getByRole("heading", { level: 2, name: "袁任远与株木岗村红色旅游" })).toBeVisible();

    await page.goto(`/plan?plan=${SHARED_PLAN}`);
    await expect(page).toHaveTitle(/^分享的行程 · /);
    await expect(page.getByRole("img", { name: "打开此行程（含导航链接）的二维码" })).toBeVisible();

    await page.goto("/en/places/jiuge-shangui");
    await waitForMap(page);
    // Let late work (tiles, lazy chunks, zod parsing the address) happen before the fixture checks.
    await page.waitForLoadState("networkidle");
    expect(consoleProblems).toEqual([]);
  });
});

// Controls: the check catches what it is there to catch. test.fail() passes only if the test fails;
// each body passes (it sees the problem recorded), so only the fixture's check can fail it.
test.fail("an image the policy blocks fails a test that asks for consoleProblems", async ({ page, consoleProblems }) => {
  await page.goto("/red");
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "http://example.invalid/x.png";
    document.body.append(img);
  });
  await expect.poll(() => consoleProblems.length).toBeGreaterThan(0);
});

test.fail("a blocked eval that the page catches, which logs nothing, still fails the test", async ({ page, consoleProblems }) => {
  await page.goto("/red");
  // An inline script ('unsafe-inline' lets it run) whose `new Function` the policy blocks.
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "try { new Function('') } catch (e) {}";
    document.body.append(script);
  });
  await expect.poll(() => consoleProblems.join(" ")).toContain("CSP violation");
});
