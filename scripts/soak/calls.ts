import type { Page } from '@playwright/test';

/** The ARM list call a test suite makes first (contract §5). */
export const ARM_LIST_URL = 'https://management.azure.com/subscriptions?api-version=2022-12-01';

/** Calls at once from the page: enough to keep the worker busy, few enough not to queue for long. */
const BATCH = 20;

/**
 * Makes `count` mocked calls from the page, as a suite's `fetch` would, and reads every answer's body
 * (as the portal's client does), so that what stays behind is what the mock's relay keeps, not the
 * calls' own answers. Resolves to how many failed. A string, not a function: the soak runs under tsx,
 * whose transform adds helpers (`__name`) that do not exist in the page.
 */
export function callFromPage(page: Page, count: number): Promise<number> {
  return page.evaluate(`(async () => {
    let failures = 0;
    const call = async () => {
      try {
        const response = await fetch(${JSON.stringify(ARM_LIST_URL)}, {
          headers: { Authorization: 'Bearer persona:admin' },
        });
        await response.arrayBuffer();
        if (!response.ok) failures += 1;
      } catch {
        failures += 1;
      }
    };
    for (let done = 0; done < ${count}; done += ${BATCH}) {
      await Promise.all(Array.from({ length: Math.min(${BATCH}, ${count} - done) }, call));
    }
    return failures;
  })()`);
}
