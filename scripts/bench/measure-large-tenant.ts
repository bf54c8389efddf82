import type { Browser, Page } from '@playwright/test';
import { freshContext } from './browser';
import { APP_FIRST_ROW, visit, waitForExpression, watchFor } from './measure-load';
import { SETTLE, scrollAndWatch, searchProbe } from './page-scripts';

// The `large-tenant` scenario (5,000 subscriptions): how long the list takes to show its first rows,
// how long a keystroke in Search takes to show its result, and what blocks the page while scrolling.

const SCROLLER = 'main [role="table"]';
const SUMMARY = 'main [role="status"]';
/**
 * Fragments of subscription IDs, typed and then erased one key at a time: in this tenant each
 * keystroke changes how many rows match (e.g. 5,000 → 4,474 → 507 → 31), so each has a result to
 * wait for. A keystroke that changed nothing would have no result to time: the bench stops then.
 */
const QUERIES = ['7a3', 'c05', 'd71'];
/** Pixels a frame: a fast fling through the whole list (180,000 px) in about 150 frames. */
const SCROLL_STEP_PX = 1200;

export interface LargeTenantRun {
  scenarioLoadMs: number;
  loadMs: number[];
  searchMs: number[];
  /** Per pass through the list: the longest task, and every long task's duration. */
  scrollPasses: { longestTaskMs: number; tasksMs: number[]; frames: number }[];
}

async function searchSamples(page: Page): Promise<number[]> {
  await page.evaluate(searchProbe(SUMMARY));
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
  await box.click();
  const keys = QUERIES.flatMap((query) => [...query, ...[...query].map(() => 'Backspace')]);
  const samples: number[] = [];
  const summary = page.locator(SUMMARY).first();
  for (const key of keys) {
    const before = await summary.textContent();
    await page.keyboard.press(key);
    await waitForExpression(
      page,
      'window.__search.pending === null && window.__search.samples.length > 0',
    );
    const [sample] = (await page.evaluate('window.__search.samples.splice(0)')) as {
      ms: number;
      summary: string | null;
    }[];
    await page.evaluate(SETTLE);
    const settled = await summary.textContent();
    if (!sample || sample.summary !== settled || settled === before) {
      throw new Error(
        `Search after '${key}' did not time one result: "${before}", then "${sample?.summary}", settled "${settled}".`,
      );
    }
    samples.push(sample.ms);
  }
  return samples;
}

async function scrollPasses(page: Page, passes: number): Promise<LargeTenantRun['scrollPasses']> {
  const results: LargeTenantRun['scrollPasses'] = [];
  for (let pass = 0; pass < passes; pass += 1) {
    const { tasks, frames } = (await page.evaluate(scrollAndWatch(SCROLLER, SCROLL_STEP_PX))) as {
      tasks: number[];
      frames: number;
    };
    results.push({ longestTaskMs: Math.max(0, ...tasks), tasksMs: tasks, frames });
  }
  return results;
}

export async function measureLargeTenant(
  browser: Browser,
  baseURL: string,
  runs: number,
): Promise<LargeTenantRun> {
  const context = await freshContext(browser, baseURL);
  try {
    const page = await context.newPage();
    await watchFor(page, APP_FIRST_ROW);
    // Loading the scenario fresh (generate 5,000 subscriptions, save) happens once per demo.
    const scenarioLoad = await visit(page, 'subscriptions?scenario=large-tenant');
    // Then what every later visit costs: the saved tenant, the reads, the first rows.
    const loadMs: number[] = [];
    for (let run = 0; run < runs; run += 1)
      loadMs.push((await visit(page, 'subscriptions')).visibleMs);
    const searchMs = await searchSamples(page);
    await page.evaluate(SETTLE);
    const scroll = await scrollPasses(page, runs);
    return { scenarioLoadMs: scenarioLoad.visibleMs, loadMs, searchMs, scrollPasses: scroll };
  } finally {
    await context.close();
  }
}
