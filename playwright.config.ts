import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ADVICE, CHROMIUM_FLAGS, findChromium } from "./scripts/find-chromium";
import { e2ePort } from "./e2e/support/e2e-paths";

const executablePath: string | null = findChromium();
if (!executablePath) throw new Error(CHROMIUM_ADVICE);

const PORT = e2ePort();
/** Specs that sign in and write: the staff area, the homestay register, visitors' corrections, several instances. */
const STAFF_SPECS = /\/(staff-[a-z-]+|homestay-register|corrections|instances)\.spec\.ts$/;
/** Stops the database server under the running guide: alone, after everything else. */
const FAULT_SPECS = /\/faults\.spec\.ts$/;

// Chromium is the system's (no browser download); these flags keep it off the closed network.
const launchOptions = { executablePath, args: [...CHROMIUM_FLAGS] };

export default defineConfig({
  testDir: "e2e",
  // Per port, so two runs on one machine (different E2E_PORT) never delete each other's files.
  outputDir: `test-results/e2e-${PORT}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    // The service worker (offline use) runs only where a spec asks for it (e2e/offline.spec.ts):
    // elsewhere every test starts from the network, as the specs expect.
    serviceWorkers: "block",
    launchOptions,
  },
  // The staff specs write to the run's database (new places, homestays, edits), so they run after
  // the visitors' specs, which count and compare the public places.
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: [/\.mobile\.spec\.ts$/, STAFF_SPECS, FAULT_SPECS] },
    {
      name: "phone",
      use: { ...devices["Pixel 5"], viewport: { width: 375, height: 740 }, launchOptions },
      testMatch: /\.mobile\.spec\.ts$/,
    },
    { name: "staff", use: { ...devices["Desktop Chrome"], launchOptions }, testMatch: STAFF_SPECS, dependencies: ["desktop", "phone"] },
    { name: "faults", use: { ...devices["Desktop Chrome"], launchOptions }, testMatch: FAULT_SPECS, dependencies: ["staff"] },
  ],
  // A fresh database for every run, then the production build, as `npm start` does.
  webServer: {
    command: `node --import tsx scripts/e2e-server.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: !process.env.CI,
    // The production build takes 2–3 minutes on two idle cores; far longer when the machine is busy.
    timeout: 1_200_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
