import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Fluent UI's focus management (Tabster) puts invisible `<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>` sentinels around dialogs, drawers and menus so Tab wraps inside them. axe
 * reports them as "aria-hidden-focus", but they never take focus for long: Tabster moves it on to a
 * real element at once. They are the only thing excluded; a real aria-hidden focusable still counts.
 */
const FALSE_POSITIVES = ['[data-tabster-dummy]'];

export const SERIOUS = ['serious', 'critical'];

export interface AxeFinding {
  surface: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe on the page as it is now and returns the serious and critical violations. Use it in tests
 * that install no fake clock (`test.use({ startAt: null })`): axe schedules its checks on the page's
 * timers, and they must not wait on a test moving Playwright's page.clock.
 */
export async function seriousViolations(page: Page, surface: string): Promise<AxeFinding[]> {
  // Only violations come back: passes and "incomplete" results are large and not needed here.
  // A panel or toast still fading in has its text at partial opacity, which axe reads as low
  // contrast: let running animations and transitions finish first.
  await page.evaluate(() =>
    Promise.all(
      document.getAnimations().map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  // Legacy mode runs axe.run() in the page itself. The default mode gathers its results in a blank
  // page that it opens in the context and closes again for every scan (about 0.9 s a scan instead of
  // 0.3 s). The two differ only for cross-origin frames, which legacy mode does not scan: the portal
  // has none, and a page that ever gets one fails here rather than being scanned in part.
  const origin = new URL(page.url()).origin;
  const foreign = page
    .frames()
    .map((frame) => frame.url())
    .filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
  expect(foreign, `cross-origin frames on ${surface}, which axe's legacy mode would skip`).toEqual(
    [],
  );
  let builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  for (const selector of FALSE_POSITIVES) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => SERIOUS.includes(violation.impact ?? ''))
    .map((violation) => ({
      surface,
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** Asserts that the page has no serious or critical axe violation, naming the surface in the failure. */
export async function expectNoSeriousViolations(page: Page, surface: string): Promise<void> {
  expect(await seriousViolations(page, surface), `axe on ${surface}`).toEqual([]);
}
