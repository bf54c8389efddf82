import type { Browser } from '@playwright/test';
import { freshContext } from './browser';

// What every end-to-end test pays before its first step: a new browser context, a new page, the
// portal's address with the fixture's launch parameters, and the wait for a visible `main`, exactly
// as `gotoPortal` does it (e2e/kit/fixtures.ts). Timed from this process, so Playwright's own round
// trips count, as they do in a suite; closing the context (a test's teardown) does not.

/** `gotoPortal()`'s address with the fixtures' default options (scenario, persona, language). */
export const TEST_START_PATH = '/?scenario=default&as=admin&lang=en-US';

const READY_TIMEOUT_MS = 60_000;

/** Milliseconds from asking for a new context to `main` visible at `path`. */
export async function measureTestStart(
  browser: Browser,
  baseURL: string,
  path: string,
): Promise<number> {
  const started = performance.now();
  const context = await freshContext(browser, baseURL);
  try {
    const page = await context.newPage();
    await page.goto(path);
    await page.getByRole('main').waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
    return performance.now() - started;
  } finally {
    await context.close();
  }
}
