import { defineConfig, devices } from '@playwright/test'

/**
 * End-to-end tests against a production build (`next build && next start`), because that is where
 * caching happens. `scripts/e2e.sh` builds once into .next-e2e on a throw-away database; every spec
 * reuses that build and server.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://localhost:${PORT}`

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    // Debian's Chromium: this machine has no network to download Playwright's own browser.
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
}

import { nextStartArgs } from './scripts/nextStart'
import { ADMIN_STORAGE_STATE, E2E_PAYLOAD_SECRET } from './tests/e2e/support/admin'

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Specs change shared content (edits, reorders): run them one at a time against the one server.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { baseURL, trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'setup', testMatch: /setup\/.*\.setup\.ts/, use: chromium },
    {
      name: 'chromium',
      testMatch: /.*\.e2e\.spec\.ts/,
      dependencies: ['setup'],
      use: { ...chromium, storageState: ADMIN_STORAGE_STATE },
    },
  ],
  webServer: {
    command: `npx next ${nextStartArgs(PORT).join(' ')}`,
    url: `${baseURL}/api/roles?limit=1`,
    // Never another server's: scripts/e2e.sh refuses a taken port, and so does Playwright here.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    // A secret of its own, so the setup project can derive the first-admin setup code (support/admin.ts).
    env: { NEXT_DIST_DIR: '.next-e2e', PAYLOAD_SECRET: E2E_PAYLOAD_SECRET },
  },
})
