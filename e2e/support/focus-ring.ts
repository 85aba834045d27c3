import type { Locator, Page } from "@playwright/test";

export type RingSides = { top: boolean; right: boolean; bottom: boolean; left: boolean };

/** How far outside its box globals.css draws a focus ring: `outline: 3px` at `outline-offset: 2px`. */
const RING = { from: 2, to: 5 };
/** The screenshot's margin around the element, in CSS px (wider than the ring). */
const MARGIN = 8;

/**
 * Which sides of `target`'s focus ring are painted on screen: the pixels 2–5 px outside its box
 * are read from a screenshot (a page with deviceScaleFactor 1). A side counts as painted when,
 * along the middle of that side, nearly every pixel row or column of the ring holds the focus
 * colour (globals.css's --focus, #0b57d0: a strong blue). The screenshot is decoded in a blank page
 * of the same browser, so the test needs no image library.
 */
export async function paintedRingSides(page: Page, target: Locator): Promise<RingSides> {
  const box = await target.boundingBox();
  if (!box) throw new Error("the element has no box on screen");
  const clip = { x: Math.round(box.x) - MARGIN, y: Math.round(box.y) - MARGIN, width: Math.round(box.width) + 2 * MARGIN, height: Math.round(box.height) + 2 * MARGIN };
  const png = await page.screenshot({ clip });
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(
      async ({ base64, margin, ring }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext("2d");
        if (!context) throw new Error("no 2d canvas");
        context.drawImage(bitmap, 0, 0);
        const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        const isFocusBlue = (x: number, y: number) => {
          const i = (y * width + x) * 4;
          const [r = 0, g = 0, b = 0] = data.subarray(i, i + 3);
          return b > 150 && r < 110 && g < 150;
        };
        /** Whether the ring is painted along one side: `at(along, out)` gives the pixel `out` px outside the box. */
        const painted = (length: number, at: (along: number, out: number) => [number, number]) => {
          const start = Math.floor(length * 0.25);
          const end = Math.ceil(length * 0.75);
          let hits = 0;
          for (let along = start; along < end; along++) {
            let hit = false;
            for (let out = ring.from; out <= ring.to && !hit; out++) hit = isFocusBlue(...at(along, out));
            if (hit) hits++;
          }
          return hits >= 0.9 * (end - start);
        };
        const inner = { width: width - 2 * margin, height: height - 2 * margin };
        return {
          top: painted(inner.width, (along, out) => [margin + along, margin - out]),
          bottom: painted(inner.width, (along, out) => [margin + along, height - margin - 1 + out]),
          left: painted(inner.height, (along, out) => [margin - out, margin + along]),
          right: painted(inner.height, (along, out) => [width - margin - 1 + out, margin + along]),
        };
      },
      { base64: png.toString("base64"), margin: MARGIN, ring: RING },
    );
  } finally {
    await decoder.close();
  }
}
