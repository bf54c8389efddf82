import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_PATH = process.env.BASE_PATH ?? '/';
// Parallel runs on one machine each build into their own folder and serve on their own port.
const OUT_DIR = process.env.E2E_DIST ?? 'dist';
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${PORT}${BASE_PATH}`;
// Static deployment (e2e/static-deploy.spec.ts): a second build made for a sub-path, served on its own
// port by `vite preview`, which answers any unknown path under the base with index.html as a static
// host's fallback would. Against a deployed build (BASE_URL) that build is the one checked.
const STATIC_BASE_PATH = '/portal/';
const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? PORT + 500);
const staticURL = process.env.BASE_URL ?? `http://127.0.0.1:${STATIC_PORT}${STATIC_BASE_PATH}`;
// A system Chromium first, Playwright's own where a user has one (scripts/chromium.ts).
const executablePath = systemChromium();
// Headless Chromium builds its address bar's drop-down (two WebUI pages, in a renderer of their own)
// for every window, so for every test's browser context, and keeps it busy: a fifth of the suite's
// CPU. No test looks at the browser's own UI, only at the page.
const CHROME_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];
// Chromium reads only the last --disable-features switch, and Playwright passes its own first: ours
// repeats Playwright's list (playwright-core 1.65, server/chromium/chromiumSwitches.ts).
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } };

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'reports/e2e-results.json' }]]
    : [['list'], ['json', { outputFile: 'reports/e2e-results.json' }], ['html', { open: 'never' }]],
  use: {
    baseURL,
    locale: 'en-US',
    timezoneId: 'UTC',
    // Recording a trace costs about a third of the suite's CPU. CI retries a failed test once and
    // records that retry; locally (no retries) every test records and keeps the trace of a failure.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        ...CHROMIUM_ARGS,
        `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...CHROME_UI_FEATURES].join(',')}`,
      ],
    },
  },
  projects: [
    { name: 'chromium', use: desktop, testIgnore: ['static-deploy.spec.ts', 'phone.spec.ts'] },
    {
      // A phone (412 × 839, touch, emulated in Chromium): the main flows and the presentation.
      name: 'phone',
      use: { ...devices['Pixel 7'] },
      testMatch: 'phone.spec.ts',
    },
    {
      // The sub-path build; readiness must hold there too.
      name: 'static-deploy',
      use: { ...desktop, baseURL: staticURL },
      testMatch: ['static-deploy.spec.ts', 'readiness.spec.ts'],
    },
  ],
  // Tests run against the production build, through the real service worker.
  webServer: process.env.BASE_URL
    ? undefined
    : [
        {
          command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
          url: baseURL,
          reuseExistingServer: !process.env.CI,
          timeout: 180_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
        {
          command: `npx vite build --outDir ${OUT_DIR}-portal --emptyOutDir && npx vite preview --outDir ${OUT_DIR}-portal --host 127.0.0.1 --port ${STATIC_PORT} --strictPort`,
          env: { BASE_PATH: STATIC_BASE_PATH },
          url: staticURL,
          reuseExistingServer: !process.env.CI,
          timeout: 180_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
      ],
});
