import { test as base, mergeTests } from '@playwright/test';
import {
  CANCEL_PATH,
  expect,
  test as kitTest,
  OverviewPage,
  SUBSCRIPTIONS,
} from 'azure-subscriptions-clone/playwright';

// A team that adopts the kit usually has fixtures of its own. The kit's `test` is `base.extend()` of
// the suite's own @playwright/test, so Playwright's mergeTests() combines the two: both sets of
// fixtures in one test, on one page, and the kit's options still set by `test.use()`.

/** Another team's fixture: every ARM request the page makes, in order. */
const auditTest = base.extend<{ armRequests: string[] }>({
  armRequests: async ({ page }, use) => {
    const seen: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname === 'management.azure.com') seen.push(`${request.method()} ${url.pathname}`);
    });
    await use(seen);
  },
});

const test = mergeTests(kitTest, auditTest);
const PROD = SUBSCRIPTIONS.production;

test.describe('Kit: mergeTests', () => {
  test.use({ persona: 'reader' });

  test('Kit: mergeTests(kit, another) gives one test both fixtures on the same page', async ({
    page,
    gotoPortal,
    api,
    armRequests,
  }) => {
    await gotoPortal(`/subscriptions/${PROD}`);
    await expect(new OverviewPage(page).heading('Contoso Production')).toBeVisible();

    // The kit's option reached the merged test: the reader is signed in and may not cancel.
    const refused = await api.call('POST', CANCEL_PATH(PROD), {
      apiVersion: '2021-10-01',
      persona: 'reader',
      body: { confirmation: 'Contoso Production', reason: 'other' },
    });
    expect(refused.status).toBe(403);

    // The other fixture watched the same page: it saw the portal's own reads and the kit's call.
    expect(armRequests).toContain(`GET /subscriptions/${PROD}`);
    expect(armRequests).toContain(`POST ${CANCEL_PATH(PROD)}`);
  });
});
