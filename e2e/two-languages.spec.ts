import type { Locator, Page } from '@playwright/test';
import {
  AccountPage,
  CancelWizardPage,
  expect,
  OverviewPage,
  PortalShell,
  SUBSCRIPTIONS,
  test,
} from 'azure-subscriptions-clone/playwright';

// One story in both languages: at the same moment, the key screens state the same facts in en-US
// and zh-CN. Dates, amounts and counts are read from each language's text, normalised (an en-US
// "Mar 15, 2026, 9:00 AM" and a zh-CN "2026年3月15日 09:00" are both 2026-03-15 09:00), and compared
// as sets: a sentence may say a fact twice in one language and once in the other, never differently.

const { production } = SUBSCRIPTIONS;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number | string) => String(n).padStart(2, '0');

/** The dates, amounts and counts a text states, each written one way whatever its language. */
function keyFacts(text: string): string[] {
  const facts = new Set<string>();
  let rest = text.replace(/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}/g, ' ');
  const date = (y: string, m: number, d: string, h?: string, min?: string, half?: string) => {
    let hour = h === undefined ? undefined : Number(h);
    if (hour !== undefined && half) hour = (hour % 12) + (half.toUpperCase() === 'PM' ? 12 : 0);
    facts.add(`date ${y}-${pad(m)}-${pad(d)}${hour === undefined ? '' : ` ${pad(hour)}:${min}`}`);
    return ' ';
  };
  rest = rest.replace(
    /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4})(?:, (\d{1,2}):(\d{2})\s(AM|PM))?/g,
    (_, mon: string, d: string, y: string, h?: string, min?: string, half?: string) =>
      date(y, MONTHS.indexOf(mon) + 1, d, h, min, half),
  );
  rest = rest.replace(
    /(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2}):(\d{2}))?/g,
    (_, y: string, m: string, d: string, h?: string, min?: string) => date(y, Number(m), d, h, min),
  );
  rest = rest.replace(/(?:US)?\$([\d,]+(?:\.\d+)?)/g, (_, amount: string) => {
    facts.add(`amount ${Number(amount.replace(/,/g, '')).toFixed(2)}`);
    return ' ';
  });
  for (const match of rest.matchAll(/\d[\d,]*/g)) {
    facts.add(`count ${Number(match[0].replace(/,/g, ''))}`);
  }
  return [...facts].sort();
}

/** Switches the portal's language through Settings, as a user does; the state and the clock stay. */
async function switchTo(page: Page, language: 'English' | '中文(简体)') {
  const settings = await new PortalShell(page).openSettings();
  await settings.getByRole('radio', { name: language }).check();
  await settings.getByRole('button', { name: /^(Close|关闭)$/ }).click();
  await expect(page.locator('html')).toHaveAttribute(
    'lang',
    language === 'English' ? 'en-US' : 'zh-CN',
  );
}

/** The same place read in en-US, then in zh-CN: its facts in each. */
async function inBothLanguages(page: Page, place: (language: 'en' | 'zh') => Locator) {
  await expect(place('en')).toBeVisible();
  // The clock's reading stands still (timers still run) while both languages are read, so nothing
  // that grows with time (the spend of an active subscription) differs between the two.
  await page.clock.setFixedTime(await page.evaluate(() => Date.now()));
  const en = keyFacts(await place('en').innerText());
  await switchTo(page, '中文(简体)');
  await expect(place('zh')).toBeVisible();
  const zh = keyFacts(await place('zh').innerText());
  return { en, zh };
}

test.describe('Two languages, one story', () => {
  test.beforeEach(async ({ gotoPortal }) => {
    await gotoPortal('/');
  });

  const go = (page: Page, path: string) =>
    page.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);

  const banners = [
    { moment: 'just-cancelled', title: /Cancellation in progress|正在取消订阅/ },
    { moment: 'disabled', title: /canceled and disabled|已取消并已禁用/ },
    { moment: 'day-89', title: /canceled and disabled|已取消并已禁用/ },
    { moment: 'deleted', title: /has been deleted|此订阅已删除/ },
  ];
  for (const { moment, title } of banners) {
    test(`Two languages: the Overview banner at '${moment}' states the same dates, amounts and counts in en-US and zh-CN`, async ({
      page,
      api,
    }) => {
      expect((await api.demo('moment', { id: moment })).status).toBe(200);
      await go(page, `/subscriptions/${production}`);
      const overview = new OverviewPage(page);
      const banner = () =>
        overview.main.getByRole('alert').or(overview.main.getByRole('status')).filter({
          hasText: title,
        });
      const { en, zh } = await inBothLanguages(page, banner);
      expect(en.length).toBeGreaterThan(1);
      expect(zh).toEqual(en);
    });
  }

  test('Two languages: the cancel wizard’s Review states the same dates, amounts and counts in en-US and zh-CN', async ({
    page,
  }) => {
    const wizard = new CancelWizardPage(page);
    await go(page, `/subscriptions/${production}/cancel`);
    await wizard.prepare.acknowledgeAndContinue();
    const { en, zh } = await inBothLanguages(page, () => wizard.region.locator('dl'));
    expect(en.length).toBeGreaterThan(5);
    expect(zh).toEqual(en);
  });

  test('Two languages: the Account Center states the same dates, amounts and counts in en-US and zh-CN', async ({
    page,
    api,
  }) => {
    expect((await api.demo('moment', { id: 'disabled' })).status).toBe(200);
    await go(page, `/account?subscriptionId=${production}`);
    const account = new AccountPage(page);
    await expect(account.scheduledCharges).toBeVisible();
    const { en, zh } = await inBothLanguages(page, () => account.details);
    expect(en.length).toBeGreaterThan(5);
    expect(zh).toEqual(en);
  });
});
