// Renders the app's PNG icons from app/icon.svg with the test Chromium (no download): the web
// manifest's icons (public/icons/) and the Apple touch icon (app/apple-icon.png). Run once after
// changing the SVG: `npx tsx scripts/render-icons.ts`; the PNGs are committed, so no build renders them.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ADVICE, CHROMIUM_FLAGS, findChromium } from "./find-chromium";

const root = path.resolve(__dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"), "utf8");
const THEME = "#7a1f1f";
/** The pin in white with a theme-coloured dot, for the maskable icon's coloured background. */
const whitePin = svg.replace('fill="#7a1f1f"', 'fill="#fff"').replace('fill="#fff"/></svg>', `fill="${THEME}"/></svg>`);

type Icon = { file: string; size: number; background: string; art: string; /** share of the side the pin takes */ scale: number };
const icons: Icon[] = [
  { file: "public/icons/icon-192.png", size: 192, background: "#fff", art: svg, scale: 0.8 },
  { file: "public/icons/icon-512.png", size: 512, background: "#fff", art: svg, scale: 0.8 },
  // Maskable: the safe zone is the centre circle of 80 % of the side; the pin stays inside 60 %.
  { file: "public/icons/maskable-512.png", size: 512, background: THEME, art: whitePin, scale: 0.6 },
  { file: "app/apple-icon.png", size: 180, background: "#fff", art: svg, scale: 0.8 },
];

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_ADVICE);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
  const page = await browser.newPage();
  for (const icon of icons) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const side = Math.round(icon.size * icon.scale);
    const art = icon.art.replace("<svg ", `<svg width="${side}" height="${side}" `);
    await page.setContent(
      `<body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${icon.background}">${art}</body>`,
    );
    writeFileSync(path.join(root, icon.file), await page.screenshot({ type: "png" }));
  }
  await browser.close();
}

void main();
