import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './scripts/chromium.mjs';

// End-to-end tests drive real Chromium over real HTTP against the portal's own server with the demo
// engine (started here on 127.0.0.1). Debian's /usr/bin/chromium or $CHROMIUM_PATH is used when present,
// otherwise Playwright's own browser (`npx playwright install chromium` where downloads are possible).
const PORT = Number(process.env.E2E_PORT ?? 8181);
const executablePath = chromiumExecutable();
// E2E_DIST lets parallel work build into its own folder (`vite build --outDir X`) without clashing.
const DIST = process.env.E2E_DIST ?? 'dist';

const browser = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1400, height: 900 },
  launchOptions: {
    executablePath,
    args: ['--disable-gpu', '--disable-quic', '--disable-dev-shm-usage'],
  },
};
/** Specs that change nothing on the shared demo engine (axe reads; the hostile engine runs servers of its own). */
const BESIDE = [/axe\.spec\.ts/, /hostile\.spec\.ts/];

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Two at a time: the specs that only read the shared demo engine, or bring their own servers (axe, the hostile
  // engine), run beside the rest; everything that writes to the shared engine runs one test at a time.
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e.json' }]],
  outputDir: process.env.E2E_OUT ?? 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: BESIDE, workers: 1, use: browser },
    { name: 'chromium-beside', testMatch: BESIDE, workers: 1, use: browser },
  ],
  webServer: {
    command: `node --import tsx src/server/main.ts --port ${PORT} --clock-speed 2 --dist ${DIST}${process.env.E2E_DISPLAY_PORT_BASE ? ` --display-port-base ${process.env.E2E_DISPLAY_PORT_BASE}` : ''}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
