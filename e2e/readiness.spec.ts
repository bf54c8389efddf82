import type { Browser } from '@playwright/test';
import { expect, SUBSCRIPTIONS, test } from 'azure-subscriptions-clone/playwright';

// Readiness (docs/contract.md, "Readiness"): from the moment `page.goto()` resolves, in a fresh
// browser context (no worker installed yet), any ARM or /__demo/* call the page makes is answered by
// the mock, through the service worker, so a suite may call the API at once. This spec also runs in
// the static-deploy project, on the build made for /portal/ (playwright.config.ts).

const CONTEXTS = 20;
/** Fresh contexts opened side by side: each one's worker installs while the others load. */
const AT_ONCE = 4;
const ARM_LIST = 'https://management.azure.com/subscriptions?api-version=2022-12-01';
const MOCK_ANSWER_HEADER = 'x-mock-answered-by';
const SUITE_CALL_ID = '00000000-0000-4000-8000-00000000cafe';

interface FirstCalls {
  statuses: number[];
  marked: boolean[];
  subscriptions: number;
  failures: string[];
  throughWorker: boolean[];
}

/** A fresh context: `page.goto()`, then at once the calls a suite would make, in the page. */
async function callRightAfterGoto(
  browser: Browser,
  baseURL: string,
  path: string,
): Promise<FirstCalls> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  try {
    const page = await context.newPage();
    const seen: Promise<boolean>[] = [];
    page.on('request', (request) => {
      // The suite's own call, not the portal's read of the same list.
      if (request.headers()['x-ms-client-request-id'] === SUITE_CALL_ID) {
        seen.push(request.response().then((response) => response?.fromServiceWorker() ?? false));
      }
    });
    await page.goto(`.${path}`);
    const answers = await page.evaluate(
      async ({ armList, header, id }) => {
        const failures: string[] = [];
        const call = async (url: string, init?: RequestInit) => {
          try {
            return await fetch(url, init);
          } catch (error) {
            failures.push(`${url}: ${String(error)}`);
            return null;
          }
        };
        const [list, state] = await Promise.all([
          call(armList, {
            headers: { Authorization: 'Bearer persona:admin', 'x-ms-client-request-id': id },
          }),
          call('/__demo/state'),
        ]);
        const body = list?.ok ? ((await list.json()) as { value: unknown[] }) : { value: [] };
        return {
          statuses: [list?.status ?? 0, state?.status ?? 0],
          marked: [list, state].map((r) => r?.headers.get(header) !== null && r !== null),
          subscriptions: body.value.length,
          failures,
        };
      },
      { armList: ARM_LIST, header: MOCK_ANSWER_HEADER, id: SUITE_CALL_ID },
    );
    return { ...answers, throughWorker: await Promise.all(seen) };
  } finally {
    await context.close();
  }
}

test.describe('Readiness', () => {
  test(`Readiness: ${CONTEXTS} fresh contexts call the API right after page.goto() and the mock answers every call, through the worker`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const paths = ['/', '/subscriptions', `/subscriptions/${SUBSCRIPTIONS.production}`, '/account'];
    const results: FirstCalls[] = [];
    for (let start = 0; start < CONTEXTS; start += AT_ONCE) {
      const batch = Array.from({ length: Math.min(AT_ONCE, CONTEXTS - start) }, (_, i) =>
        callRightAfterGoto(browser, baseURL ?? '', paths[(start + i) % paths.length] ?? '/'),
      );
      results.push(...(await Promise.all(batch)));
    }
    expect(results.flatMap((r) => r.failures)).toEqual([]);
    expect(results.map((r) => r.statuses)).toEqual(Array(CONTEXTS).fill([200, 200]));
    expect(results.map((r) => r.marked)).toEqual(Array(CONTEXTS).fill([true, true]));
    // The default scenario's seven subscriptions, as the admin sees them.
    expect(results.map((r) => r.subscriptions)).toEqual(Array(CONTEXTS).fill(7));
    // Playwright saw each call, answered by the service worker.
    expect(results.map((r) => r.throughWorker)).toEqual(Array(CONTEXTS).fill([true]));
  });
});
