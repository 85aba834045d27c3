import { readFileSync } from "node:fs";
import type { APIRequestContext, Browser, BrowserContext, Page } from "@playwright/test";
import { expect, waitForMap } from "./fixtures";
import { gpxErrors, optimumOrder, planSlugs } from "./plan";

/**
 * The planner journey of the issue, run on desktop and on a phone: red tourism on, three places
 * added, one more from search, "Best order" (checked against the domain's optimum), a start time,
 * the schedule, a GPX export validated against the schema, and the share link opened elsewhere.
 */
export async function planJourney({
  page,
  request,
  browser,
  context,
}: {
  page: Page;
  request: APIRequestContext;
  browser: Browser;
  context: BrowserContext;
}) {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await waitForMap(page);
  await page.getByRole("switch", { name: /只看红色旅游/ }).click();
  const list = page.locator("#place-list");
  // two red sites without a known spot, then two places with one
  for (const name of ["袁任远故居", "株木岗“五个一”：一个特产展厅"]) {
    await list.getByRole("button", { name: `加入行程: ${name}` }).click();
  }
  await page.getByRole("switch", { name: /只看红色旅游/ }).click();
  const search = page.getByRole("searchbox", { name: "搜索地点" });
  await search.fill("老街");
  await list.getByRole("button", { name: "加入行程: 三官寺老街" }).click();
  await search.fill("玻璃桥");
  await list.getByRole("button", { name: /^加入行程: 张家界大峡谷玻璃桥/ }).click();

  await page.getByRole("tab", { name: /我的行程/ }).click();
  await expect(page.getByRole("tab", { name: /我的行程/ })).toContainText("(4)");
  const added = ["yuan-renyuan-former-residence", "zhumugang-specialty-products-hall", "sanguansi-old-street", "zhangjiajie-grand-canyon-glass-bridge"];
  // the planner's panel loads when its tab is first opened
  await expect.poll(() => planSlugs(page)).toEqual(added);
  // numbered stops joined by a line on the map: only the stops with a known spot, with their plan numbers
  await expect(page.locator(".leaflet-tooltip.plan-number")).toHaveText(["3", "4"]);
  await expect(page.locator("path.leaflet-interactive, .leaflet-overlay-pane path")).not.toHaveCount(0);
  // the planner names the stops without a known spot
  await expect(page.locator("[data-unlocated-stops]")).toContainText("袁任远故居");
  await expect(page.locator("[data-unlocated-stops]")).toContainText("株木岗“五个一”：一个特产展厅");

  // start at the canyon (the bridge's spot), no return: the bridge should come first among the
  // located stops; the stops without a known spot keep their positions
  await page.getByRole("combobox", { name: "出发地", exact: true }).selectOption("place:zhangjiajie-grand-canyon");
  await page.getByLabel("最后返回出发地").uncheck();
  await page.getByRole("button", { name: "最佳顺序" }).click();
  await expect(page.getByText("已按最短总行程时间重新排序。")).toBeVisible();
  const best = await optimumOrder(request, { stops: added, returnToStart: false, mode: "car", start: { type: "place", slug: "zhangjiajie-grand-canyon" } });
  expect(best).toEqual(["yuan-renyuan-former-residence", "zhumugang-specialty-products-hall", "zhangjiajie-grand-canyon-glass-bridge", "sanguansi-old-street"]);
  expect(await planSlugs(page)).toEqual(best);

  // undo restores the order, redo by pressing again
  await page.getByRole("button", { name: "撤销" }).click();
  expect(await planSlugs(page)).toEqual(added);
  await page.getByRole("button", { name: "最佳顺序" }).click();
  await expect.poll(() => planSlugs(page)).toEqual(best);

  // start time → schedule: no travel time to a stop without a known spot, so arrival = start time
  await page.getByLabel("出发时间", { exact: true }).fill("08:30");
  const first = page.locator(".plan-stop").first();
  await expect(first).toContainText("到达 08:30");
  await expect(first).toContainText("位置待定：不计路程和时间");
  await expect(first.locator(".plan-stop__number")).toHaveText("1");
  // the bridge is 0 km from the start: it is reached as the stop before it is left
  const second = page.locator(".plan-stop").nth(1);
  const third = page.locator(".plan-stop").nth(2);
  const leave = (await second.textContent())?.match(/离开 (\d\d:\d\d)/)?.[1];
  expect(leave).toBeDefined();
  await expect(third).toContainText(`到达 ${leave}`);
  await expect(page.locator(".warning[role=alert]")).toContainText("位置待定：不计前往和离开它的路程与时间");
  await expect(page.getByText(/合计约 .* 公里/)).toBeVisible();
  await expect(page.getByText(/时间与距离为估算/)).toBeVisible();

  // keyboard reorder: move the last stop up
  const last = best[3] ?? "";
  await page.locator(`.plan-stop[data-slug="${last}"]`).getByRole("button", { name: /^上移/ }).click();
  expect((await planSlugs(page))[2]).toBe(last);
  await page.getByRole("button", { name: "撤销" }).click();
  await expect.poll(() => planSlugs(page)).toEqual(best);

  // GPX export downloads a file that validates against the GPX 1.1 schema
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /GPX/ }).click()]);
  expect(download.suggestedFilename()).toBe("sanguansi-plan.gpx");
  const gpx = readFileSync((await download.path()) ?? "", "utf8");
  expect(await gpxErrors(gpx)).toEqual([]);
  // a waypoint only for the stops with a known spot
  expect(gpx.match(/<wpt /g)).toHaveLength(2);
  expect(gpx).toContain("<rte>");

  // the plan survives a reload (URL + localStorage)
  await page.reload();
  await page.getByRole("tab", { name: /我的行程/ }).click();
  await expect.poll(() => planSlugs(page)).toEqual(best);

  // share link → opens read-only for anyone, same stops and times
  await page.getByRole("button", { name: "分享行程链接" }).click();
  await expect(page.getByText("行程链接已复制")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/plan\?plan=1\./);
  const other = await browser.newContext();
  const guest = await other.newPage();
  await guest.route((url) => url.hostname !== "127.0.0.1", (route) => route.abort());
  await guest.goto(link);
  await expect(guest.getByText("这是别人分享的行程（只读）。")).toBeVisible();
  expect(await guest.locator(".plan-stop").evaluateAll((els) => els.map((el) => el.getAttribute("data-slug")))).toEqual(best);
  await expect(guest.locator(".plan-stop").first()).toContainText("到达 08:30");
  await expect(guest.getByRole("button", { name: /上移/ })).toHaveCount(0);
  await other.close();
}
