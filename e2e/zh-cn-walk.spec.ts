import type { Page } from '@playwright/test';
import {
  AccountPage,
  CancelWizardPage,
  expect,
  MovePage,
  OverviewPage,
  PortalShell,
  ResourcesPage,
  SUBSCRIPTIONS,
  SupportPage,
  test,
} from 'azure-subscriptions-clone/playwright';
import { latinWords, readPage } from './support/latin-words';

// zh-CN: no English where the product chooses the words. One walk through every blade, dialog,
// panel and banner, in every lifecycle state, reads what the user reads (e2e/support/latin-words.ts)
// and fails on any Latin-script word outside the list below and the data's own names.

/** Words Microsoft's zh-CN portal and documentation also keep in Latin script, each with why. */
const ALLOWED: readonly { allow: string | RegExp; why: string }[] = [
  { allow: 'Azure', why: 'the product name, untranslated in Microsoft zh-CN documentation' },
  { allow: 'Microsoft', why: 'the company name, as in "Microsoft Azure"' },
  { allow: 'SQL', why: 'Microsoft zh-CN writes "SQL 数据库"' },
  { allow: 'IP', why: 'the seed itself writes "临时 IP 地址"' },
  { allow: 'ID', why: 'Microsoft zh-CN writes "订阅 ID"' },
  {
    allow: /Visual Studio (Enterprise|Professional)/,
    why: 'offer names Microsoft zh-CN keeps in English ("Visual Studio Enterprise 订阅")',
  },
  { allow: /US\$/, why: 'the currency symbol Intl.NumberFormat gives USD in zh-CN' },
  { allow: /\(G\+\/\)/, why: 'the keyboard shortcut of the global search, keys as printed' },
  { allow: /\?moment=<id>/, why: 'a URL parameter (contract §8), typed as printed' },
  {
    allow: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
    why: 'subscription, tenant and ticket IDs (GUIDs)',
  },
  { allow: /MS-AZR-\d{4}P/, why: 'offer IDs' },
  { allow: /G\d{9}/, why: 'invoice IDs' },
  ...Intl.supportedValuesOf('currency').map((code) => ({ allow: code, why: 'currency codes' })),
];

/**
 * The zh-CN typography of docs/i18n-terms.md, checked on what the screen shows (the unit test
 * src/lib/i18n/zh-cn-style.test.ts checks the tables; this catches what components join).
 */
const CJK = '[\\u4e00-\\u9fff，。：；（）“”、？！]';
const STYLE_RULES: readonly { rule: string; pattern: RegExp }[] = [
  { rule: '用户 where the portal speaks to the reader (你)', pattern: /.{0,12}用户.{0,12}/g },
  {
    rule: 'a space between Chinese characters or next to Chinese punctuation',
    pattern: new RegExp(`.{0,12}(${CJK} +${CJK}|[，。：；？！] +\\S).{0,12}`, 'g'),
  },
  {
    rule: 'half-width punctuation after Chinese (Chinese takes ：；，)',
    pattern: /.{0,12}[\u4e00-\u9fff][:;,] ?[\u4e00-\u9fff].{0,12}/g,
  },
  {
    rule: 'half-width () around Chinese',
    pattern:
      /.{0,12}(\([^()\n]*[\u4e00-\u9fff][^()\n]*\)|[\u4e00-\u9fff]\(|\)[\u4e00-\u9fff]).{0,12}/g,
  },
  {
    rule: 'a space before or after a date',
    pattern: /.{0,12}([\u4e00-\u9fff，（] \d{4}年|\d{1,2}日 [\u4e00-\u9fff，。）]).{0,12}/g,
  },
];

/** Text the walk shows that breaks a rule above on purpose, each with why. */
const STYLE_ALLOWED: readonly { allow: string; why: string }[] = [
  { allow: '(G+/)', why: 'the global search’s keyboard shortcut, keys as printed' },
  {
    allow: ' （错误代码： ）',
    why: 'ARM’s own message and error code sit in the spaces (lang="en"); the walk reads them apart',
  },
  {
    allow: 'Microsoft 信任中心 - 我们如何管理用户的数据',
    why: 'the title of the Microsoft page the portal points to, quoted as the seed gives it',
  },
  {
    allow: '中文(简体)',
    why: 'the language named in itself, as Microsoft’s language pickers write it',
  },
];

