import type { Browser } from '@playwright/test';
import { freshContext } from './browser';
import { APP_FIRST_ROW, visit, waitForExpression, watchFor } from './measure-load';
import { NAVIGATION_READY, navigationProbe } from './page-scripts';

/** The `default` scenario's first subscription (contract §4): its name is its Overview's title. */
const TARGET = 'Contoso Production';
/** How long a person's pointer rests on a link before the click, about. */
export const HOVER_DWELL_MS = 150;

export interface NavigationTimes {
  /** Click to the Overview painted, the pointer having rested on the link first. */
  afterHoverMs: number[];
  /** The same with the click at once (as a test runner clicks): no time to fetch ahead. */
  immediateMs: number[];
}

/**
 * List to Overview, the blade's code not yet loaded: a new browser context opens the Subscriptions
 * list, then the first subscription's link is clicked, after resting on it or at once (alternating),
 * and the time from the click to the Overview's title painted is taken (src/app/route-prefetch.ts).
 */
export async function measureListToOverview(
  browser: Browser,
  baseURL: string,
  runs: number,
): Promise<NavigationTimes> {
  const times: NavigationTimes = { afterHoverMs: [], immediateMs: [] };
  for (let run = 0; run < runs * 2; run += 1) {
    const hover = run % 2 === 0;
    const context = await freshContext(browser, baseURL);
    try {
      const page = await context.newPage();
      await watchFor(page, APP_FIRST_ROW);
      await page.addInitScript({ content: navigationProbe(TARGET) });
      await visit(page, 'subscriptions');
      const link = page.getByRole('main').getByRole('link', { name: TARGET, exact: true });
      const box = await link.boundingBox();
      if (!box) throw new Error(`No link to ${TARGET} in the list`);
      const x = box.x + Math.min(8, box.width / 2);
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      if (hover) await page.waitForTimeout(HOVER_DWELL_MS);
      await page.mouse.down();
      await page.mouse.up();
      await waitForExpression(page, NAVIGATION_READY);
      const state = (await page.evaluate('window.__navigation')) as {
        clickAt: number;
        shownAt: number;
      };
      (hover ? times.afterHoverMs : times.immediateMs).push(state.shownAt - state.clickAt);
    } finally {
      await context.close();
    }
  }
  return times;
}
