import type { Locator, Page } from '@playwright/test';

// What a presenter leaves running for an afternoon, in one tab that is never reloaded (so whatever
// the page keeps adds up): a cancellation pending on Contoso Production's Overview, which polls every
// few seconds; time travel past Disabled and Deleted from the Demo panel; a scenario reset; the
// presentation on auto-advance through its nine chapters, then exited. Over and over until stopped.

/** Time a presenter leaves the pending cancellation on screen, polling. */
const PENDING_WATCH_MS = 60_000;
/** Nine chapters of 12 s plus their set-up, with room for a slow machine. */
const PRESENTATION_TIMEOUT_MS = 5 * 60_000;
const STEP_TIMEOUT_MS = 30_000;

export interface DemoLoopOptions {
  signal: AbortSignal;
  onError: (what: string) => void;
  log: (message: string) => void;
}

function demoPanel(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Demo controls' });
  return {
    dialog,
    async open(): Promise<void> {
      if (await dialog.isVisible()) return;
      await page.getByRole('banner').getByRole('button', { name: /^Demo/ }).click();
      await dialog.waitFor({ timeout: STEP_TIMEOUT_MS });
    },
    async close(): Promise<void> {
      if (!(await dialog.isVisible())) return;
      await dialog.getByRole('button', { name: 'Close', exact: true }).click();
      await dialog.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
    },
    /** Clicks a panel button and waits until the mock has answered (the buttons are enabled again). */
    async act(name: string): Promise<void> {
      const button = dialog.getByRole('button', { name, exact: true });
      await button.click({ timeout: STEP_TIMEOUT_MS });
      await enabled(button);
    },
  };
}

async function enabled(button: Locator): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (await button.isDisabled()) {
    if (Date.now() > deadline) throw new Error('the Demo panel did not finish its action');
    await button.page().waitForTimeout(100);
  }
}

/** Until `ms` have passed or the loop is stopped, whichever comes first. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

async function pendingCancellation(page: Page, signal: AbortSignal): Promise<void> {
  const panel = demoPanel(page);
  await panel.open();
  await panel.act('Just canceled');
  await panel.close();
  await page
    .getByRole('navigation', { name: 'Portal navigation' })
    .getByRole('link', { name: 'Subscriptions' })
    .click();
  await page
    .getByRole('link', { name: 'Contoso Production', exact: true })
    .click({ timeout: STEP_TIMEOUT_MS });
  // The Overview says the cancellation is in progress and polls until it shows.
  await page
    .getByRole('status', { name: 'Cancellation in progress' })
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  await pause(PENDING_WATCH_MS, signal);
}

async function timeTravelAndReset(page: Page): Promise<void> {
  const panel = demoPanel(page);
  await panel.open();
  // Past the up-to-10-minutes window (Disabled), then past 90 days (Deleted), then back.
  await panel.act('+10 minutes');
  await panel.act('+1 day');
  await panel.act('+90 days');
  // This one stays disabled once the clock is back to real time.
  await panel.dialog.getByRole('button', { name: 'Back to real time', exact: true }).click();
  await panel.dialog.getByText(/^Real time:/).waitFor({ timeout: STEP_TIMEOUT_MS });
  await panel.act('Reset scenario');
  await panel.close();
}

async function presentation(page: Page): Promise<void> {
  const panel = demoPanel(page);
  await panel.open();
  // The button closes the panel and starts the presentation from the current blade.
  await panel.dialog.getByRole('button', { name: 'Present the story', exact: true }).click();
  const card = presentationCard(page);
  await card.getByRole('button', { name: 'Auto-advance' }).click({ timeout: STEP_TIMEOUT_MS });
  await card.getByText('9 / 9', { exact: true }).waitFor({ timeout: PRESENTATION_TIMEOUT_MS });
  // The last chapter's set-up (its status line) finished: the story has been told.
  await card.getByRole('status').waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
  await card.getByRole('button', { name: 'Exit presentation' }).click();
  await card.waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
}

function presentationCard(page: Page): Locator {
  return page.getByRole('region', { name: 'Presentation' });
}

/** After a failed step: close what is open and leave a presentation, without reloading the tab. */
async function recover(page: Page): Promise<void> {
  await demoPanel(page).close();
  const exit = presentationCard(page).getByRole('button', { name: 'Exit presentation' });
  if (await exit.isVisible()) await exit.click();
}

/** Runs the demo until `signal` aborts; a step that fails is reported and the next one goes on. */
export async function runDemoLoop(page: Page, options: DemoLoopOptions): Promise<void> {
  const { signal, onError, log } = options;
  const steps: Array<[string, () => Promise<void>]> = [
    ['pending cancellation', () => pendingCancellation(page, signal)],
    ['time travel and reset', () => timeTravelAndReset(page)],
    ['presentation', () => presentation(page)],
  ];
  for (let loop = 1; !signal.aborted; loop += 1) {
    for (const [name, step] of steps) {
      if (signal.aborted) return;
      try {
        await step();
      } catch (error) {
        if (signal.aborted) return;
        onError(
          `${name} (loop ${loop}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        );
        await recover(page).catch(() => undefined);
      }
    }
    log(`loop ${loop} done`);
  }
}