/** Each breach of the zh-CN typography in `texts`, with its context. */
function styleBreaches(texts: string[]): string[] {
  return texts.flatMap((text) => {
    const rest = STYLE_ALLOWED.reduce((t, { allow }) => t.split(allow).join('¦'), text);
    return STYLE_RULES.flatMap(({ rule, pattern }) =>
      [...rest.matchAll(pattern)].map((match) => `${rule}: «${match[0].trim()}»`),
    );
  });
}

const DAY = 24 * 60 * 60 * 1000;
const { production, legacyMarketing, sandbox } = SUBSCRIPTIONS;

/**
 * The data's own names (the scenario's and what the walk typed), read from the API as it is now:
 * subscriptions, resources and their groups, the directory, personas and support requests.
 */
function dataNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const arm = async (path: string, apiVersion: string) => {
      const url = new URL(`https://management.azure.com${path}`);
      url.searchParams.set('api-version', apiVersion);
      const response = await fetch(url, { headers: { Authorization: 'Bearer persona:admin' } });
      return (await response.json()) as { value: Record<string, unknown>[] };
    };
    const text = (value: unknown): string[] => (typeof value === 'string' ? [value] : []);
    const demo = (await (await fetch('/__demo/state')).json()) as {
      personas: { displayName: string; userPrincipalName: string }[];
    };
    const tenants = await arm('/tenants', '2022-12-01');
    const subscriptions = await arm('/subscriptions', '2022-12-01');
    const tickets = await arm('/providers/Microsoft.Support/supportTickets', '2020-04-01');
    const names = [
      ...demo.personas.flatMap((p) => [
        p.displayName,
        p.userPrincipalName,
        // The top bar's avatar shows the initials.
        p.displayName
          .split(/\s+/)
          .map((part) => part[0])
          .join(''),
      ]),
      ...tenants.value.flatMap((t) => [...text(t.displayName), ...text(t.defaultDomain)]),
      ...subscriptions.value.flatMap((s) => text(s.displayName)),
      ...tickets.value.flatMap((t) => {
        const properties = t.properties as Record<string, unknown>;
        return [...text(t.name), ...text(properties.title), ...text(properties.description)];
      }),
    ];
    for (const subscription of subscriptions.value) {
      // The images' names sit in the mock's own properties, which a list gives behind $expand.
      const resources = await arm(
        `/subscriptions/${String(subscription.subscriptionId)}/resources?$expand=properties`,
        '2021-04-01',
      );
      for (const resource of resources.value) {
        const name = String(resource.name);
        const group = /\/resourceGroups\/([^/]+)/i.exec(String(resource.id))?.[1];
        const properties = (resource.properties ?? {}) as { images?: { name: string }[] };
        names.push(name, ...name.split('/'), ...text(resource.location), ...text(group));
        names.push(...(properties.images ?? []).map((image) => image.name));
      }
    }
    return names;
  });
}

