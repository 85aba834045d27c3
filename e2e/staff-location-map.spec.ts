import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { signIn, staffAccount } from "./support/staff";
import { TOWNSHIP_BBOX } from "../lib/domain/township-area";
import { TOWNSHIP_SEAT } from "../lib/domain/township-seat";
import { toWgs84 } from "../lib/domain/staff/typed-coordinates";
import { toLngLat, toPixel, worldSize } from "./support/web-mercator";
import { apiPlace } from "./support/api-place";

// Issue 9, "Setting a location": staff set a place's point on the edit form's map
// (components/map/location-picker-map.tsx) by clicking it and by dragging its marker, save it with
// a source and a precision, see it in the API within 5 s, and restore the place from its history.
// The typed coordinates are the picker's keyboard way; over Amap's GCJ-02 tiles the point the map
// reports is still WGS-84.
//
// The places have no known spot in the seed and no other spec uses them: the picker map opens on the
// township seat at zoom 12 with no marker, so every pixel of the map has a known position (Web
// Mercator, 256 px tiles), computed below independently of Leaflet. One place is saved (and
// restored); the tests that only look at the form use another, so they can run alongside.

const SAVED = { slug: "village-longgang", name: "龙岗村" };
const LOOKED_AT = { slug: "village-jiehe", name: "界河村" };
const Z = 12;

/** The map position under a point of the map's box (x, y from its top left), its centre being `centre`. */
function positionAt(map: { w: number; h: number }, centre: { lat: number; lng: number }, at: { x: number; y: number }) {
  const c = toPixel(centre.lat, centre.lng, Z);
  return toLngLat(c.x + at.x - map.w / 2, c.y + at.y - map.h / 2, Z);
}

/** Where the marker's dot is drawn, from the map's top left (its icon is anchored at its centre). */
async function markerAt(marker: Locator, map: Locator): Promise<{ x: number; y: number }> {
  const [box, mapBox] = [(await marker.boundingBox())!, (await map.boundingBox())!];
  return { x: box.x + box.width / 2 - mapBox.x, y: box.y + box.height / 2 - mapBox.y };
}

/** Two screen pixels at zoom 12, in degrees of longitude (a pixel of latitude is smaller here). */
const TOLERANCE = (2 * 360) / worldSize(Z);

