import { defineConfig, devices } from '@playwright/test';

// The consumer's Playwright configuration, as another team would write it after
// `npm i -D azure-subscriptions-clone @playwright/test` (docs/testing.md, "In another repository").
// scripts/outsider/outsider.mjs copies this folder into a project outside the repository and runs it
// twice: each test in its own world (the default), then with the command's --shared-world.

const SHARED_WORLD = process.env.OUTSIDER_WORLD === 'shared';

export default defineConfig({
  testDir: 'tests',
  outputDir: process.env.OUTSIDER_OUTPUT ?? 'test-results',
  fullyParallel: true,
  // One worker per run: the outsider test runs two shards side by side on a 2-core machine, and a
  // shared world is one world, so its tests take turns.
  workers: 1,
  // As the repository's own suite: on CI a failed test runs once more (a flaky one then counts).
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  // One project per run, named for its world; one test folder, so that the runs' reports merge.
  projects: [
    SHARED_WORLD
      ? { name: 'shared-world', testMatch: 'shared-world/**/*.spec.ts' }
      : { name: 'own-world', testIgnore: 'shared-world/**' },
  ],
  use: {
    ...devices['Desktop Chrome'],
    // Filled in from the command's output by webServer.wait: it took free ports.
    baseURL: process.env.PORTAL_URL,
    locale: 'en-US',
    timezoneId: 'UTC',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  webServer: {
    command: `npx azure-subscriptions-clone --port 0 --api-port 0${SHARED_WORLD ? ' --shared-world' : ''}`,
    wait: { stdout: /Portal: (?<portal_url>\S+)\s+API:\s+(?<api_url>\S+)\s+Ready\./ },
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
