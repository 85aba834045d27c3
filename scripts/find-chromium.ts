// Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, the system's (Debian's `chromium`),
// or one that `npx playwright install chromium` downloaded. Returns null when there is none.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

const SYSTEM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const candidate of SYSTEM_CANDIDATES) if (existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // no browser downloaded by Playwright: fall through
  }
  return null;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/**
 * Flags for a headless test or benchmark Chromium: no sandbox as root (it refuses to start
 * otherwise), and no background traffic to Google's services, which this closed network refuses.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  ...(isRoot ? ["--no-sandbox"] : []),
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const CHROMIUM_ADVICE = [
  "No Chromium found for the end-to-end tests.",
  "Install one of:",
  "  - Debian/Ubuntu: sudo apt-get install -y chromium   (found at /usr/bin/chromium)",
  "  - any OS: npx playwright install chromium",
  "or point CHROMIUM_PATH at a Chromium/Chrome executable.",
].join("\n");
