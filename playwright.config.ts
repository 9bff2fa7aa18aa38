import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's chromium (Playwright cannot download its own browser here) against a production
// build of the portal. Ports differ from the demo's (3000/4000) so a running demo doesn't collide with a test run;
// E2E_* variables move them, so that two checkouts can run their suites side by side.
const PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? 3100);
const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4100);
const EMULATOR_HTTPS_PORT = Number(process.env.E2E_EMULATOR_HTTPS_PORT ?? 4543);

// The emulator's control endpoints (/_emulator/…) require this token; e2e/fixtures/emulator-control.ts sends the
// same value (it cannot import it from here without an import cycle).
const EMULATOR_CONTROL_TOKEN = process.env.EMULATOR_CONTROL_TOKEN ?? 'e2e-control-token';

export const portalUrl = `http://localhost:${PORTAL_PORT}`;
export const emulatorUrl = `http://localhost:${EMULATOR_PORT}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: portalUrl,
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'debian-chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      // A fresh demo tenant for every run, in a data folder of its own (git-ignored).
      command: `node node_modules/tsx/dist/cli.mjs emulator/src/main.ts --reset --data-dir .emulator-data/e2e`,
      url: `${emulatorUrl}/_emulator/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        EMULATOR_PORT: String(EMULATOR_PORT),
        EMULATOR_HTTPS_PORT: String(EMULATOR_HTTPS_PORT),
        EMULATOR_PORTAL_REDIRECT_URIS: `${portalUrl}/auth/redirect`,
        EMULATOR_CONTROL_TOKEN,
      },
    },
    {
      command: `node node_modules/next/dist/bin/next start -p ${PORTAL_PORT}`,
      url: `${portalUrl}/roles`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(PORTAL_PORT),
        EMULATOR_PORT: String(EMULATOR_PORT),
        EMULATOR_HTTPS_PORT: String(EMULATOR_HTTPS_PORT),
      },
    },
  ],
});
