import type { Browser, Page } from '@playwright/test';
import { freshContext } from './browser';
import { PHASE_TIMES, type PhaseTimes } from './load-phases';
import { VISIBLE_READY, visibilityProbe } from './page-scripts';

/** The first data row of the Subscriptions list (contract §5), and of the static page's table. */
export const APP_FIRST_ROW = 'main [role="table"] [role="row"][aria-rowindex="2"]';
export const STATIC_FIRST_ROW = 'main table tbody tr';

export interface Visit {
  /** Milliseconds from navigation start to the first row painted. */
  visibleMs: number;
  /** Script paths the page had loaded by then. */
  scripts: string[];
  /** The milestones the page reached on the way (./load-phases.ts). */
  phases: PhaseTimes;
}

const VISIBLE_TIMEOUT_MS = 60_000;
const POLL_MS = 10;

/**
 * Waits until `expression` is true in the page. Polled from here rather than `waitForFunction`, which
 * compiles its predicate with `new Function` and so is refused by the build's Content-Security-Policy.
 * The figures never depend on the polling: the page stamps its own times.
 */
export async function waitForExpression(
  page: Page,
  expression: string,
  timeoutMs = VISIBLE_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(`Boolean(${expression})`))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Every document `page` loads from now on records when `selector` is painted. */
export async function watchFor(page: Page, selector: string): Promise<void> {
  await page.addInitScript({ content: visibilityProbe(selector) });
}

/** Navigates `page` (watched with `watchFor`) to `path` and waits until the row is painted. */
export async function visit(page: Page, path: string): Promise<Visit> {
  await page.goto(path, { waitUntil: 'commit' });
  await waitForExpression(page, VISIBLE_READY);
  const probe = (await page.evaluate('window.__bench')) as { visibleAt: number; scripts: string[] };
  const phases = (await page.evaluate(PHASE_TIMES)) as PhaseTimes;
  return { visibleMs: probe.visibleAt, scripts: probe.scripts, phases };
}

export interface LoadPair {
  cold: Visit;
  warm: Visit;
}

/**
 * One cold load (a new browser context: the service worker installs, nothing is cached) and then one
 * warm load (the same context navigates again: worker active, HTTP cache and saved state present).
 */
export async function coldThenWarm(
  browser: Browser,
  baseURL: string,
  path: string,
  selector: string,
): Promise<LoadPair> {
  const context = await freshContext(browser, baseURL);
  try {
    const page = await context.newPage();
    await watchFor(page, selector);
    const cold = await visit(page, path);
    const warm = await visit(page, path);
    return { cold, warm };
  } finally {
    await context.close();
  }
}