async function openPicker(page: Page, place: { slug: string; name: string }) {
  await page.goto(`/staff/places/${place.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`编辑：${place.name}`);
  const map = page.locator(".staff-picker__map");
  await expect(map).toBeVisible();
  // Leaflet has drawn its first view: the zoom-12 tiles around the seat.
  await expect(map.locator("img.leaflet-tile-loaded").first()).toBeVisible();
  const [w, h] = await map.evaluate((el) => [el.clientWidth, el.clientHeight]);
  return {
    map,
    size: { w, h },
    marker: map.locator(".staff-pin"),
    lat: page.getByLabel("纬度", { exact: true }),
    lng: page.getByLabel("经度", { exact: true }),
  };
}

const fieldValue = async (field: Locator) => Number(await field.inputValue());

test.describe("the staff location picker", () => {
  test.describe.configure({ timeout: 120_000 });

  test("click the map, drag the marker: the fields follow; saved with a source and precision, the API shows it within 5 s; restored from the history", async ({
    page,
    baseURL,
  }) => {
    const SLUG = SAVED.slug;
    const account = staffAccount("picker", "editor");
    await signIn(page, account, baseURL);
    const before = await apiPlace(page, SLUG);
    expect(before.geometry).toBeNull(); // what makes the map open on the seat
    const { map, size, marker, lat, lng } = await openPicker(page, SAVED);
    await expect(map.locator("img.leaflet-tile").first()).toHaveAttribute("src", new RegExp(`^https://tile\\.openstreetmap\\.org/${Z}/\\d+/\\d+\\.png$`));
    await expect(lat).toHaveValue("");
    await expect(lng).toHaveValue("");
    await expect(marker).toHaveCount(0);

    // (a) A click 70 px right of and 50 px above the centre sets the fields to that spot, and the marker appears there.
    const clickAt = { x: Math.round(size.w / 2) + 70, y: Math.round(size.h / 2) - 50 };
    await map.click({ position: clickAt });
    const clicked = positionAt(size, TOWNSHIP_SEAT, clickAt);
    await expect(lat).toHaveValue(/^29\.\d{1,6}$/);
    await expect(lng).toHaveValue(/^110\.\d{1,6}$/);
    expect(Math.abs((await fieldValue(lat)) - clicked.lat)).toBeLessThan(TOLERANCE);
    expect(Math.abs((await fieldValue(lng)) - clicked.lng)).toBeLessThan(TOLERANCE);
    // north-east of the seat, inside the township
    expect(await fieldValue(lat)).toBeGreaterThan(TOWNSHIP_SEAT.lat);
    expect(await fieldValue(lng)).toBeGreaterThan(TOWNSHIP_SEAT.lng);
    expect(await fieldValue(lat)).toBeLessThan(TOWNSHIP_BBOX.north);
    expect(await fieldValue(lng)).toBeLessThan(TOWNSHIP_BBOX.east);
    await expect(marker).toHaveCount(1);
    const markerAfterClick = await markerAt(marker, map);
    expect(Math.abs(markerAfterClick.x - clickAt.x)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(markerAfterClick.y - clickAt.y)).toBeLessThanOrEqual(1.5);

    // (b) Dragging the marker 60 px left and 40 px down moves the point by as much; the map stays put.
    const [dx, dy] = [-60, 40];
    const start = await markerAt(marker, map);
    const mapBox = (await map.boundingBox())!;
    await page.mouse.move(mapBox.x + start.x, mapBox.y + start.y);
    await page.mouse.down();
    await page.mouse.move(mapBox.x + start.x + dx / 2, mapBox.y + start.y + dy / 2, { steps: 5 });
    await page.mouse.move(mapBox.x + start.x + dx, mapBox.y + start.y + dy, { steps: 5 });
    await page.mouse.up();
    const dropped = positionAt(size, TOWNSHIP_SEAT, { x: clickAt.x + dx, y: clickAt.y + dy });
    await expect.poll(() => fieldValue(lng)).toBeLessThan(clicked.lng - 50 * (360 / worldSize(Z)));
    expect(Math.abs((await fieldValue(lat)) - dropped.lat)).toBeLessThan(TOLERANCE);
    expect(Math.abs((await fieldValue(lng)) - dropped.lng)).toBeLessThan(TOLERANCE);
    const markerAfterDrag = await markerAt(marker, map);
    expect(Math.abs(markerAfterDrag.x - (clickAt.x + dx))).toBeLessThanOrEqual(1.5);
    expect(Math.abs(markerAfterDrag.y - (clickAt.y + dy))).toBeLessThanOrEqual(1.5);
    const point = { lat: await fieldValue(lat), lng: await fieldValue(lng) };
    expect(point.lat).toBeGreaterThan(TOWNSHIP_BBOX.south);
    expect(point.lng).toBeGreaterThan(TOWNSHIP_BBOX.west);

    // (c) A change of location must name its source: refused without one, then saved with a survey and a precision.
    await page.getByLabel("位置精度").selectOption("approximate");
    await page.getByLabel("误差半径（米）").fill("150");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "修改位置或状态时须注明来源。" })).toBeVisible();
    await expect(page.getByText(/^已保存（版本 \d+）。$/)).toHaveCount(0);
    expect((await apiPlace(page, SLUG)).geometry).toBeNull();
    await page.getByLabel("实地核查（本人）").check();
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText(/^已保存（版本 \d+）。$/)).toBeVisible();
    await expect
      .poll(async () => {
        const f = await apiPlace(page, SLUG);
        return [f.geometry?.coordinates ?? null, f.properties.precision, f.properties.precisionRadiusM];
      }, { timeout: 5_000 })
      .toEqual([[point.lng, point.lat], "approximate", 150]);
    // The form, loaded again, draws the saved point.
    await page.reload();
    await expect(lat).toHaveValue(String(point.lat));
    await expect(lng).toHaveValue(String(point.lng));
    await expect(marker).toHaveCount(1);

    // The history names the change and its source; restoring it takes the place back to no known spot.
    await page.goto(`/staff/places/${SLUG}/history`);
    const entry = page.getByRole("main").getByRole("listitem").filter({ hasText: account.name }).first();
    await expect(entry.getByRole("row", { name: /纬度/ })).toContainText(String(point.lat));
    await expect(entry.getByRole("row", { name: /经度/ })).toContainText(String(point.lng));
    await expect(entry).toContainText(`来源: ${account.name} 于`);
    await entry.getByRole("button", { name: /恢复到此修改之前的状态/ }).click();
    await expect(page.getByRole("main").getByRole("listitem").first().getByRole("heading")).toContainText("恢复 ·");
    await expect
      .poll(async () => {
        const f = await apiPlace(page, SLUG);
        return [f.geometry, f.properties.precision, f.properties.precisionRadiusM];
      }, { timeout: 5_000 })
      .toEqual([null, before.properties.precision, before.properties.precisionRadiusM]);
  });

  test("by keyboard: typed coordinates, applied with Enter, place the marker where the map shows that point", async ({ page, baseURL }) => {
    await signIn(page, staffAccount("picker-keys", "editor"), baseURL);
    expect((await apiPlace(page, LOOKED_AT.slug)).geometry).toBeNull();
    const { map, size, marker, lat, lng } = await openPicker(page, LOOKED_AT);
    await expect(marker).toHaveCount(0);
    // Through the keyboard only: type into the coordinates box, Tab past the datum to the button, Enter.
    const typed = page.getByLabel("纬度, 经度");
    await typed.focus();
    await page.keyboard.type("29.4201, 110.6402");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("坐标系")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "使用输入的坐标" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(lat).toHaveValue("29.4201");
    await expect(lng).toHaveValue("110.6402");
    // The marker stands where Web Mercator puts that point, relative to the seat at the centre.
    await expect(marker).toHaveCount(1);
    const seat = toPixel(TOWNSHIP_SEAT.lat, TOWNSHIP_SEAT.lng, Z);
    const want = toPixel(29.4201, 110.6402, Z);
    const drawn = await markerAt(marker, map);
    expect(Math.abs(drawn.x - (size.w / 2 + want.x - seat.x))).toBeLessThanOrEqual(1.5);
    expect(Math.abs(drawn.y - (size.h / 2 + want.y - seat.y))).toBeLessThanOrEqual(1.5);
    // Nothing is saved by placing a point.
    expect((await apiPlace(page, LOOKED_AT.slug)).geometry).toBeNull();
  });

  test("over Amap's GCJ-02 tiles, a click on the map gives the WGS-84 point of that spot", async ({ page, baseURL }) => {
    await signIn(page, staffAccount("picker-amap", "editor"), baseURL);
    // The basemap choice the maps share, made before the page loads: the picker opens on Amap.
    await page.addInitScript(() => window.localStorage.setItem("sanguansi-guide:basemap", "amap"));
    expect((await apiPlace(page, LOOKED_AT.slug)).geometry).toBeNull();
    const { map, size, marker, lat, lng } = await openPicker(page, LOOKED_AT);
    await expect(map.locator("img.leaflet-tile").first()).toHaveAttribute("src", new RegExp(`\\.is\\.autonavi\\.com/appmaptile\\?.*&z=${Z}$`));
    // The map is centred on the seat as Amap draws it (shifted to GCJ-02).
    const seatOnAmap = (() => {
      // gcj02 → wgs84 is what the app does on a click; its inverse is found by fixed-point iteration.
      let p = { ...TOWNSHIP_SEAT };
      for (let i = 0; i < 5; i++) {
        const back = toWgs84(p, "gcj02");
        p = { lng: p.lng + (TOWNSHIP_SEAT.lng - back.lng), lat: p.lat + (TOWNSHIP_SEAT.lat - back.lat) };
      }
      return p;
    })();
    const clickAt = { x: Math.round(size.w / 2) - 40, y: Math.round(size.h / 2) + 30 };
    await map.click({ position: clickAt });
    const onAmap = positionAt(size, seatOnAmap, clickAt);
    const expected = toWgs84(onAmap, "gcj02");
    await expect(lat).toHaveValue(/^29\.\d{1,6}$/);
    expect(Math.abs((await fieldValue(lat)) - expected.lat)).toBeLessThan(TOLERANCE);
    expect(Math.abs((await fieldValue(lng)) - expected.lng)).toBeLessThan(TOLERANCE);
    // The shift is real here (hundreds of metres): the field is not the tiles' own coordinate.
    expect(Math.abs((await fieldValue(lng)) - onAmap.lng)).toBeGreaterThan(3 * TOLERANCE);
    // The marker is drawn back on Amap where the click was.
    const drawn = await markerAt(marker, map);
    expect(Math.abs(drawn.x - clickAt.x)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(drawn.y - clickAt.y)).toBeLessThanOrEqual(1.5);
  });
});
