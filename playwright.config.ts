import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/findChromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Its own folder per run, so that two runs side by side (different E2E_PORT) do not share a database.
const dataDir = process.env.E2E_DATA_DIR ?? ".e2e-data";

// Debian's Chromium as root on a closed network: no sandbox, no background calls home.
const launchOptions = {
  executablePath: findChromium() ?? undefined,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : "list",
  use: {
    baseURL,
    locale: "hi-IN",
    timezoneId: "Asia/Kolkata",
    trace: "retain-on-failure",
  },
  // Each device spread replaces launchOptions, so every project repeats them.
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], locale: "hi-IN", launchOptions } },
    { name: "pixel7", use: { ...devices["Pixel 7"], locale: "hi-IN", launchOptions } },
  ],
  webServer: {
    // A throw-away database with the demo content and one account per newsroom role, served as `npm start` serves.
    command: `rm -rf ${dataDir} && node_modules/.bin/tsx scripts/migrate.ts && node_modules/.bin/tsx e2e/createStaff.ts && NODE_ENV=production PORT=${port} node_modules/.bin/tsx scripts/serve.ts`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { DATABASE_FILE: `${dataDir}/portal.db`, PAGE_SIZE: "3", SITE_URL: baseURL },
  },
});