/** Reads each place of the walk and keeps every Latin-script word found, with where and around what. */
function walker(page: Page) {
  const findings: string[] = [];
  const style: string[] = [];
  return {
    findings,
    style,
    place: async (where: string) => {
      const { texts } = await readPage(page);
      for (const breach of styleBreaches(texts)) style.push(`${where}: ${breach}`);
      const allowed = [...ALLOWED.map((a) => a.allow), ...(await dataNames(page))];
      for (const { word, context } of latinWords(texts, allowed)) {
        findings.push(`${where}: ${word} («${context}»)`);
      }
    },
    /** In-app navigation, as a link does: the router follows the history, the state stays loaded. */
    go: (path: string) =>
      page.evaluate((to) => {
        window.history.pushState(null, '', to);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, path),
  };
}

test.describe('zh-CN walk', () => {
  test.use({ lang: 'zh-CN' });
  test.describe.configure({ timeout: 120_000 });

  test('zh-CN: every blade, dialog, panel and banner shows no English the product chose', async ({
    page,
    gotoPortal,
    api,
  }) => {
    const started = Date.now();
    const { place, go, findings, style } = walker(page);
    const shell = new PortalShell(page);
    const overview = new OverviewPage(page);
    const main = page.getByRole('main');

    await gotoPortal('/');
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
    await place('Home');

    await shell.search.click();
    await page.keyboard.type('Contoso');
    await expect(page.getByRole('listbox')).toBeVisible();
    await place('Global search');
    await page.keyboard.press('Escape');

    await shell.navLink('订阅').click();
    await expect(main.getByRole('link', { name: 'Contoso Production', exact: true })).toBeVisible();
    await place('Subscriptions list');
    await main
      .getByRole('button', { name: / (==|属于) / })
      .last()
      .click();
    await expect(page.getByRole('menu')).toBeVisible();
    await place('Subscriptions list, offer filter');
    await page.keyboard.press('Escape');

    // Active
    await main.getByRole('link', { name: 'Contoso Production', exact: true }).click();
    await expect(overview.essential('状态')).toHaveText('活动');
    await place('Overview (active)');
    await overview.renameButton.click();
    await expect(overview.dialog()).toBeVisible();
    await place('Rename dialog');
    // An ARM error: a translated headline over ARM's own (English, lang="en") message.
    await api.demo('faults', { rules: [{ operation: 'rename', status: 500, times: 1 }] });
    await overview.dialog().getByRole('textbox').fill('Contoso 生产环境');
    await overview.dialog().getByRole('button', { name: '保存', exact: true }).click();
    await expect(overview.dialog().getByRole('alert')).toBeVisible();
    await place('Rename dialog, an ARM error');
    await page.keyboard.press('Escape');

    await go(`/subscriptions/${production}/resources`);
    const resources = new ResourcesPage(page);
    await expect(resources.row('stcontosoprod001')).toBeVisible();
    await place('Resources (active)');
    await resources.row('stcontosoprod001').getByRole('button').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await place('Create container dialog');
    await page.keyboard.press('Escape');

    await go(`/subscriptions/${production}/resources/move`);
    const move = new MovePage(page);
    await move.pick(move.sourceGroup, 'rg-prod-web');
    await expect(main.getByRole('checkbox').first()).toBeVisible();
    await place('Move resources');

    // The wizard, each step
    const wizard = new CancelWizardPage(page);
    await go(`/subscriptions/${production}/cancel`);
    await expect(wizard.acknowledge).toBeVisible();
    await place('Cancel wizard: Prepare');
    await wizard.prepare.acknowledgeAndContinue();
    await place('Cancel wizard: Review the impact');
    await wizard.review.continue();
    await wizard.subscriptionName.fill('错误的名称');
    await wizard.reason.click();
    await expect(page.getByRole('listbox')).toBeVisible();
    await place('Cancel wizard: Confirm, reasons');
    await page.keyboard.press('Escape');
    await place('Cancel wizard: Confirm, name does not match');
    await wizard.confirm.fill({ reason: '我不再需要此订阅', name: 'Contoso Production' });
    await wizard.confirm.submit();

    // Cancellation pending (R5)
    await expect(overview.statusBanner('正在取消订阅')).toBeVisible();
    await place('Overview (cancellation pending)');
    const notifications = await shell.openNotifications();
    await place('Notifications panel');
    await notifications.getByRole('button', { name: '关闭', exact: true }).click();
    const settings = await shell.openSettings();
    await place('Settings panel');
    await settings.getByRole('button', { name: '关闭', exact: true }).click();
    const demo = await shell.openDemo();
    await place('Demo panel');
    await demo.close();
    await go(`/subscriptions/${production}/resources`);
    await expect(main.getByRole('status').filter({ hasText: '正在取消订阅' })).toBeVisible();
    await place('Resources (cancellation pending)');

    // Disabled (R6)
    await page.clock.fastForward('11:00');
    await go(`/subscriptions/${production}`);
    await expect(overview.alertBanner('此订阅已取消并已禁用')).toBeVisible();
    await place('Overview (disabled, self-service reactivation)');
    await overview.reactivateButton.click();
    await expect(overview.dialog()).toBeVisible();
    await place('Reactivate dialog');
    await page.keyboard.press('Escape');
    await go(`/subscriptions/${production}/resources`);
    await expect(main.getByRole('alert').first()).toBeVisible();
    await place('Resources (disabled)');
    await go(`/subscriptions/${production}/resources/move`);
    await expect(main.getByRole('alert').first()).toBeVisible();
    await place('Move resources (disabled)');

    await go(`/subscriptions/${sandbox}`);
    await expect(overview.alertBanner('此订阅已取消并已禁用')).toBeVisible();
    await place('Overview (disabled, reactivation by support)');
    await overview.reactivateButton.click();
    await expect(overview.dialog()).toBeVisible();
    await place('Reactivation by support dialog');
    await overview.dialog().getByRole('link').click();

    // New request (R11, R13), accepted
    const support = new SupportPage(page);
    await expect(support.title).toBeVisible();
    await support.create.click();
    await place('New support request, with errors');
    await support.fill('请重新激活 Contoso Sandbox', '我们仍需要此沙盒订阅来完成春季发布。');
    await support.create.click();
    await expect(support.row('请重新激活 Contoso Sandbox')).toBeVisible();
    await place('Support requests (accepted request)');
    await go(`/subscriptions/${sandbox}`);
    await expect(overview.statusBanner('正在重新激活订阅')).toBeVisible();
    await place('Overview (reactivation pending)');

    // Account Center (R7, R8, R10)
    await shell.navLink('成本管理 + 计费').click();
    const account = new AccountPage(page);
    await expect(account.subscriptions).toBeVisible();
    await place('Account Center');
    await account.select('Contoso Production');
    await expect(account.scheduledCharges).toBeVisible();
    await place('Account Center: canceled with a support plan');
    await account.select('Legacy Marketing');
    await expect(account.reactivate).toBeVisible();
    await place('Account Center: canceled Pay-As-You-Go');
    await account.reactivate.click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await place('Account Center: Reactivate dialog');
    await page.getByRole('dialog').getByRole('button', { name: '重新激活', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await go(`/subscriptions/${legacyMarketing}`);
    await expect(overview.statusBanner('订阅已重新激活')).toBeVisible();
    await place('Overview (reactivated)');

    // Support resolves the reactivation an hour later (R11)
    await page.clock.fastForward('01:01:00');
    await go('/support');
    await expect(support.row('请重新激活 Contoso Sandbox')).toContainText('已解决');
    await place('Support requests (resolved request)');

    // Deleted (R9)
    await page.clock.fastForward(91 * DAY);
    await go(`/subscriptions/${production}`);
    await expect(overview.alertBanner('此订阅已删除')).toBeVisible();
    await place('Overview (deleted)');
    await go(`/subscriptions/${production}/resources`);
    await expect(main.getByRole('alert').first()).toBeVisible();
    await place('Resources (deleted)');

    test.info().annotations.push({
      type: 'walk duration',
      description: `${((Date.now() - started) / 1000).toFixed(1)} s`,
    });
    expect(findings, 'Latin-script words the zh-CN portal shows').toEqual([]);
    expect(style, 'zh-CN typography (docs/i18n-terms.md)').toEqual([]);
  });

  test('zh-CN: a support request refused after the 90 days gives its reason in Chinese', async ({
    page,
    gotoPortal,
  }) => {
    const { place, findings, style } = walker(page);
    const support = new SupportPage(page);
    await gotoPortal(
      `/support/new?subscriptionId=${sandbox}&problemType=subscription-reactivation`,
    );
    // Contoso Sandbox was cancelled 85 days before the scenario starts: 6 more days pass the 90.
    await page.clock.fastForward(6 * DAY);
    await support.fill('请重新激活 Contoso Sandbox', '我们仍需要此沙盒订阅来完成春季发布。');
    await support.create.click();
    await expect(support.row('请重新激活 Contoso Sandbox')).toContainText('已拒绝');
    await place('Support requests (refused request)');
    expect(findings, 'Latin-script words the zh-CN portal shows').toEqual([]);
    expect(style, 'zh-CN typography (docs/i18n-terms.md)').toEqual([]);
  });
});
